package com.workoutplanparser.llm;

/**
 * Whether an LLM is configured, and why not. Decided once at start from the settings alone
 * (no call to the provider: a start must not cost money).
 *
 * @param reason what to tell the operator when the LLM is off, null when it is on
 */
public record LlmAvailability(boolean enabled, String reason) {

    public static LlmAvailability of(LlmSettings settings) {
        LlmProvider provider;
        try {
            provider = settings.providerKind();
        } catch (LlmConfigurationConflictException e) {
            // LLM_PROVIDER and LLM_MODEL's prefix disagree: the start fails on it (LlmConfiguration.llmStatus)
            return off(e.getMessage());
        } catch (LlmConfigurationException e) {
            // a typo in LLM_PROVIDER must not stop the service: it runs on the rules and says what to fix
            return off(e.getMessage());
        }
        if (provider.keyRequired() && !settings.hasApiKey()) {
            return off("LLM_API_KEY is not set for LLM_PROVIDER=" + provider.id());
        }
        if (provider == LlmProvider.OPENAI_COMPATIBLE && blank(settings.baseUrl())) {
            return off("LLM_BASE_URL is not set for LLM_PROVIDER=openai-compatible");
        }
        if (provider == LlmProvider.AZURE && blank(settings.azureApiBase())) {
            return off("AZURE_API_BASE is not set for LLM_PROVIDER=azure");
        }
        if (blank(settings.effectiveModel())) {
            return off("LLM_MODEL is not set for LLM_PROVIDER=" + provider.id()
                    + (provider == LlmProvider.AZURE ? " (the deployment name)" : ""));
        }
        return new LlmAvailability(true, null);
    }

    private static LlmAvailability off(String reason) {
        return new LlmAvailability(false, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** PARSER_MODE, or its default: hybrid when an LLM is configured, rules otherwise. */
    public ParserMode parserMode(String configured) {
        if (configured == null || configured.isBlank()) {
            return enabled ? ParserMode.HYBRID : ParserMode.RULES;
        }
        return ParserMode.parse(configured);
    }
}
