package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tracks the structure of a plan while its lines are read in order: title, current week and day, the block
 * (circuit, superset, EMOM…) an exercise belongs to, and a name written on its own line waiting for the
 * quantities on the next lines. One instance per parse: it holds the state of that parse only.
 */
final class PlanAssembler {

    private final LineReading[] readings;
    private final String[] raw;
    private String title;
    private String week;
    private Day day;
    private final List<Day> days = new ArrayList<>();
    private BlockState block;
    /** A name-only line that may be followed by nameless quantity lines ("Squat" then "5x5 @ 75%"). */
    private Candidate candidate;
    /** The exercise read from the previous content line (null after a blank line or heading). */
    private ExerciseDraft previous;
    /** The name nameless lines continue with after a candidate was used. */
    private String continuationName;
    private Integer planRestDefault;
    private boolean anyContent;

    private static final class Day {
        final String label;
        final String week;
        final List<ExerciseDraft> exercises = new ArrayList<>();
        Integer restDefault;
        final Set<String> labelsUsed = new LinkedHashSet<>();

        Day(String label, String week) {
            this.label = label;
            this.week = week;
        }
    }

    private static final class BlockState {
        final Heading.Block spec;
        final String label;
        final List<ExerciseDraft> members = new ArrayList<>();

        BlockState(Heading.Block spec, String label) {
            this.spec = spec;
            this.label = label;
        }
    }

    private record Candidate(String name, int index, boolean vocab, boolean bulleted, boolean markdown, ExerciseDraft draft,
                             boolean firstLine) {
    }

    PlanAssembler(List<String> rawLines) {
        this.raw = rawLines.toArray(new String[0]);
        this.readings = new LineReading[raw.length];
    }

    // ---- events

    void blank(int index) {
        closeBlock();
        flushCandidate();
        previous = null;
        set(index, LineKind.BLANK, null);
    }

    void prose(int index, String reason) {
        flushCandidate();
        previous = null;
        set(index, LineKind.PROSE, reason);
    }

    void unread(int index, String reason) {
        flushCandidate();
        previous = null;
        set(index, LineKind.UNREAD, reason);
    }

    void heading(int index, Heading h) {
        flushCandidate();
        previous = null;
        continuationName = null;
        switch (h.type()) {
            case WEEK -> {
                closeBlock();
                closeDay();
                week = h.label();
            }
            case WEEK_DAY -> {
                closeBlock();
                week = h.week();
                openDay(h.label());
            }
            case DAY, REST_DAY -> {
                closeBlock();
                openDay(h.label());
            }
            case SECTION -> closeBlock();
            case BLOCK -> {
                closeBlock();
                ensureDay();
                String label = h.block().label();
                if (label == null || day.labelsUsed.contains(label)) label = nextLabel();
                day.labelsUsed.add(label);
                block = new BlockState(h.block(), label);
            }
            case MARKDOWN -> closeBlock();
        }
        set(index, LineKind.HEADING, null);
    }

    void title(int index, String text) {
        if (title == null) title = text;
        set(index, LineKind.HEADING, null);
    }

    boolean hasTitle() {
        return title != null;
    }

    /** True before the first day, week or exercise: where a plan's title is written. */
    boolean beforeContent() {
        return !anyContent && day == null && week == null;
    }

    /** A markdown heading that names an exercise ("### Squat") may be followed by its sets; keep it as a candidate. */
    void markdownCandidate(int index, String name) {
        flushCandidate();
        closeBlock();
        ExerciseDraft d = new ExerciseDraft();
        d.name = name;
        d.text = raw[index].strip();
        d.lineNumber = index + 1;
        candidate = new Candidate(name, index, true, false, true, d, false);
        set(index, LineKind.HEADING, null);
    }

    /** Feeds what the line reader made of a line; fallbackName names nameless quantities ("Cardio: 20 min"). */
    void read(int index, LineRead r, String fallbackName, ProseDetector prose, String norm) {
        switch (r.status()) {
            case EXERCISE -> {
                flushCandidate();
                continuationName = null;
                add(index, r.draft());
            }
            case NAMELESS -> nameless(index, r, fallbackName, prose, norm);
            case MODIFIERS_ONLY -> modifiers(index, r.draft());
            case NAME_ONLY -> {
                if (block != null) {
                    // inside a circuit the block gives the quantities: "Pull-ups" under "21-15-9"
                    flushCandidate();
                    ExerciseDraft d = r.draft();
                    d.lower(Vocabulary.hasExerciseWord(d.name) ? 0.1 : 0.2);
                    add(index, d);
                    return;
                }
                flushCandidate();
                previous = null;
                candidate = new Candidate(r.draft().name, index, Vocabulary.hasExerciseWord(r.draft().name),
                        r.bulleted(), false, r.draft(), beforeContent() && title == null);
                // provisional: decided when the next line shows whether quantities follow
                set(index, LineKind.EXERCISE, null);
            }
            case SENTENCE, NOTHING -> {
                if (prose.hasPlanSignal(norm)) {
                    unread(index, r.reason() == null ? "plan notation the rules could not read" : r.reason());
                } else {
                    prose(index, prose.proseReason(norm));
                }
            }
        }
    }

