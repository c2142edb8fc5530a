package com.workoutplanparser.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a line says besides the name, in any letter case: the words the patterns need are looked for first. */
class MatchContextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // line                  | block        | calories | loaded | bodyweight setting
            "Bench Press: 3x8        | Day 1        | -        | false  | false",
            "Row 20 CAL              | -            | 20       | false  | false",
            "Bike 15 kcal            | -            | 15       | false  | false",
            "Squat 2x24KG            | -            | -        | true   | false",
            "Thrusters 95/65         | -            | -        | true   | false",
            "Bench 5 @ 8             | -            | -        | true   | false",
            "Clean 3x2 1 Pood        | -            | -        | true   | false",
            "BW squats               | -            | -        | false  | true",
            "Air Squat 20            | -            | -        | false  | true",
            "Push-ups, Body Weight   | -            | -        | false  | true",
            "Lunges 20               | 5 Rounds For Time | -   | false  | true",
            "Burpees 10              | E2MOM 10     | -        | false  | true",
            "Burpees 10              | Met-Con      | -        | false  | true",
            "Airplane 10             | Strength     | -        | false  | false",
            "Wall balls 20           | Finisher     | -        | false  | true"})
    void readsTheLineAndItsBlock(String line, String block, Integer calories, boolean loaded, boolean bodyweight) {
        MatchContext c = MatchContext.of(null, null, null, null, List.of(), block, line);
        assertThat(c.calories()).isEqualTo(calories);
        assertThat(c.loaded()).isEqualTo(loaded);
        assertThat(c.bodyweightSetting()).isEqualTo(bodyweight);
    }
}
