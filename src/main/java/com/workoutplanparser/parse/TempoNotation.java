package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;

/** Tempo: "tempo 3-1-1-0", "tempo 31X0", or a bare four-part "3-0-1-0". Runs first: its dashes look like a rep scheme. */
final class TempoNotation implements NotationReader {

    private static final Pattern TEMPO_KW = Pattern.compile(BS + "tempo\\s?[:=]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])" + BE, F);
    private static final Pattern TEMPO = Pattern.compile("(?<![\\p{L}\\d.,/-])([0-9xX])-([0-9xX])-([0-9xX])-([0-9xX])(?![\\p{L}\\d.,/-])");

    @Override
    public boolean mayAppear(LineScan s) {
        return s.hasDash || s.has("tempo");
    }

    @Override
    public void read(LineScan s) {
        if (s.has("tempo")) s.each(TEMPO_KW, m -> {
            s.d.tempo = (m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4)).toUpperCase();
            return m.end();
        });
        if (s.hasDash) s.each(TEMPO, m -> {
            if (s.d.tempo != null) return -1;
            s.d.tempo = (m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4)).toUpperCase();
            return m.end();
        });
    }
}
