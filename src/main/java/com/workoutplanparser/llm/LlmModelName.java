package com.workoutplanparser.llm;

import java.util.Locale;
import java.util.Optional;

/**
 * LLM_MODEL as LiteLLM users write it: {@code openai/gpt-4o-mini}, {@code azure/<deployment>},
 * {@code anthropic/claude-3-haiku-20240307}, {@code ollama/mistral} (or LiteLLM's {@code ollama_chat/}).
 * The prefix names the provider; what the provider's API is sent is the name without it.
 * A name with any other slash ({@code meta-llama/Llama-3.1-8B-Instruct}, a Hugging Face id) has no prefix.
 *
 * @param written as configured (stripped of blanks)
 * @param prefix  the provider the prefix names, empty when there is none
 * @param bare    the model name the provider is sent
 */
public record LlmModelName(String written, Optional<LlmProvider> prefix, String bare) {

    public static LlmModelName parse(String model) {
        String m = model == null ? "" : model.strip();
        int slash = m.indexOf('/');
        if (slash > 0) {
            Optional<LlmProvider> named = providerOfPrefix(m.substring(0, slash));
            if (named.isPresent()) {
                return new LlmModelName(m, named, m.substring(slash + 1).strip());
            }
        }
        return new LlmModelName(m, Optional.empty(), m);
    }

    private static Optional<LlmProvider> providerOfPrefix(String prefix) {
        return switch (prefix.toLowerCase(Locale.ROOT)) {
            case "openai" -> Optional.of(LlmProvider.OPENAI);
            case "azure" -> Optional.of(LlmProvider.AZURE);
            case "anthropic" -> Optional.of(LlmProvider.ANTHROPIC);
            case "ollama", "ollama_chat" -> Optional.of(LlmProvider.OLLAMA);
            default -> Optional.empty();
        };
    }

    /**
     * The provider in force: LLM_PROVIDER when set, else the one the prefix names, else openai.
     *
     * @throws LlmConfigurationException          when LLM_PROVIDER is not a provider's name
     * @throws LlmConfigurationConflictException when LLM_PROVIDER and the prefix name different providers
     */
    public LlmProvider provider(String configuredProvider) {
        if (configuredProvider == null || configuredProvider.isBlank()) {
            return prefix.orElse(LlmProvider.OPENAI);
        }
        LlmProvider configured = LlmProvider.parse(configuredProvider);
        if (prefix.isPresent() && !agrees(configured, prefix.get())) {
            throw new LlmConfigurationConflictException("LLM_PROVIDER=" + configuredProvider.strip()
                    + " and LLM_MODEL=" + written + " name different providers: remove LLM_PROVIDER (the prefix "
                    + prefix.get().id() + "/ selects it), or write LLM_MODEL without the prefix");
        }
        return configured;
    }

    /**
     * The name sent to the provider. An openai-compatible server (a LiteLLM proxy, vLLM…) keeps any prefix other
     * than {@code openai/}: there {@code ollama/mistral} is the server's own name for a model.
     */
    public String sentAs(LlmProvider provider) {
        if (prefix.isEmpty()) {
            return written;
        }
        if (provider == LlmProvider.OPENAI_COMPATIBLE && prefix.get() != LlmProvider.OPENAI) {
            return written;
        }
        return bare;
    }

    private static boolean agrees(LlmProvider configured, LlmProvider prefixed) {
        if (configured == prefixed) {
            return true;
        }
        // LiteLLM writes openai/<model> for any server that speaks the OpenAI API, and a proxy's model names
        // carry their own provider prefixes
        return configured == LlmProvider.OPENAI_COMPATIBLE;
    }
}
