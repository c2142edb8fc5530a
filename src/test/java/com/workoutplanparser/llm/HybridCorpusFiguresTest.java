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
import com.workoutplanparser.parse.ParserCorpus;
import com.workoutplanparser.plan.NotUnderstood;
import com.workoutplanparser.pipeline.PlanMatching;
import com.workoutplanparser.plan.PlanReading;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What hybrid mode costs and reaches on the parser's labelled corpus: how many plans need no LLM call at all, and how many
 * tokens the ones that do would send (measured with the gpt-4o tokenizer on the exact messages built here) and
 * receive (estimated from the labelled exercises, at the per-exercise size of the fixture replies).
 */
class HybridCorpusFiguresTest {

    @RegisterExtension
    final LlmRig rig = new LlmRig();

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
            Optional<LlmRequest> request = HybridPolicy.requestFor(ParserMode.HYBRID, read, plan.text(),
                    notUnderstood(read));
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
        // the rules' account and the catalog decide: a plan read and matched completely never costs a call
        for (Plan plan : plans) {
            ParseResult read = rules.parse(plan.text());
            if (read.isWorkout() && read.fullyRead() && notUnderstood(read).isEmpty()) {
                assertThat(HybridPolicy.requestFor(ParserMode.HYBRID, read, plan.text(), Set.of()))
                        .as(plan.id()).isEmpty();
            }
        }
        assertThat(noCall).as("most plans of the corpus are read by the rules alone").isGreaterThan(plans.size() / 2);
    }

    /**
     * With a perfect reader behind the LLM step (it answers the labelled reading of whatever lines it is sent),
     * what hybrid mode reaches is what the policy lets it reach: a line the rules misread and the policy trusts
     * stays misread. Exercise F1 by name over the whole corpus, against the rules alone.
     */
    @Test
    void withAPerfectReader_hybridReadsWhatTheRulesMissed_whileMostPlansMakeNoCall() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);
        RuleParser rules = new RuleParser();
        int[] hybrid = new int[3];
        int[] alone = new int[3];
        int noCall = 0;
        List<ParserCorpus.Plan> plans = ParserCorpus.load();
        for (ParserCorpus.Plan plan : plans) {
            int before = rig.requests.size();
            rig.script.clear();
            rig.then(r -> PerfectReader.answer(r, plan));
            ParseResult read = rig.parse(plan.text()).result();
            noCall += rig.requests.size() == before ? 1 : 0;
            score(plan, read, hybrid);
            score(plan, rules.parse(plan.text()), alone);
        }
        double f1 = f1(hybrid);
        double rulesF1 = f1(alone);
        System.out.printf(Locale.ROOT, "measured: perfect reader behind hybrid on %d corpus plans: exercise F1 %.3f "
                        + "(rules alone %.3f); %d (%.0f%%) plans made no LLM call%n",
                plans.size(), f1, rulesF1, noCall, 100.0 * noCall / plans.size());

        assertThat(f1).as("hybrid with a perfect reader never reads worse than the rules").isGreaterThanOrEqualTo(rulesF1);
        assertThat(noCall).as("at least half the plans make no call").isGreaterThanOrEqualTo(plans.size() / 2);
    }

    /** Exercise names as labelled against names as read, as multisets per plan: tp, fp, fn. */
    private static void score(ParserCorpus.Plan plan, ParseResult read, int[] counts) {
        List<String> expected = new ArrayList<>();
        plan.days().forEach(d -> d.exercises().forEach(e -> expected.add(PerfectReader.norm(String.valueOf(e.get("name"))))));
        int tp = 0;
        int fp = 0;
        for (var e : read.exercises()) {
            if (expected.remove(PerfectReader.norm(e.name()))) {
                tp++;
            } else {
                fp++;
            }
        }
        counts[0] += tp;
        counts[1] += fp;
        counts[2] += expected.size();
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0.0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static Set<Integer> notUnderstood(ParseResult read) {
        return NotUnderstood.lines(PlanMatching.match(PlanReading.byRules(read), LlmRig.CATALOG));
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
