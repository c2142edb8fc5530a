package com.workoutplanparser.parse;

import java.util.List;

/**
 * Deterministic parser for the notations coaches actually write. Plain Java: no Camel, no Spring.
 *
 * <p>Reads a text line by line. Tables (markdown, CSV exports from Strong or Hevy) are recognised by their header
 * and read as blocks; every other line is tried, in order, as blank, obvious prose (greeting, sign-off, e-mail
 * header), heading (week, day, section, circuit), exercise line, title, or a name waiting for its sets on the next
 * line. What none of these read becomes PROSE when it carries no plan notation and UNREAD when it does, so the
 * pipeline can send exactly those lines to the LLM or a reviewer.
 *
 * <p>Stateless and thread-safe: per-parse state lives in a {@link PlanAssembler} created for each call.
 */
public class RuleParser {

    private final ExerciseLineReader lineReader = new ExerciseLineReader();
    private final HeadingReader headingReader = new HeadingReader();
    private final ProseDetector prose = new ProseDetector();
    private final TableReader tableReader = new TableReader(lineReader);

    public ParseResult parse(String text) {
        List<String> raw = TextLines.split(text);
        PlanAssembler plan = new PlanAssembler(raw);
        LiftoscriptReader liftoscript = LiftoscriptReader.forText(raw);
        SectionDefaults section = new SectionDefaults();
        int i = 0;
        while (i < raw.size()) {
            String norm = TextLines.normalise(raw.get(i));
            if (liftoscript != null && liftoscript.readLine(plan, i, norm)) {
                i++;
                continue;
            }
            int tableEnd = tableReader.readTable(raw, i, norm, plan);
            if (tableEnd > i) {
                i = tableEnd;
                continue;
            }
            readLine(plan, i, norm, section);
            i++;
        }
        return plan.finish();
    }

    private void readLine(PlanAssembler plan, int index, String norm, SectionDefaults section) {
        if (isBlank(norm)) {
            section.close();
            plan.blank(index);
            return;
        }
        String obvious = prose.obviousProse(norm);
        if (obvious != null) {
            plan.prose(index, obvious);
            return;
        }
        String sectionLabel = section.open(norm);
        if (sectionLabel != null) {
            plan.heading(index, new Heading(Heading.Type.SECTION, sectionLabel, null, null, null));
            return;
        }
        if (norm.length() <= 120) {
            Heading h = headingReader.read(norm);
            if (h != null) section.close();
            if (h != null && h.type() != Heading.Type.MARKDOWN) {
                plan.heading(index, h);
                if ((h.type() == Heading.Type.DAY || h.type() == Heading.Type.BLOCK) && h.remainder() != null) {
                    if (!readSeveral(plan, index, h.remainder(), norm)) {
                        plan.read(index, lineReader.read(h.remainder(), index + 1), null, prose, norm);
                    }
                } else if (h.type() == Heading.Type.SECTION && h.remainder() != null) {
                    // "Warm-up: 5 min row": the section and its first exercise on one line
                    LineRead r = lineReader.read(h.remainder(), index + 1);
                    if (r.status() != LineRead.Status.SENTENCE && r.status() != LineRead.Status.NOTHING) {
                        plan.read(index, r, h.label(), prose, norm);
                    }
                }
                return;
            }
            if (h != null) {
                markdownHeading(plan, index, h.label());
                return;
            }
        }
        if (isTitle(plan, norm) && !HeadingReader.hasNotation(norm)) {
            plan.title(index, HeadingReader.stripColon(HeadingReader.undecorate(norm)));
            return;
        }
        if (readSeveral(plan, index, norm, norm)) {
            return;
        }
        LineRead r = section.apply(lineReader.read(norm, index + 1));
        plan.read(index, r, null, prose, norm);
    }

    /**
     * "Squat 4x4 @ 80%, Bench 4x5 @ 75%": several exercises on one line. Split only when every part reads as an
     * exercise with its own name, so "Squat 100kg x 5, 105kg x 5" (one exercise, several sets) stays whole.
     */
    private boolean readSeveral(PlanAssembler plan, int index, String text, String norm) {
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0) return false;
        String[] parts = text.split("[,;]\\s");
        if (parts.length < 2 || parts.length > 8) return false;
        List<LineRead> reads = new java.util.ArrayList<>();
        for (String part : parts) {
            LineRead r = lineReader.read(part.strip(), index + 1);
            if (r.status() != LineRead.Status.EXERCISE || r.draft().sets == null) return false;
            reads.add(r);
        }
        for (LineRead r : reads) {
            r.draft().text = text.strip();
            plan.read(index, r, null, prose, norm);
        }
        return true;
    }

    private void markdownHeading(PlanAssembler plan, int index, String label) {
        if (!plan.hasTitle() && plan.beforeContent()) {
            plan.title(index, label);
        } else if (Vocabulary.hasExerciseWord(label) && Vocabulary.words(label).size() <= 5) {
            plan.markdownCandidate(index, NameHygiene.withoutListNumber(label));
        } else {
            plan.heading(index, new Heading(Heading.Type.SECTION, label, null, null, null));
        }
    }

    /** A short line naming a program ("12-Week Strength Program") before the plan starts. */
    private boolean isTitle(PlanAssembler plan, String norm) {
        if (plan.hasTitle() || !plan.beforeContent()) return false;
        String t = HeadingReader.stripColon(HeadingReader.undecorate(norm));
        List<String> ws = Vocabulary.words(t);
        if (ws.isEmpty() || ws.size() > 10 || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) return false;
        if (Vocabulary.sentenceWordCount(ws) > 0) return false;
        for (String w : ws) {
            if (Vocabulary.TITLE_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** Empty, or decoration only ("-----", "***", "```", "|---|---|", an empty CSV row ",,,"). */
    static boolean isBlank(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            if ("-=*_~#|`:+. ,;\"'".indexOf(c) < 0) return false;
        }
        return true;
    }
}
