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
        return new LlmStatus(availability, mode, provider, availability.enabled() ? settings.effectiveModel() : null);
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
                validator, cache, new PriceTable(settings.prices()), listener,
                new LlmMetrics(meters.getIfAvailable(SimpleMeterRegistry::new), status.provider(), status.model()),
                status);
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