    private void nameless(int index, LineRead r, String fallbackName, ProseDetector prose, String norm) {
        ExerciseDraft d = r.draft();
        if (candidate != null && candidate.index == index - 1) {
            Candidate c = candidate;
            candidate = null;
            d.name = c.name;
            d.text = c.draft.text + " | " + d.text;
            d.lineNumber = c.draft.lineNumber;
            if (c.draft.superset != null && d.superset == null) d.superset = c.draft.superset;
            if (!c.vocab) d.lower(0.1);
            set(c.index, c.markdown ? LineKind.HEADING : LineKind.EXERCISE, null);
            continuationName = c.name;
            add(index, d);
            return;
        }
        flushCandidate();
        if (continuationName != null && previous != null) {
            boolean oneSet = d.singleSetRow || (d.sets == null && d.reps.size() <= 1);
            if (previous.singleSetRow && oneSet && continuationName.equals(previous.name)) {
                previous.appendSet(d);
                set(index, LineKind.EXERCISE, null);
                return;
            }
            d.name = continuationName;
            add(index, d);
            return;
        }
        if (fallbackName != null) {
            d.name = fallbackName;
            d.lower(0.1);
            add(index, d);
            return;
        }
        if (previous != null) {
            // "  then 2x8 @ 70kg" under "Bench 3x5 @ 80kg": more sets of the same exercise, less sure
            d.name = previous.name;
            d.superset = d.superset == null ? previous.superset : d.superset;
            d.lower(0.25);
            add(index, d);
            return;
        }
        unread(index, "quantities without an exercise name");
    }

    private void modifiers(int index, ExerciseDraft d) {
        if (previous != null && !(d.generalRest && d.tempo == null && d.rpe == null)) {
            if (d.restSeconds != null) previous.restSeconds = d.restSeconds;
            if (d.tempo != null) previous.tempo = d.tempo;
            if (d.rpe != null) previous.rpe = d.rpe;
            d.notes.forEach(previous::note);
            set(index, LineKind.EXERCISE, null);
            return;
        }
        flushCandidate();
        if (d.restSeconds != null) {
            // "Rest 90 s between sets" on its own: the default for the day (or the plan, before any day)
            if (day == null && !anyContent) planRestDefault = d.restSeconds;
            else {
                ensureDay();
                day.restDefault = d.restSeconds;
            }
            set(index, LineKind.EXERCISE, null);
            return;
        }
        unread(index, "tempo or effort without an exercise");
    }

    /** Adds rows read from a table or CSV export, switching day when the rows name one. */
    void tableExercise(String weekLabel, String dayLabel, boolean rowsNameDays, ExerciseDraft d) {
        flushCandidate();
        if (rowsNameDays) {
            if (weekLabel != null && !weekLabel.equals(week)) {
                closeDay();
                week = weekLabel;
            }
            if (day == null || !java.util.Objects.equals(day.label, dayLabel) || !java.util.Objects.equals(day.week, week)) {
                closeBlock();
                openDay(dayLabel);
            }
        }
        ensureDay();
        anyContent = true;
        day.exercises.add(d);
        previous = null;
    }

    void tableLine(int index, LineKind kind, String reason) {
        set(index, kind, reason);
    }

    // ---- structure

    private void add(int index, ExerciseDraft d) {
        ensureDay();
        anyContent = true;
        if (block != null) {
            if (d.superset == null) d.superset = block.label;
            applyBlock(block.spec, d);
            block.members.add(d);
        } else {
            if (d.superset != null) day.labelsUsed.add(d.superset);
            if (d.oneBareValue && d.sets == null) d.sets = 1;
        }
        day.exercises.add(d);
        previous = d;
        set(index, LineKind.EXERCISE, null);
    }

    /** Rounds become sets and a rep scheme becomes per-set reps, unless the exercise line says otherwise. */
    private static void applyBlock(Heading.Block b, ExerciseDraft d) {
        switch (b.kind()) {
            case ROUNDS, SUPERSET, TABATA -> {
                if (b.rounds() != null && d.sets == null) d.sets = b.rounds();
                if (b.restSeconds() != null && d.restSeconds == null && b.kind() != Heading.Block.Kind.TABATA) {
                    d.restSeconds = b.restSeconds();
                }
                if (b.kind() == Heading.Block.Kind.TABATA) {
                    if (d.durationSeconds == null) d.durationSeconds = 20;
                    if (d.restSeconds == null) d.restSeconds = 10;
                    d.note("Tabata");
                }
            }
            case REP_SCHEME -> {
                if (d.reps.isEmpty() && d.sets == null) {
                    for (String r : b.repScheme().split("-")) d.reps.add(r);
                    d.sets = d.reps.size();
                } else if (d.sets == null) {
                    d.sets = b.repScheme().split("-").length;
                }
            }
            case AMRAP -> d.note(b.minutes() == null ? "AMRAP" : "AMRAP " + b.minutes() + " min");
            case FOR_TIME -> d.note("for time");
            case EMOM -> d.note(b.minutes() == null ? "EMOM" : (b.interval() != null && b.interval() > 1
                    ? "E" + b.interval() + "MOM " : "EMOM ") + b.minutes() + " min");
        }
    }

