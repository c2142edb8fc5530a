package com.workoutplanparser.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the LLM step from the {@code llm.*} settings (llm.yaml maps the LLM_* variables onto them). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmSettings.class)
public class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean
    LlmStatus llmStatus(LlmSettings settings) {
        requireConsistent(settings);
        LlmAvailability availability = LlmAvailability.of(settings);
        ParserMode mode = availability.parserMode(settings.parserMode());
        String provider = availability.enabled() ? settings.providerKind().id() : settings.providerName();
        if (availability.enabled()) {
            log.info("LLM step on: LLM_PROVIDER={} LLM_MODEL={} PARSER_MODE={}", provider,
                    settings.effectiveModel(), mode.name().toLowerCase(java.util.Locale.ROOT));
        } else {
            log.warn("No LLM configured ({}): plans are read by the rule parser alone, and what it cannot read "
                    + "goes to review. PARSER_MODE={}", availability.reason(),
                    mode.name().toLowerCase(java.util.Locale.ROOT));
            if (mode != ParserMode.RULES) {
                log.warn("PARSER_MODE={} needs an LLM; until one is configured those plans are read by the rules",
                        mode.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (settings.verbose()) {
            log.warn("LLM_VERBOSE=true: every request to the LLM and every reply is logged in full, PLAN TEXT "
                    + "INCLUDED (the API key is redacted). Turn it off once the problem is found.");
        }
        return new LlmStatus(availability, mode, provider, availability.enabled() ? settings.effectiveModel() : null);
    }

    /**
     * Settings that contradict each other stop the start, with the variables to fix: a typo in LLM_PROVIDER only
     * switches the LLM off (the rules still work), but LLM_PROVIDER=openai with LLM_MODEL=anthropic/... would send
     * plans to a provider nobody chose.
     */
    static void requireConsistent(LlmSettings settings) {
        try {
            settings.providerKind();
        } catch (LlmConfigurationConflictException conflict) {
            throw conflict;
        } catch (LlmConfigurationException unknownProvider) {
            // reported by LlmAvailability, the service runs on the rules
        }
        settings.responseFormatMode();
    }

    @Bean
    TokenUsageListener llmTokenUsageListener() {
        return new TokenUsageListener();
    }

    @Bean
    ReplyValidator llmReplyValidator() {
        return new ReplyValidator();
    }

    /** Only when an LLM is configured: without it the chat route does not exist either. */
    @Bean(LlmRoutes.CHAT_MODEL_BEAN)
    @org.springframework.context.annotation.Conditional(LlmConfiguredCondition.class)
    ChatModel llmChatModel(LlmSettings settings, ReplyValidator validator, TokenUsageListener listener) {
        return ChatModelFactory.create(settings, validator.schemaJson(), listener);
    }

    @Bean(LlmRoutes.CIRCUIT_BREAKER_BEAN)
    CircuitBreaker llmCircuitBreaker(LlmSettings settings) {
        return circuitBreaker(settings.circuitBreaker());
    }

    @Bean
    LlmSteps llmSteps(LlmSettings settings, LlmStatus status, ReplyValidator validator, TokenUsageListener listener,
                      ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<MeterRegistry> meters,
                      ObjectProvider<com.workoutplanparser.crypto.PlanTextCipher> cipher) {
        JdbcTemplate template = jdbc.getIfAvailable();
        ReplyCache cache = template == null ? ReplyCache.NONE : new JdbcReplyCache(template, cipher.getObject());
        return new LlmSteps(settings,
                PlanPrompt.load(settings.promptVersion(), validator.schemaJson(), status.availability().enabled()
                        && !ChatModelFactory.enforcesSchema(settings.providerKind())),
                validator, cache, PriceTable.of(settings), listener,
                new LlmMetrics(meters.getIfAvailable(SimpleMeterRegistry::new), status.provider(), status.model()),
                status);
    }

    /** GET /api/v1/llm/check: the same prompt and model the LLM step uses, asked directly. */
    @Bean
    LlmCheck llmCheck(LlmSettings settings, LlmStatus status, ReplyValidator validator,
                      @org.springframework.beans.factory.annotation.Qualifier(LlmRoutes.CHAT_MODEL_BEAN)
                      ObjectProvider<ChatModel> model) {
        return new LlmCheck(settings, status, model.getIfAvailable(), prompt(settings, status, validator), validator,
                PriceTable.of(settings));
    }

    private static PlanPrompt prompt(LlmSettings settings, LlmStatus status, ReplyValidator validator) {
        return PlanPrompt.load(settings.promptVersion(), validator.schemaJson(), status.availability().enabled()
                && !ChatModelFactory.enforcesSchema(settings.providerKind()));
    }

    @Bean
    LlmRoutes llmRoutes(LlmSettings settings, LlmStatus status, LlmSteps steps) {
        return new LlmRoutes(settings, status, steps);
    }

    @Bean
    LlmHealthIndicator llmHealthIndicator(LlmStatus status, CircuitBreaker llmCircuitBreaker) {
        return new LlmHealthIndicator(status, llmCircuitBreaker);
    }

    /** Also used by route tests, so the breaker behaves the same there. */
    public static CircuitBreaker circuitBreaker(LlmSettings.CircuitBreaker cb) {
        return CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .failureRateThreshold(cb.failureRateThreshold())
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .waitDurationInOpenState(cb.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
    }
}
