package com.workoutplanparser.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for any text, not just well-formed plans: the parser never throws, and every input
 * line gets exactly one reading, so no line is lost silently; a line carrying a set/rep notation is never
 * dismissed as prose.
 */
class RuleParserPropertiesTest {

    private static final RuleParser PARSER = new RuleParser();
    private static final List<String> CORPUS = ParserCorpus.load().stream().map(ParserCorpus.Plan::text).toList();
    /** "3x8", "4 x 10": a line with this is plan content, whatever else it holds. */
    private static final Pattern SETS_X_REPS = Pattern.compile("(?<![\\p{L}\\d.])[1-9]\\s?[x×]\\s?[1-9]\\d?(?![\\d.])");

    @Property(tries = 300)
    void randomTextNeverThrowsAndAccountsForEveryLine(@ForAll("randomText") String text) {
        checkInvariants(text);
    }

    @Property(tries = 400)
    void mutatedPlansNeverThrowAndAccountForEveryLine(@ForAll("mutatedPlan") String text) {
        ParseResult r = checkInvariants(text);
        // a mutated plan still carries its notations: those lines are read or reported, never called prose
        List<String> lines = TextLines.split(text);
        for (LineReading l : r.lines()) {
            String line = TextLines.normalise(lines.get(l.lineNumber() - 1));
            // a Liftoscript template ("used: none") is read as a template, not as an exercise: its sets reach
            // the exercises that reuse it, and the line itself is recorded with that reason
            boolean template = l.kind() == LineKind.PROSE && ("Liftoscript template (used: none)".equals(l.reason())
                    // a mutation that deletes a script's closing "~}" leaves the lines after it inside the script
                    || "Liftoscript progression script".equals(l.reason())
                    // a duplicated span can put a mail's "Subject:" before an exercise line: a header is prose by rule
                    || "e-mail header".equals(l.reason()));
            if (SETS_X_REPS.matcher(line).find() && line.length() <= ExerciseLineReader.MAX_LINE && !template) {
                assertThat(l.kind()).as("line %d '%s'", l.lineNumber(), line)
                        .isIn(LineKind.EXERCISE, LineKind.UNREAD, LineKind.HEADING);
            }
        }
    }

    @Property(tries = 200)
    void parsingIsDeterministic(@ForAll("mutatedPlan") String text) {
        assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text));
    }

    @Property(tries = 50)
    void exercisesOnlyComeFromReadLines(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        String text = CORPUS.get(seed % CORPUS.size());
        ParseResult r = PARSER.parse(text);
        for (ParsedExercise e : r.exercises()) {
            if (e.lineNumber() > 0) {
                LineKind kind = r.lines().get(e.lineNumber() - 1).kind();
                assertThat(kind).as("line of '%s'", e.name()).isIn(LineKind.EXERCISE, LineKind.HEADING);
            }
        }
    }

    static ParseResult checkInvariants(String text) {
        ParseResult r = PARSER.parse(text);
        List<String> lines = TextLines.split(text);
        assertThat(r.lines()).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineReading l = r.lines().get(i);
            assertThat(l.lineNumber()).isEqualTo(i + 1);
            assertThat(l.text()).isEqualTo(lines.get(i));
            assertThat(l.kind()).isNotNull();
            if (l.kind() == LineKind.PROSE || l.kind() == LineKind.UNREAD) {
                assertThat(l.reason()).as("reason for line %d", i + 1).isNotBlank();
            }
            if (l.kind() == LineKind.BLANK) {
                assertThat(RuleParser.isBlank(TextLines.normalise(lines.get(i))) || isTableSeparator(lines.get(i)))
                        .as("blank line %d '%s'", i + 1, lines.get(i)).isTrue();
            }
        }
        for (ParsedExercise e : r.exercises()) {
            assertThat(e.name()).isNotBlank();
            assertThat(e.certainty()).isBetween(0.0, 1.0);
            assertThat(e.lineNumber()).isBetween(0, lines.size());
            if (e.sets() != null) assertThat(e.sets()).isPositive();
            for (Double w : e.weights()) assertThat(w).isNotNull().isFinite();
        }
        assertThat(r.isWorkout()).isEqualTo(!r.exercises().isEmpty());
        return r;
    }

    private static boolean isTableSeparator(String line) {
        return line.strip().matches("\\|?\\s?:?-{2,}.*");
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("3x8", "5 x 5", "@", "RPE", "8", "kg", "lbs", "%", "rest", "90s", "Day 1", "Week 2",
                        "Squat", "Bench", ":", "-", "|", ",", ";", "\"", "A1.", "21-15-9", "EMOM", "AMRAP 12 min",
                        "3 rounds of:", "\t", "\u00A0", "×", "½", "\r", "\n", "\r\n", "x", "0", "999999999",
                        "3-1-1-0", "(", ")", "séries", "Sätze", "Wdh.", "# Title", "**", "Exercise,Sets,Reps",
                        "|---|---|", "Set Order", "superset:", "€", "\u202E", "😀", "\u0000"));
        return token.list().ofMaxSize(60).map(ts -> String.join(" ", ts));
    }

    @Provide
    Arbitrary<String> mutatedPlan() {
        Arbitrary<String> plan = Arbitraries.of(CORPUS);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 12);
        return Combinators.combine(plan, seed, count).as(RuleParserPropertiesTest::mutate);
    }

    /** Typos, deleted and duplicated characters, swapped and dropped lines, CRLF, tabs, NBSP, odd unicode. */
    static String mutate(String text, long seed, int mutations) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(text);
        String noise = "x×@%:-|,;.\t\u00A0½0123456789aeiouKGLB\r\n#*()[]/+ ";
        for (int m = 0; m < mutations && sb.length() > 0; m++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(6)) {
                case 0 -> sb.insert(at, noise.charAt(rnd.nextInt(noise.length())));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, noise.charAt(rnd.nextInt(noise.length())));
                case 3 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + rnd.nextInt(40))));
                case 4 -> {
                    List<String> lines = new ArrayList<>(TextLines.split(sb.toString()));
                    if (lines.size() > 1) {
                        int a = rnd.nextInt(lines.size());
                        int b = rnd.nextInt(lines.size());
                        String t = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, t);
                    }
                    sb = new StringBuilder(String.join(rnd.nextBoolean() ? "\n" : "\r\n", lines));
                }
                default -> sb.insert(at, "\u00A0\t");
            }
        }
        return sb.toString();
    }
}
