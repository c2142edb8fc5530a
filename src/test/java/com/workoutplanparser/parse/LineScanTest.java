package com.workoutplanparser.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scan's search shortcuts find exactly what a search from the start of the line finds. */
class LineScanTest {

    /** Starts with a digit, behind a look-behind that must still see the name before the region. */
    private static final Pattern COUNT = Pattern.compile(LinePatterns.BS + "(\\d{1,2})\\s?[x*]\\s?(\\d{1,3})",
            LinePatterns.F);

    private static List<String> found(String line, boolean fromFirstDigit) {
        LineScan s = new LineScan(line, 1);
        List<String> out = new ArrayList<>();
        if (fromFirstDigit) {
            s.eachNumber(COUNT, m -> { out.add(m.start() + ":" + m.group()); return m.end(); });
        } else {
            s.each(COUNT, m -> { out.add(m.start() + ":" + m.group()); return m.end(); });
        }
        out.add("left:" + s.work.replace(LineScan.MASK, '_'));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bench Press: 3x8", "Squat 5x5, 3x3", "Row A12x3 then 4x10", "Curl", "x12 3x8",
            "Deadlift 1 x 5 @ 100kg", "5x5", "Press9x3 2x2", ""})
    void fromTheFirstDigitFindsWhatTheWholeLineFinds(String line) {
        assertThat(found(line, true)).isEqualTo(found(line, false));
    }

    @Test
    void theLookBehindStillSeesTheLetterBeforeTheFirstDigit() {
        // "A12x3": 12x3 follows a letter, so it is no count; the search from its digit must not forget that
        assertThat(found("Row A12x3 then 4x10", true)).containsExactly("15:4x10", "left:Row A12x3 then ____");
    }

    /** A match may start four characters before its digit ("rpe 8"), behind a look-behind that sees the text before. */
    private static final Pattern RPE_OR_COUNT = Pattern.compile(
            LinePatterns.BS + "\\d{1,2}\\s?x\\s?\\d|(?<![\\p{L}])rpe\\s?\\d", LinePatterns.F);

    @ParameterizedTest
    @ValueSource(strings = {"Squat RPE 8", "Squat rpe8", "Squat @RPE 8", "SquatRPE 8", "Bench 3x8", "Press9x3",
            "Row A12x3", "no numbers at all", "", "8", "rpe"})
    void findNearDigitFindsWhatAWholeTextSearchFinds(String text) {
        assertThat(LinePatterns.findNearDigit(RPE_OR_COUNT, text, "rpe ".length()))
                .isEqualTo(RPE_OR_COUNT.matcher(text).find());
    }
}
