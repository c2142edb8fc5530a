package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.PlanReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hybrid mode when the rules read part of a plan: only the lines nobody understood (left UNREAD, or read as a name
 * that matches nothing in the catalog), with their day headings, go out, and the two readings are merged.
 */
class HybridRouteTest {

    /**
     * The rules read 6 of its exercises and leave lines 7 and 16 UNREAD; line 6 they read as "back squats, work
     * up to", which matches nothing in the catalog. Line 13 ("pull-ups - 4 sets as many as you can") they read
     * themselves: 4 sets of as many reps as possible, a name the catalog knows, so it is not sent.
     */
    static final String PLAN = FakeReplies.resource("llm/coach-email.txt");
    static final String REPLY = FakeReplies.compact(FakeReplies.resource("llm/coach-email.hybrid-reply.json"));
    /** A reading of the whole plan, for PARSER_MODE=llm. */
    static final String WHOLE_REPLY = FakeReplies.compact(FakeReplies.resource("llm/coach-email.reply.json"));

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    @Test
    void onlyLinesNobodyUnderstoodGoOutWithTheirHeadings_andTheReadingsMerge() throws Exception {
        rig.thenReply(REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(PLAN);

        String user = FakeReplies.body(rig.onlyRequest()).path("messages").get(1).path("content").asText();
        assertThat(user).contains(PlanPrompt.OPEN + "\n5| Monday - lower\n6| back squats, work up to 3 sets of 5 @ 100kg, rest 3 min\n7| RDLs 3x8-10 w/ 60kg (slow on the way down, "
                + "3-1-1 tempo)\n11| Wednesday - upper\n16| Keep the RPE "
                + "around 7-8, nothing to failure. Ping me if the knee acts up.\n" + PlanPrompt.CLOSE);
        assertThat(user).doesNotContain("walking lunges").doesNotContain("pull-ups").doesNotContain("DB rows")
                .doesNotContain("Coach Dana");

        assertThat(reading.parser()).isEqualTo("hybrid");
        assertThat(reading.note()).isNull();
        assertThat(reading.result().days()).extracting(ParsedDay::label)
                .containsExactly("Monday - lower", "Wednesday - upper");
        assertThat(reading.result().days().get(0).exercises()).extracting(ParsedExercise::lineNumber)
                .containsExactly(6, 7, 8, 9);
        // the LLM's reading of line 6 names a catalog exercise: it replaces the rules' "back squats, work up to"
        assertThat(reading.result().days().get(0).exercises().get(0).name()).isEqualTo("back squats");
        assertThat(reading.result().days().get(0).exercises().get(0).restSeconds()).isEqualTo(180);
        assertThat(reading.result().days().get(0).exercises().get(1).name()).isEqualTo("RDLs");
        assertThat(reading.result().days().get(0).exercises().get(1).certainty()).isEqualTo(LlmReading.LLM_CERTAINTY);
        assertThat(reading.result().days().get(1).exercises()).extracting(ParsedExercise::lineNumber)
                .containsExactly(12, 13, 14);
        ParsedExercise pullUps = reading.result().days().get(1).exercises().get(1);
        assertThat(pullUps.name()).isEqualTo("pull-ups");
        assertThat(pullUps.sets()).isEqualTo(4);
        assertThat(pullUps.certainty()).as("read by the rules, not the LLM").isNotEqualTo(LlmReading.LLM_CERTAINTY);
        assertThat(reading.result().unreadLines()).isEmpty();
        assertThat(reading.result().lines().get(15).kind()).isEqualTo(LineKind.PROSE);
        assertThat(reading.usage().inputTokens()).isPositive();
        System.out.printf("measured: hybrid coach e-mail (2 of 19 lines unread, 1 not understood), %d input + %d output tokens%n",
                reading.usage().inputTokens(), reading.usage().outputTokens());
    }

    @Test
    void whenTheRulesReadEverything_noCallIsMade() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse("Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5");

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.result().exercises()).hasSize(3);
    }

    @Test
    void rulesMode_neverCalls_evenWithUnreadLines() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.RULES);

        PlanReading reading = rig.parse(PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.result().unreadLines()).extracting(LineReading::lineNumber).containsExactly(7, 16);
    }

    @Test
    void llmMode_sendsTheWholePlan_andKeepsOnlyTheLlmReading() throws Exception {
        rig.thenReply(WHOLE_REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.LLM);

        PlanReading reading = rig.parse(PLAN);

        String user = FakeReplies.body(rig.onlyRequest()).path("messages").get(1).path("content").asText();
        assertThat(user).contains("6| back squats").contains("19| Coach Dana");
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.result().exercises()).extracting(ParsedExercise::name).containsExactly("back squats",
                "RDLs", "walking lunges", "easy run", "bench", "pull-ups", "DB rows");
        assertThat(reading.result().exercises()).allMatch(e -> e.certainty() == LlmReading.LLM_CERTAINTY);
    }

    @Test
    void withoutAnLlm_hybridSaysWhy() throws Exception {
        rig.start(TestSettings.openAiCompatible(""), ParserMode.HYBRID);

        PlanReading reading = rig.parse(PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).contains("LLM_BASE_URL is not set");
        assertThat(reading.result().unreadLines()).extracting(LineReading::lineNumber).containsExactly(7, 16);
    }
}
