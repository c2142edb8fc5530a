package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "**Accessories (4x10 each):**": a section heading whose sets x reps hold for every exercise listed under it that
 * writes none of its own, until a blank line or the next heading. One per parse: it carries the open section.
 */
final class SectionDefaults {

    private static final Pattern HEADER = Pattern.compile(
            "^[*_#\\s]*([^*_()]{2,40}?)\\s*\\(\\s*(\\d{1,2})\\s*[x×]\\s*(\\d{1,3}(?:\\s?-\\s?\\d{1,3})?)\\s+"
                    + "(?:cada|each|jeweils|chacun|chaque|c/u|por ejercicio|per exercise|pro übung)\\s*\\)\\s*:?[*_\\s]*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Integer sets;
    private String reps;

    /** The section's label when the line is such a heading (its defaults are then open), else null. */
    String open(String norm) {
        if (norm.length() > 80 || norm.indexOf('(') < 0) return null;
        Matcher m = HEADER.matcher(norm);
        if (!m.matches()) return null;
        sets = Integer.parseInt(m.group(2));
        reps = m.group(3).replace(" ", "");
        return m.group(1).strip();
    }

    void close() {
        sets = null;
        reps = null;
    }

    /** Gives an exercise line without sets or reps the section's; a bare name then reads as a whole exercise. */
    LineRead apply(LineRead r) {
        if (sets == null || r.draft() == null || r.draft().name == null) return r;
        if (r.status() != LineRead.Status.EXERCISE && r.status() != LineRead.Status.NAME_ONLY) return r;
        ExerciseDraft d = r.draft();
        if (d.sets != null || !d.reps.isEmpty()) return r;
        d.sets = sets;
        d.reps.add(reps);
        return new LineRead(LineRead.Status.EXERCISE, d, null, r.bulleted());
    }
}
