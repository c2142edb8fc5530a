package com.workoutplanparser.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat model for providers asked for a strict {@code json_schema} reply, with JSON mode as the way out for
 * models that refuse it (HTTP 400 naming response_format / json_schema: gpt-4-turbo-preview, gpt-3.5-turbo, Azure
 * API versions before 2024-08-01). The refused request is sent again at once with {@code response_format:
 * json_object} and the schema written into the system prompt; from then on this model is asked in JSON mode
 * directly (said once, at WARN). The reply is validated by {@link ReplyValidator} either way, so JSON mode changes
 * how the answer is asked for, not what is accepted.
 * langchain4j keeps the response format on the model, but a request's parameters override it per call.
 */
@RequiredArgsConstructor
public final class StructuredOutputFallback implements ChatModel {

    private static final Logger log = LoggerFactory.getLogger(StructuredOutputFallback.class);

    private final ChatModel delegate;
    private final ResponseFormatMode mode;
    private final String modelName;
    private final String schemaJson;
    /** Set when the model refused json_schema (mode AUTO): asked in JSON mode from then on. */
    private final AtomicBoolean schemaRefused = new AtomicBoolean();

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (asksInJsonMode()) {
            return delegate.chat(inJsonMode(request));
        }
        try {
            return delegate.chat(request);
        } catch (RuntimeException refused) {
            if (mode != ResponseFormatMode.AUTO || !LlmFailures.refusesStructuredOutput(refused)) {
                throw refused;
            }
            if (schemaRefused.compareAndSet(false, true)) {
                log.warn("LLM_MODEL={} refused response_format json_schema (HTTP 400): asking it in JSON mode "
                        + "(json_object, the schema in the prompt) from now on. LLM_RESPONSE_FORMAT=json_object "
                        + "skips the refused first try after a restart.", modelName);
            }
            return delegate.chat(inJsonMode(request));
        }
    }

    /** What the next call will ask for: json_schema, or json_object since a refusal (or by configuration). */
    public ResponseFormatMode inForce() {
        return asksInJsonMode() ? ResponseFormatMode.JSON_OBJECT : ResponseFormatMode.JSON_SCHEMA;
    }

    public ChatModel delegate() {
        return delegate;
    }

    private boolean asksInJsonMode() {
        return mode == ResponseFormatMode.JSON_OBJECT || schemaRefused.get();
    }

    private ChatRequest inJsonMode(ChatRequest request) {
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        int system = -1;
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof SystemMessage) {
                system = i;
                break;
            }
        }
        if (system >= 0) {
            String text = ((SystemMessage) messages.get(system)).text();
            messages.set(system, SystemMessage.from(PlanPrompt.withSchema(text, schemaJson)));
        } else {
            messages.add(0, SystemMessage.from(PlanPrompt.withSchema("", schemaJson)));
        }
        ChatRequestParameters json = ChatRequestParameters.builder().responseFormat(ResponseFormat.JSON).build();
        ChatRequestParameters asked = request.parameters();
        return ChatRequest.builder().messages(messages)
                .parameters(asked == null ? json : asked.overrideWith(json))
                .build();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }
}
