package com.workoutplanparser.llm;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the {@code llm.*} settings describe a usable LLM (see {@link LlmAvailability}). */
class LlmConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        LlmSettings settings = Binder.get(context.getEnvironment()).bindOrCreate("llm", LlmSettings.class);
        LlmAvailability availability = LlmAvailability.of(settings);
        return availability.enabled() ? ConditionOutcome.match("LLM configured")
                : ConditionOutcome.noMatch(availability.reason());
    }
}