    private void closeBlock() {
        if (block == null) return;
        Heading.Block b = block.spec;
        // EMOM: exercises alternate minute by minute, so each is done minutes / (interval x count) times
        if (b.kind() == Heading.Block.Kind.EMOM && b.minutes() != null && !block.members.isEmpty()) {
            int interval = b.interval() == null ? 1 : b.interval();
            int slots = b.minutes() / interval;
            int k = block.members.size();
            if (slots >= k && slots % k == 0) {
                for (ExerciseDraft d : block.members) if (d.sets == null) d.sets = slots / k;
            }
        }
        block = null;
    }

    private String nextLabel() {
        for (char c = 'A'; c <= 'Z'; c++) {
            String s = String.valueOf(c);
            if (!day.labelsUsed.contains(s)) return s;
        }
        return "Z";
    }

    private void ensureDay() {
        if (day == null) {
            day = new Day(null, week);
        }
    }

    private void openDay(String label) {
        closeDay();
        day = new Day(label, week);
    }

    private void closeDay() {
        closeBlock();
        if (day == null) return;
        if (!day.exercises.isEmpty()) {
            finishSupersets(day);
            for (ExerciseDraft d : day.exercises) {
                if (d.restSeconds == null && day.restDefault != null) d.restSeconds = day.restDefault;
            }
            days.add(day);
        }
        day = null;
    }

    /** A superset of one is no superset: "A1. Squat" with no A2 is just numbering. */
    private static void finishSupersets(Day day) {
        Map<String, Integer> counts = new HashMap<>();
        for (ExerciseDraft d : day.exercises) {
            if (d.superset != null) counts.merge(d.superset, 1, Integer::sum);
        }
        for (ExerciseDraft d : day.exercises) {
            if (d.superset != null && counts.get(d.superset) < 2) d.superset = null;
        }
    }

    /** A name line not followed by quantities: an exercise without numbers if it names one, else prose. */
    private void flushCandidate() {
        if (candidate == null) return;
        Candidate c = candidate;
        candidate = null;
        if (c.markdown) {
            set(c.index, LineKind.HEADING, null);
            return;
        }
        if (c.firstLine && !c.bulleted) {
            // "KB Session", "legs tmrw": a first line without numbers names the plan, not an exercise
            title = c.draft.text;
            set(c.index, LineKind.HEADING, null);
            return;
        }
        if (c.vocab) {
            ExerciseDraft d = c.draft;
            d.certainty = Math.min(d.certainty, 0.6);
            d.note("no sets or reps given");
            ensureDay();
            anyContent = true;
            day.exercises.add(d);
            set(c.index, LineKind.EXERCISE, null);
        } else {
            set(c.index, LineKind.PROSE, "short text without plan notation");
        }
    }

    private static final java.util.regex.Pattern KG_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:kgs?|kilos?|kilograms?|kilogrammes?)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern LB_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:lbs?|pounds?)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The load unit of the whole text when it writes one ("in pounds", "18lbs") and never the other, else null. */
    private static String textUnit(String[] lines) {
        boolean kg = false;
        boolean lb = false;
        for (String l : lines) {
            if (l.length() > 2000) continue;
            if (!kg && KG_WORD.matcher(l).find()) kg = true;
            if (!lb && LB_WORD.matcher(l).find()) lb = true;
            if (kg && lb) return null;
        }
        return kg ? "kg" : lb ? "lb" : null;
    }

    private void set(int index, LineKind kind, String reason) {
        readings[index] = new LineReading(index + 1, raw[index], kind, reason);
    }

    ParseResult finish() {
        flushCandidate();
        closeDay();
        List<ParsedDay> out = new ArrayList<>();
        String textUnit = days.isEmpty() ? null : textUnit(raw);
        for (Day d : days) {
            List<ParsedExercise> exs = new ArrayList<>();
            for (ExerciseDraft e : d.exercises) {
                if (e.restSeconds == null && planRestDefault != null) e.restSeconds = planRestDefault;
                if (e.unit == null && textUnit != null && !e.weights.isEmpty()) e.unit = textUnit;
                exs.add(e.build());
            }
            out.add(new ParsedDay(d.label, d.week, exs));
        }
        List<LineReading> lines = new ArrayList<>(readings.length);
        for (int i = 0; i < readings.length; i++) {
            // defensive: a line no rule touched is reported, never dropped
            lines.add(readings[i] != null ? readings[i]
                    : new LineReading(i + 1, raw[i], LineKind.UNREAD, "not reached by any rule"));
        }
        return new ParseResult(title, out, lines);
    }
}
