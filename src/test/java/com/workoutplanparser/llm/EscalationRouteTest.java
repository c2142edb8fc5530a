package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.MatchedExercise;
import com.workoutplanparser.plan.MatchedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hybrid mode's honest escalation: a line the rules read but whose name matches nothing in the catalog is not
 * understood, and goes to the LLM (alone with its heading, never with the lines that were understood); the LLM's
 * reading replaces the rules' one only when it fits the catalog better.
 */
class EscalationRouteTest {

    /** Every name is in the catalog but line 4's, which the rules read as "Grn dl" (a typing slip). */
    static final String PLAN = """
            Lower day
            Back Squat 5x5 @ 100kg
            Leg Press 3x12
            Grn dl 3x8 @ 60kg
            Lying Leg Curl 3x12
            """;

    static final String BETTER = "{\"title\":null,\"days\":[{\"label\":\"Lower day\",\"week\":null,\"exercises\":["
            + "{\"line\":4,\"text\":\"Grn dl 3x8 @ 60kg\",\"name\":\"Romanian deadlift\",\"sets\":3,\"reps\":\"8\","
            + "\"weight\":60,\"unit\":\"kg\",\"percent1rm\":null,\"rpe\":null,\"durationSeconds\":null,"
            + "\"distanceMeters\":null,\"restSeconds\":null,\"tempo\":null,\"superset\":null,\"notes\":null}]}],"
            + "\"ignoredLines\":[1]}";

    static final String NO_BETTER = BETTER.replace("Romanian deadlift", "Grn dl");

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    @Test
    void aLineReadButNotUnderstood_isSentAlone_andTheBetterReadingReplacesIt() throws Exception {
        rig.thenReply(BETTER).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN);

        String user = FakeReplies.body(rig.onlyRequest()).path("messages").get(1).path("content").asText();
        assertThat(user).contains(PlanPrompt.OPEN + "\n1| Lower day\n4| Grn dl 3x8 @ 60kg\n" + PlanPrompt.CLOSE);
        assertThat(user).doesNotContain("Back Squat").doesNotContain("Leg Press").doesNotContain("Leg Curl");
        assertThat(plan.reading().parser()).isEqualTo("hybrid");
        assertThat(plan.exercises()).extracting(e -> e.parsed().name())
                .containsExactly("Back Squat", "Leg Press", "Romanian deadlift", "Lying Leg Curl");
        MatchedExercise replaced = plan.exercises().get(2);
        assertThat(replaced.parsed().lineNumber()).isEqualTo(4);
        assertThat(replaced.parsed().certainty()).isEqualTo(LlmReading.LLM_CERTAINTY);
        assertThat(replaced.match().level()).isNotEqualTo(MatchLevel.UNMATCHED);
        assertThat(plan.days()).hasSize(1);
    }

    @Test
    void anLlmReadingThatFitsNoBetter_leavesTheRulesReading() throws Exception {
        rig.thenReply(NO_BETTER).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN);

        assertThat(rig.requests).hasSize(1);
        ParsedExercise kept = plan.exercises().get(2).parsed();
        assertThat(kept.name()).isEqualTo("Grn dl");
        assertThat(kept.certainty()).isNotEqualTo(LlmReading.LLM_CERTAINTY);
        assertThat(plan.exercises()).hasSize(4);
    }

    @Test
    void whenTheLlmReadsNoExerciseOnALineNobodyUnderstood_theRulesMisreadingGoes() throws Exception {
        rig.thenReply("{\"title\":null,\"days\":[],\"ignoredLines\":[1,4]}")
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN);

        assertThat(rig.requests).hasSize(1);
        assertThat(plan.exercises()).extracting(e -> e.parsed().lineNumber()).containsExactly(2, 3, 5);
        LineReading line4 = plan.reading().result().lines().get(3);
        assertThat(line4.kind()).isEqualTo(LineKind.PROSE);
        assertThat(line4.reason()).contains("the LLM read no exercise here");
    }

    @Test
    void anLlmThatMerelyLeavesTheLineOut_doesNotDropTheRulesReading() throws Exception {
        rig.thenReply("{\"title\":null,\"days\":[],\"ignoredLines\":[1]}")
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN);

        assertThat(plan.exercises()).extracting(e -> e.parsed().name()).contains("Grn dl");
    }

    @Test
    void aPlanReadAndMatchedCompletely_makesNoCall() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN.replace("Grn dl", "Romanian Deadlift"));

        assertThat(rig.requests).isEmpty();
        assertThat(plan.reading().parser()).isEqualTo("rules");
        assertThat(plan.exercises()).allSatisfy(e -> assertThat(e.match().level()).isNotEqualTo(MatchLevel.UNMATCHED));
    }

    @Test
    void withoutAnLlm_theNotUnderstoodLineStaysAsReadWithTheReason() throws Exception {
        rig.start(TestSettings.openAiCompatible(""), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(plan.reading().note()).contains("no LLM configured");
        assertThat(plan.exercises().get(2).match().level()).isEqualTo(MatchLevel.UNMATCHED);
        assertThat(com.workoutplanparser.plan.NotUnderstood.lines(plan)).containsExactly(4);
    }
}
