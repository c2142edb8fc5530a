package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring of the LLM step, from LLM_* variables as llm.yaml maps them. */
class LlmConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new org.springframework.boot.test.context.ConfigDataApplicationContextInitializer())
            .withPropertyValues("spring.config.import=classpath:llm.yaml")
            .withUserConfiguration(LlmConfiguration.class);

    @Test
    void withoutAKey_theRulesReadAlone_andHealthSaysSo() {
        context.withSystemProperties("LLM_PROVIDER=openai", "LLM_API_KEY=", "LLM_MODEL=gpt-4.1-mini",
                "LLM_TEMPERATURE=0.3").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(LlmSettings.class).model()).isEqualTo("gpt-4.1-mini");
            assertThat(ctx.getBean(LlmSettings.class).temperature()).isEqualTo(0.3);
            assertThat(ctx).doesNotHaveBean(ChatModel.class);
            assertThat(ctx.getBean(LlmStatus.class).mode()).isEqualTo(ParserMode.RULES);
            Health health = ctx.getBean(LlmHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("parserMode", "rules")
                    .containsEntry("reason", "LLM_API_KEY is not set for LLM_PROVIDER=openai");
        });
    }

    @Test
    void aTypoInTheProvider_startsOnTheRules_andNamesTheVariable() {
        context.withPropertyValues("llm.provider=openia", "llm.api-key=sk-x").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx).doesNotHaveBean(ChatModel.class);
            assertThat(ctx.getBean(LlmHealthIndicator.class).health().getDetails().get("reason").toString())
                    .startsWith("LLM_PROVIDER must be one of").contains("openia");
        });
    }

    @Test
    void openAiCompatible_withABaseUrl_buildsTheModel_andDefaultsToHybrid() {
        context.withPropertyValues("llm.provider=openai-compatible", "llm.base-url=http://127.0.0.1:9/v1",
                "llm.model=qwen2.5-7b-instruct", "llm.timeout=45").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            // the OpenAI client, asked for json_schema, with JSON mode as the way out (LLM_RESPONSE_FORMAT=auto)
            assertThat(ctx.getBean(LlmRoutes.CHAT_MODEL_BEAN)).isInstanceOfSatisfying(StructuredOutputFallback.class,
                    f -> {
                        assertThat(f.delegate()).isInstanceOf(OpenAiChatModel.class);
                        assertThat(f.inForce()).isEqualTo(ResponseFormatMode.JSON_SCHEMA);
                    });
            assertThat(ctx.getBean(LlmStatus.class).mode()).isEqualTo(ParserMode.HYBRID);
            assertThat(ctx.getBean(LlmSettings.class).timeout()).hasSeconds(45);
            assertThat(ctx.getBean(LlmSettings.class).prices()).containsKey("gpt-4o-mini");
            Health health = ctx.getBean(LlmHealthIndicator.class).health();
            assertThat(health.getDetails()).containsEntry("provider", "openai-compatible")
                    .containsEntry("circuit", "CLOSED").containsEntry("responseFormat", "json_schema");
        });
    }
}
