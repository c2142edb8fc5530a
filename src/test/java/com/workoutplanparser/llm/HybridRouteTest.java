package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.pipeline.PlanReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hybrid mode when the rules read part of a plan: only the unread lines go out, the readings are merged. */
class HybridRouteTest {

    static final String PLAN = """
            Day 1: Upper Body
            Bench Press: 3x8
            Rows: 3x10
            then 3 rounds of 10 push-ups + 15 sit-ups

            Day 2
            Squat: 5x5
            Planche lean 4 x 20s, hold at 70% effort""";

    static final String REPLY = FakeReplies.compact("""
            {"title":null,"days":[
             {"label":"Day 1: Upper Body","week":null,"exercises":[
              {"line":4,"text":"then 3 rounds of 10 push-ups + 15 sit-ups","name":"push-ups","sets":3,"reps":"10",
               "weight":null,"unit":"bodyweight","percent1rm":null,"rpe":null,"durationSeconds":null,
               "distanceMeters":null,"restSeconds":null,"tempo":null,"superset":"A","notes":null},
              {"line":4,"text":"then 3 rounds of 10 push-ups + 15 sit-ups","name":"sit-ups","sets":3,"reps":"15",
               "weight":null,"unit":"bodyweight","percent1rm":null,"rpe":null,"durationSeconds":null,
               "distanceMeters":null,"restSeconds":null,"tempo":null,"superset":"A","notes":null}]},
             {"label":"Day 2","week":null,"exercises":[
              {"line":8,"text":"Planche lean 4 x 20s, hold at 70% effort","name":"Planche lean","sets":4,"reps":null,
               "weight":null,"unit":null,"percent1rm":null,"rpe":null,"durationSeconds":20,"distanceMeters":null,
               "restSeconds":null,"tempo":null,"superset":null,"notes":"hold at 70% effort"}]}],
             "ignoredLines":[1,6]}""");

    /** The rules as the parser issue makes them: lines with numbers they cannot read are UNREAD, not prose. */
    static final class StricterRules extends RuleParser {
        @Override
        public ParseResult parse(String text) {
            ParseResult r = super.parse(text);
            return new ParseResult(r.title(), r.days(), r.lines().stream()
                    .map(l -> l.kind() == LineKind.PROSE && l.text().matches(".*\\d.*")
                            ? new LineReading(l.lineNumber(), l.text(), LineKind.UNREAD, "numbers the rules cannot place")
                            : l)
                    .toList());
        }
    }

    LlmRig rig;

    @BeforeEach
    void fake() throws Exception {
        rig = new LlmRig();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void onlyUnreadLinesWithTheirHeadingsGoOut_andTheReadingsMerge() throws Exception {
        rig.thenReply(REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID, new StricterRules());

        PlanReading reading = rig.parse(PLAN);

        String user = FakeReplies.body(rig.onlyRequest()).path("messages").get(1).path("content").asText();
        assertThat(user).contains("1| Day 1: Upper Body\n4| then 3 rounds of 10 push-ups + 15 sit-ups\n6| Day 2\n"
                + "8| Planche lean 4 x 20s, hold at 70% effort\n");
        assertThat(user).doesNotContain("Bench Press").doesNotContain("Squat");

        assertThat(reading.parser()).isEqualTo("hybrid");
        assertThat(reading.result().days()).extracting(ParsedDay::label).containsExactly("Day 1: Upper Body", "Day 2");
        assertThat(reading.result().days().get(0).exercises()).extracting(ParsedExercise::name)
                .containsExactly("Bench Press", "Rows", "push-ups", "sit-ups");
        assertThat(reading.result().days().get(1).exercises()).extracting(ParsedExercise::name)
                .containsExactly("Squat", "Planche lean");
        assertThat(reading.result().days().get(0).exercises().get(0).certainty()).isEqualTo(1.0);
        assertThat(reading.result().days().get(0).exercises().get(2).certainty()).isEqualTo(LlmReading.LLM_CERTAINTY);
        assertThat(reading.result().unreadLines()).isEmpty();
        assertThat(reading.usage().inputTokens()).isPositive();
        System.out.printf("measured: hybrid plan (2 of 8 lines unread), %d input + %d output tokens%n",
                reading.usage().inputTokens(), reading.usage().outputTokens());
    }

    @Test
    void whenTheRulesReadEverything_noCallIsMade() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID, new StricterRules());

        PlanReading reading = rig.parse("Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5");

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.result().exercises()).hasSize(3);
    }

    @Test
    void rulesMode_neverCalls_evenWithUnreadLines() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.RULES, new StricterRules());

        PlanReading reading = rig.parse(PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.result().unreadLines()).hasSize(2);
    }

    @Test
    void llmMode_sendsTheWholePlan_andKeepsOnlyTheLlmReading() throws Exception {
        rig.thenReply(REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.LLM, new StricterRules());

        PlanReading reading = rig.parse(PLAN);

        String user = FakeReplies.body(rig.onlyRequest()).path("messages").get(1).path("content").asText();
        assertThat(user).contains("2| Bench Press: 3x8").contains("7| Squat: 5x5");
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.result().exercises()).extracting(ParsedExercise::name)
                .containsExactly("push-ups", "sit-ups", "Planche lean");
    }

    @Test
    void withoutAnLlm_hybridSaysWhy() throws Exception {
        TestSettings s = TestSettings.openAiCompatible("");
        rig.start(s, ParserMode.HYBRID, new StricterRules());

        PlanReading reading = rig.parse(PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).contains("LLM_BASE_URL is not set");
    }
}
