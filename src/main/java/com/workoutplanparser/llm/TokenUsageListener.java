package com.workoutplanparser.llm;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;

/**
 * Catches the token usage of each chat call. camel-langchain4j-chat 4.17 hands back only the reply text
 * (usage headers arrive in Camel 4.22), so the model reports usage here and the route collects it right after
 * the call, on the same thread (the chat producer is synchronous).
 */
public class TokenUsageListener implements ChatModelListener {

    private final ThreadLocal<TokenUsage> last = new ThreadLocal<>();

    @Override
    public void onRequest(ChatModelRequestContext context) {
        last.remove();
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().tokenUsage();
        last.set(usage == null ? new TokenUsage(0, 0) : usage);
    }

    /** The usage of this thread's last call (zero when the provider reported none), then forgets it. */
    public TokenUsage take() {
        TokenUsage usage = last.get();
        last.remove();
        return usage == null ? new TokenUsage(0, 0) : usage;
    }
}
