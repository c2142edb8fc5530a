package com.workoutplanparser.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's honesty: what each kind of line becomes, and how sure the parser says it is. */
class RuleParserLineKindsTest {

    private final RuleParser parser = new RuleParser();

    private List<LineKind> kinds(String text) {
        return parser.parse(text).lines().stream().map(LineReading::kind).toList();
    }

    @Test
    void aOneExerciseLiftoscriptProgramUnderWeekAndDayHeadingsIsReadAsLiftoscript() {
        ParseResult r = parser.parse("# Week 1\n## Day 1\nKettlebell Swing / 5x10 / 24kg / 60s\n");
        assertThat(r.unreadLines()).isEmpty();
        assertThat(r.exercises()).hasSize(1);
        ParsedExercise e = r.exercises().get(0);
        assertThat(e.name()).isEqualTo("Kettlebell Swing");
        assertThat(e.sets()).isEqualTo(5);
        assertThat(e.reps()).isEqualTo("10");
        assertThat(e.weights()).containsExactly(24.0);
        assertThat(e.restSeconds()).isEqualTo(60);
    }

    @Test
    void greetingAdviceAndSignOffArePlanLessProseWithReasons() {
        ParseResult r = parser.parse("Hi Sam,\nKeep your back straight and breathe.\nSquat 3x5\nCheers,\nCoach");
        assertThat(r.lines()).extracting(LineReading::kind)
                .containsExactly(LineKind.PROSE, LineKind.PROSE, LineKind.EXERCISE, LineKind.PROSE, LineKind.PROSE);
        assertThat(r.lines().get(0).reason()).isEqualTo("greeting");
        assertThat(r.lines().get(3).reason()).isEqualTo("sign-off");
    }

    @Test
    void numbersInsideASentenceAreReportedUnreadNotDropped() {
        ParseResult r = parser.parse("For Monday I want you to do squats, 4 sets of 8 at 60kg.");
        assertThat(r.unreadLines()).hasSize(1);
        assertThat(r.unreadLines().get(0).reason()).isNotBlank();
        assertThat(r.fullyRead()).isFalse();
    }

    @Test
    void aNewsletterIsNotAWorkout() {
        ParseResult r = parser.parse("Hello members!\n\nOur 6-week challenge starts June 3rd.\nThe sauna is closed for 2 days.\n\nStay strong");
        assertThat(r.isWorkout()).isFalse();
        assertThat(r.unreadLines()).isEmpty();
    }

    @Test
    void certaintyDropsForGuesses() {
        List<ParsedExercise> ex = parser.parse("Bench Press 3x8 @ 80kg\nDeadlift 1x5 315\nFace pulls\nPush-ups 20").exercises();
        assertThat(ex).extracting(ParsedExercise::name).containsExactly("Bench Press", "Deadlift", "Face pulls", "Push-ups");
        assertThat(ex.get(0).certainty()).isEqualTo(1.0);
        assertThat(ex.get(1).certainty()).isLessThan(1.0);       // load without unit
        assertThat(ex.get(2).certainty()).isLessThanOrEqualTo(0.6); // no sets or reps at all
        assertThat(ex.get(3).certainty()).isLessThan(1.0);       // bare number taken as reps
        assertThat(ex.get(3).reps()).isEqualTo("20");
    }

    @Test
    void restDaysAreSkippedAndHeadingsAreHeadings() {
        ParseResult r = parser.parse("Week 1\nMonday\nSquat 5x5\nTuesday: rest\nWednesday\nBench 5x5");
        assertThat(kinds("Week 1\nMonday\nSquat 5x5\nTuesday: rest\nWednesday\nBench 5x5")).containsExactly(
                LineKind.HEADING, LineKind.HEADING, LineKind.EXERCISE, LineKind.HEADING, LineKind.HEADING, LineKind.EXERCISE);
        assertThat(r.days()).extracting(ParsedDay::label).containsExactly("Monday", "Wednesday");
        assertThat(r.days()).extracting(ParsedDay::week).containsOnly("Week 1");
    }

    @Test
    void notationsReadIntoFields() {
        ParsedExercise e = parser.parse("A1. Front squat 4 x 6-8 @ RPE 8, rest 2 min, tempo 3-1-1-0\nA2. Chin-up 4x6 +10kg").exercises().get(0);
        assertThat(e.name()).isEqualTo("Front squat");
        assertThat(e.sets()).isEqualTo(4);
        assertThat(e.reps()).isEqualTo("6-8");
        assertThat(e.rpe()).isEqualTo(8.0);
        assertThat(e.restSeconds()).isEqualTo(120);
        assertThat(e.tempo()).isEqualTo("3-1-1-0");
        assertThat(e.superset()).isEqualTo("A");
        ParsedExercise rir = parser.parse("Row 3x10 RIR 2").exercises().get(0);
        assertThat(rir.rpe()).isEqualTo(8.0);
        ParsedExercise db = parser.parse("Lunges 3x10 2x20kg DBs").exercises().get(0);
        assertThat(db.weights()).containsExactly(20.0);
        assertThat(db.unit()).isEqualTo("kg");
        assertThat(db.name()).isEqualTo("Lunges");
    }

    @Test
    void questionMarksForWhatWasNotRememberedLeaveTheNameAndTheLoad() {
        List<ParsedExercise> ex = parser.parse("* 2016/08/11:\n    * Back-squats: ???x???@185\n"
                + "* 2016/08/23:\n    * Overhead Squats: ???x???@40?\n    * Meta: Backlogged from journal.\n").exercises();
        assertThat(ex).extracting(ParsedExercise::name).containsExactly("Back-squats", "Overhead Squats");
        assertThat(ex).extracting(ParsedExercise::sets).containsOnlyNulls();
        assertThat(ex).extracting(ParsedExercise::reps).containsOnlyNulls();
        assertThat(ex.get(0).weights()).containsExactly(185.0);
        assertThat(ex.get(1).weights()).containsExactly(40.0);
    }
}
