package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

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
    private PlanDay day;
    private final List<PlanDay> days = new ArrayList<>();
    private PlanBlock block;
    /** A name-only line that may be followed by nameless quantity lines ("Squat" then "5x5 @ 75%"). */
    private Candidate candidate;
    /** The exercise read from the previous content line (null after a blank line or heading). */
    private ExerciseDraft previous;
    /** The name nameless lines continue with after a candidate was used. */
    private String continuationName;
    private Integer planRestDefault;
    private boolean anyContent;

    private record Candidate(String name, int index, boolean vocab, boolean bulleted, boolean markdown, ExerciseDraft draft, boolean firstLine) { }

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
                if (label == null || day.labelsUsed.contains(label)) label = day.nextLabel();
                day.labelsUsed.add(label);
                block = new PlanBlock(h.block(), label);
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
        if (d.perSetField && previous != null) { previous.takePerSetField(d); set(index, LineKind.EXERCISE, null); return; }
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

    /** A new logged session in an export: a new day even when it has the previous one's name ("Push" twice). */
    void tableSession(String label) { flushCandidate(); openDay(label); }
    /** A free superset letter of the current day, for a group a table writes set by set. */
    String tableGroupLabel() { ensureDay(); String l = day.nextLabel(); day.labelsUsed.add(l); return l; }

    void tableLine(int index, LineKind kind, String reason) {
        set(index, kind, reason);
    }

    // ---- structure

    private void add(int index, ExerciseDraft d) {
        ensureDay();
        anyContent = true;
        if (block != null) {
            if (d.superset == null) d.superset = block.label;
            BlockRules.apply(block.spec, d);
            block.members.add(d);
        } else {
            if (d.superset != null) day.labelsUsed.add(d.superset);
            if (d.oneBareValue && d.sets == null) d.sets = 1;
        }
        day.exercises.add(d);
        previous = d;
        set(index, LineKind.EXERCISE, null);
    }

    private void closeBlock() {
        if (block == null) return;
        BlockRules.close(block.spec, block.members);
        block = null;
    }

    private void ensureDay() {
        if (day == null) {
            day = new PlanDay(null, week);
        }
    }

    private void openDay(String label) {
        closeDay();
        day = new PlanDay(label, week);
    }

    private void closeDay() {
        closeBlock();
        if (day == null) return;
        if (!day.exercises.isEmpty()) {
            BlockRules.dropSupersetsOfOne(day.exercises);
            for (ExerciseDraft d : day.exercises) {
                if (d.restSeconds == null && day.restDefault != null) d.restSeconds = day.restDefault;
            }
            days.add(day);
        }
        day = null;
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

    private void set(int index, LineKind kind, String reason) {
        readings[index] = new LineReading(index + 1, raw[index], kind, reason);
    }

    ParseResult finish() {
        flushCandidate();
        closeDay();
        List<ParsedDay> out = new ArrayList<>();
        String textUnit = days.isEmpty() ? null : TextUnit.of(raw);
        for (PlanDay d : days) {
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
