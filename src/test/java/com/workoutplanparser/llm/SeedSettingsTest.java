package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The seed's settings, read the way the seed's users write them: LiteLLM model names, LLM_PROVIDER agreeing
 * with them or not, the Ollama URL, LLM_RESPONSE_FORMAT, the seed's models' prices, DEBUG=true.
 */
class SeedSettingsTest {

    final ApplicationContextRunner llmContext = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("spring.config.import=classpath:llm.yaml")
            .withUserConfiguration(LlmConfiguration.class);

    @ParameterizedTest(name = "LLM_PROVIDER={0} LLM_MODEL={1} -> {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "-, openai/gpt-4o-mini, openai, gpt-4o-mini",
            "-, azure/plans-gpt4-turbo, azure, plans-gpt4-turbo",
            "-, anthropic/claude-3-haiku-20240307, anthropic, claude-3-haiku-20240307",
            "-, ollama/mistral, ollama, mistral",
            "-, ollama_chat/llama3.1:8b, ollama, llama3.1:8b",
            "-, gpt-4-turbo-preview, openai, gpt-4-turbo-preview",
            "ollama, ollama/mistral, ollama, mistral",
            "AZURE, azure/plans, azure, plans",
            // LiteLLM's openai/ is any OpenAI-speaking server; a proxy's own names keep their prefixes
            "openai-compatible, openai/qwen2.5-7b-instruct, openai-compatible, qwen2.5-7b-instruct",
            "openai-compatible, ollama/mistral, openai-compatible, ollama/mistral",
            // a Hugging Face id is no prefix
            "openai-compatible, meta-llama/Llama-3.1-8B-Instruct, openai-compatible, meta-llama/Llama-3.1-8B-Instruct"})
    void theModelPrefixSelectsTheProvider_andIsStrippedBeforeTheCall(String provider, String model,
                                                                      String expectedProvider, String sentAs) {
        LlmSettings s = settings(provider, model);
        assertThat(s.providerKind().id()).isEqualTo(expectedProvider);
        assertThat(s.effectiveModel()).isEqualTo(sentAs);
    }

    @Test
    void aPrefixThatContradictsLlmProvider_isAConflictNamingBothVariables() {
        assertThatThrownBy(() -> settings("openai", "anthropic/claude-3-haiku-20240307").providerKind())
                .isInstanceOf(LlmConfigurationConflictException.class)
                .hasMessageContaining("LLM_PROVIDER=openai").hasMessageContaining("LLM_MODEL=anthropic/claude-3-haiku-20240307");
        // a typo stays what it was: the LLM off, the service on the rules
        assertThatThrownBy(() -> settings("olama", "ollama/mistral").providerKind())
                .isNotInstanceOf(LlmConfigurationConflictException.class).hasMessageContaining("olama");
    }

    @Test
    void theConflictStopsTheStart_withTheMessage() {
        llmContext.withSystemProperties("LLM_PROVIDER=azure", "LLM_MODEL=ollama/mistral", "LLM_API_KEY=k")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(rootCause(ctx.getStartupFailure()))
                            .isInstanceOf(LlmConfigurationConflictException.class)
                            .hasMessageContaining("LLM_PROVIDER=azure and LLM_MODEL=ollama/mistral name different providers");
                });
    }

    @Test
    void aStopOnAnLlmSetting_isReportedAsTheSettingToFix_notAsBeanCreation() {
        var failure = new org.springframework.beans.factory.BeanCreationException("llmStatus",
                new LlmConfigurationConflictException("LLM_PROVIDER=openai and LLM_MODEL=azure/x name different providers"));
        var analysis = new LlmConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("LLM_PROVIDER=openai and LLM_MODEL=azure/x name different providers");
        assertThat(analysis.getAction()).contains("docs/llm.md");
        assertThat(new LlmConfigurationFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
    }

    @Test
    void aTypoInLlmResponseFormat_stopsTheStart_namingTheVariable() {
        llmContext.withSystemProperties("LLM_MODEL=ollama/mistral", "LLM_RESPONSE_FORMAT=json").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(rootCause(ctx.getStartupFailure())).hasMessageContaining("LLM_RESPONSE_FORMAT must be auto, "
                    + "json_schema or json_object; got 'json'");
        });
    }

    @Test
    void noProviderAndAPrefixedOllamaModel_startsTheLlmStepOnOllama() {
        llmContext.withSystemProperties("LLM_MODEL=ollama/mistral").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(LlmStatus.class).provider()).isEqualTo("ollama");
            assertThat(ctx.getBean(LlmStatus.class).model()).isEqualTo("mistral");
            assertThat(ctx.getBean(LlmRoutes.CHAT_MODEL_BEAN)).isInstanceOf(StructuredOutputFallback.class);
        });
    }

    @ParameterizedTest
    @CsvSource({"http://10.0.0.5:11434/v1, http://10.0.0.5:11434", "http://10.0.0.5:11434/v1/, http://10.0.0.5:11434",
            "http://10.0.0.5:11434/, http://10.0.0.5:11434", "http://10.0.0.5:11434/api, http://10.0.0.5:11434",
            "'', http://localhost:11434"})
    void theOllamaUrl_worksWithOrWithoutV1(String configured, String used) {
        assertThat(ChatModelFactory.ollamaBaseUrl(configured)).isEqualTo(used);
    }

    @Test
    void theSeedsModelsArePriced_fromLlmYaml_andTheConfiguredModelsPriceOverridesTheTable() {
        llmContext.withSystemProperties("LLM_MODEL=azure/plans-gpt4-turbo", "LLM_API_KEY=k",
                "AZURE_API_BASE=http://127.0.0.1:9", "LLM_INPUT_PRICE_PER_MILLION=10", "LLM_OUTPUT_PRICE_PER_MILLION=30")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    PriceTable table = PriceTable.of(ctx.getBean(LlmSettings.class));
                    assertPrice(table, "gpt-4-turbo-preview", 10.00, 30.00);
                    assertPrice(table, "gpt-4-turbo-2024-04-09", 10.00, 30.00);
                    assertPrice(table, "gpt-4-0125-preview", 10.00, 30.00);
                    assertPrice(table, "gpt-3.5-turbo-0125", 0.50, 1.50);
                    assertPrice(table, "claude-3-opus-20240229", 15.00, 75.00);
                    assertPrice(table, "claude-3-sonnet-20240229", 3.00, 15.00);
                    assertPrice(table, "claude-3-haiku-20240307", 0.25, 1.25);
                    // the newer models beside them keep their own rows
                    assertPrice(table, "claude-3-5-haiku-20241022", 0.80, 4.00);
                    assertPrice(table, "gpt-4o-mini-2024-07-18", 0.15, 0.60);
                    // an Azure deployment name is no model name: the configured price prices it
                    assertPrice(table, "plans-gpt4-turbo", 10.00, 30.00);
                    assertThat(table.usage("plans-gpt4-turbo", 1_000_000, 100_000).estimatedCostUsd()).isEqualTo(13.0);
                });
        llmContext.withSystemProperties("LLM_MODEL=gpt-4o-mini", "LLM_API_KEY=k", "LLM_OUTPUT_PRICE_PER_MILLION=0.9")
                .run(ctx -> assertPrice(PriceTable.of(ctx.getBean(LlmSettings.class)), "gpt-4o-mini", 0.15, 0.9));
    }

    @ParameterizedTest(name = "DEBUG={0} -> {1}")
    @CsvSource(nullValues = "-", value = {"true, DEBUG", "TRUE, DEBUG", "1, DEBUG", "false, INFO", "no, INFO", "-, INFO"})
    void debugTrue_turnsOnTheServicesAndCamelsDebugLogging(String debug, String level) {
        ApplicationContextRunner app = new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer());
        if (debug != null) {
            app = app.withSystemProperties("DEBUG=" + debug);
        }
        app.run(ctx -> {
            assertThat(ctx.getEnvironment().getProperty("logging.level.com.workoutplanparser")).isEqualTo(level);
            assertThat(ctx.getEnvironment().getProperty("logging.level.org.apache.camel")).isEqualTo(level);
        });
    }

    @Test
    void withoutDebug_theLevelsFollowRoot_asBefore() {
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("logging.level.root=WARN").run(ctx ->
                        assertThat(ctx.getEnvironment().getProperty("logging.level.org.apache.camel")).isEqualTo("WARN"));
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("logging.level.root=WARN").withSystemProperties("DEBUG=true").run(ctx ->
                        assertThat(ctx.getEnvironment().getProperty("logging.level.org.apache.camel")).isEqualTo("DEBUG"));
    }

    private static void assertPrice(PriceTable table, String model, double in, double out) {
        assertThat(table.priceOf(model)).as(model).isEqualTo(new LlmSettings.Price(in, out));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static LlmSettings settings(String provider, String model) {
        TestSettings s = new TestSettings();
        s.provider = provider == null ? "" : provider;
        s.model = model;
        return s.build();
    }
}
