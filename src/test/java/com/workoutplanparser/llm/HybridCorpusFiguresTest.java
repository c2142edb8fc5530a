package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.RuleParser;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What hybrid mode costs on the parser's labelled corpus: how many plans need no LLM call at all, and how many
 * tokens the ones that do would send (measured with the gpt-4o tokenizer on the exact messages built here) and
 * receive (estimated from the labelled exercises, at the per-exercise size of the fixture replies).
 */
class HybridCorpusFiguresTest {

    static final String[] FILES = {"dev-basic", "dev-crossfit", "dev-emails", "dev-languages", "dev-misc",
            "dev-tables", "heldout-plans"};

    record Plan(String id, String text, boolean workout, int exercises) {
    }

    @Test
    void hybridCallsTheLlmOnlyForPlansTheRulesLeftUnread_andThoseCallsAreSmall() throws Exception {
        ReplyValidator validator = new ReplyValidator();
        PlanPrompt prompt = PlanPrompt.load("v1", validator.schemaJson(), false);
        int schemaTokens = FakeReplies.tokens(validator.schemaJson());
        String fixture = OpenAiCompatibleRouteTest.EMAIL_REPLY;
        double outputPerExercise = (FakeReplies.tokens(fixture) - 20) / 7.0;

        List<Plan> plans = corpus();
        RuleParser rules = new RuleParser();
        int noCall = 0;
        int whole = 0;
        long inputTokens = 0;
        long outputTokens = 0;
        List<String> called = new ArrayList<>();
        for (Plan plan : plans) {
            ParseResult read = rules.parse(plan.text());
            Optional<LlmRequest> request = HybridPolicy.requestFor(ParserMode.HYBRID, read, plan.text());
            if (request.isEmpty()) {
                noCall++;
                continue;
            }
            called.add(plan.id());
            LlmRequest r = request.get();
            whole += r.wholeText() ? 1 : 0;
            inputTokens += 3 + (3 + FakeReplies.tokens(prompt.system()) + 1)
                    + (3 + FakeReplies.tokens(prompt.userMessage(r)) + 1) + schemaTokens;
            // exercises the reply would carry: all of them for a whole text, about one per unread line otherwise
            int expectedInReply = r.wholeText() ? plan.exercises() : r.unread().size();
            outputTokens += Math.round(20 + outputPerExercise * expectedInReply);
        }
        int calls = plans.size() - noCall;
        System.out.printf("measured: hybrid on %d corpus plans: %d (%.0f%%) need no LLM call; %d calls "
                        + "(%d whole text); per call %d input tokens (measured), ~%d output tokens (estimated); "
                        + "called for %s%n",
                plans.size(), noCall, 100.0 * noCall / plans.size(), calls, whole,
                calls == 0 ? 0 : inputTokens / calls, calls == 0 ? 0 : outputTokens / calls, called);

        assertThat(plans).hasSizeGreaterThan(50);
        // the rules' account decides: a plan they read completely never costs a call
        for (Plan plan : plans) {
            ParseResult read = rules.parse(plan.text());
            if (read.isWorkout() && read.fullyRead()) {
                assertThat(HybridPolicy.requestFor(ParserMode.HYBRID, read, plan.text())).as(plan.id()).isEmpty();
            }
        }
        assertThat(noCall).as("most plans of the corpus are read by the rules alone").isGreaterThan(plans.size() / 2);
    }

    static List<Plan> corpus() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Plan> plans = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = HybridCorpusFiguresTest.class.getClassLoader()
                    .getResourceAsStream("parser-corpus/" + file + ".yaml")) {
                for (JsonNode p : yaml.readTree(in)) {
                    int exercises = 0;
                    for (JsonNode d : p.at("/expected/days")) {
                        exercises += d.path("exercises").size();
                    }
                    String text = p.path("text").asText();
                    if (p.path("crlf").asBoolean()) {
                        text = text.replace("\n", "\r\n");
                    }
                    plans.add(new Plan(p.path("id").asText(), text, p.at("/expected/workout").asBoolean(true),
                            exercises));
                }
            }
        }
        return plans;
    }
}
