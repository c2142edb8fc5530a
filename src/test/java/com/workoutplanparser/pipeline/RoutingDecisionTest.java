package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.LlmUsage;
import com.workoutplanparser.match.Candidate;
import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.MatchedDay;
import com.workoutplanparser.plan.MatchedExercise;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.PlanConfidence;
import com.workoutplanparser.plan.PlanReading;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Confidence routing without Camel or a database: one rule per test. */
class RoutingDecisionTest {

    @Test
    void everyExerciseHighAndEveryLineReadIsStored() {
        MatchedPlan plan = plan(List.of(match(0.95, MatchLevel.HIGH), match(1.0, MatchLevel.HIGH)), List.of(), null);

        RoutingDecision d = RoutingDecision.decide(plan);

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.STORE);
        assertThat(d.reason()).isNull();
        assertThat(plan.confidence()).isEqualTo(new PlanConfidence(0.975, 2, 0, 0, 0));
    }

    @Test
    void oneMediumMatchSendsThePlanToReviewAndSaysWhy() {
        RoutingDecision d = RoutingDecision.decide(plan(
                List.of(match(0.95, MatchLevel.HIGH), match(0.85, MatchLevel.MEDIUM)), List.of(), null));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REVIEW);
        assertThat(d.reason()).contains("1 of 2 exercises matched the catalog below high confidence");
    }

    @Test
    void unreadLinesSendAnOtherwiseConfidentPlanToReview() {
        RoutingDecision d = RoutingDecision.decide(plan(List.of(match(1.0, MatchLevel.HIGH)),
                List.of(new LineReading(2, "3 rounds of something odd", LineKind.UNREAD, "no known notation")), null));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REVIEW);
        assertThat(d.reason()).contains("1 line could not be read");
    }

    @Test
    void aReaderNoteSendsThePlanToReview() {
        RoutingDecision d = RoutingDecision.decide(plan(List.of(match(1.0, MatchLevel.HIGH)), List.of(),
                "The LLM was unavailable (circuit open)"));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REVIEW);
        assertThat(d.reason()).contains("LLM was unavailable");
    }

    @Test
    void noExerciseAtAllIsRejected() {
        RoutingDecision d = RoutingDecision.decide(plan(List.of(), List.of(), null));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REJECT);
        assertThat(d.reason()).contains("does not look like a workout");
    }

    @Test
    void noExerciseReadFromATextThatLooksLikeAPlan_goesToReviewWithTheReaderNote() {
        List<LineReading> lines = List.of(
                new LineReading(1, "Squats, three sets of eight, then four sets of push-ups", LineKind.UNREAD, "prose"),
                new LineReading(2, "Deadlifts 5 sets of 3 and a plank to finish", LineKind.UNREAD, "prose"));

        RoutingDecision d = RoutingDecision.decide(plan(List.of(), lines, "no LLM configured"));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REVIEW);
        assertThat(d.reason()).contains("looks like a workout plan").contains("no LLM configured");
    }

    @Test
    void anUnmatchedNameIsCalledNotUnderstood() {
        RoutingDecision d = RoutingDecision.decide(plan(List.of(match(1.0, MatchLevel.HIGH), MatchResult.none("x")),
                List.of(), null));

        assertThat(d.route()).isEqualTo(RoutingDecision.Route.REVIEW);
        assertThat(d.reason()).contains("1 exercise name matches nothing in the catalog (not understood)");
    }

    @Test
    void unmatchedExercisesCountAsZeroInTheOverallConfidence() {
        PlanConfidence c = PlanConfidence.of(List.of(match(1.0, MatchLevel.HIGH), MatchResult.none("x")));

        assertThat(c.overall()).isEqualTo(0.5);
        assertThat(c.unmatched()).isEqualTo(1);
        assertThat(c.allHigh()).isFalse();
    }

    private static MatchResult match(double confidence, MatchLevel level) {
        return new MatchResult("name", new Candidate("id-" + confidence, "Name", confidence), level, List.of());
    }

    private static MatchedPlan plan(List<MatchResult> matches, List<LineReading> lines, String note) {
        List<MatchedExercise> exercises = matches.stream()
                .map(m -> new MatchedExercise(ParsedExercise.builder("name").sets(3).reps("8").build(), m)).toList();
        List<ParsedExercise> parsed = exercises.stream().map(MatchedExercise::parsed).toList();
        ParseResult result = new ParseResult(null, parsed.isEmpty() ? List.of() : List.of(new ParsedDay(null, null, parsed)),
                lines);
        return new MatchedPlan(new PlanReading(result, "rules", LlmUsage.NONE, note),
                List.of(new MatchedDay(null, null, exercises)), PlanConfidence.of(matches));
    }
}
