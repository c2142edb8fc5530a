/**
 * The deterministic rule parser: reads the notations coaches actually write, at no LLM cost.
 *
 * <p>{@link com.workoutplanparser.parse.RuleParser} reads a text line by line; each line gets exactly one
 * {@link com.workoutplanparser.parse.LineReading}. The pieces, in the order a line meets them:
 * <ul>
 *   <li>{@code TextLines} — splits (CRLF/CR/LF) and normalises (NBSP, tabs, ×, dashes, ½) each line;</li>
 *   <li>{@code TableReader} + {@code TableColumns} — markdown tables and CSV exports (Strong, Hevy, spreadsheets),
 *       recognised by their header, read cell by cell; one-row-per-set exports are grouped back into exercises;</li>
 *   <li>{@code ProseDetector} — greetings, sign-offs, e-mail headers; later also decides PROSE vs UNREAD for
 *       lines nothing could read (UNREAD only when the line carries plan notation);</li>
 *   <li>{@code HeadingReader} — weeks, days, rest days, sections and blocks (circuits, supersets, EMOM, AMRAP,
 *       21-15-9), including "Tuesday: Run 5k" and "Warm-up: 5 min bike" where the heading carries an exercise;</li>
 *   <li>{@code ExerciseLineReader} — the set/rep notations: small bounded patterns run in a fixed order, each
 *       masking what it read, the unmasked rest being the name; uses {@code Quantities} and {@code Vocabulary};</li>
 *   <li>{@code PlanAssembler} — the structure: title, week, day, block context (rounds become sets), names
 *       waiting for their sets on the next lines, rest written once for the day, supersets of one dropped.</li>
 * </ul>
 * Certainty starts at 1 and drops for each guess (a load without unit, a bare number taken as reps, unexplained
 * words, a name that holds no exercise word, a name without sets: 0.6).
 *
 * <p>Quality is measured by {@code RuleParserCorpusTest} on src/test/resources/parser-corpus; speed by
 * {@code ParserBenchmark} ({@code mvn -o -Pbench -Dbench=ParserBenchmark}).
 */
package com.workoutplanparser.parse;
