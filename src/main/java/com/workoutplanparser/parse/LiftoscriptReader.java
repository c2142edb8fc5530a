package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liftoscript, the text syntax of Liftosaur programs: {@code # Week 1}, {@code ## Day 1}, then one exercise per line,
 * fields separated by " / ":
 *
 * <pre>
 * main / used: none / 2x5, 1x5+ / 75% / 180s      a template (never an exercise)
 * t1: Squat[1-4] / ...main / 95lb                 label, week range, template reuse, own weight
 * Bench Press, Dumbbell / 3x8-12 @8 / 30lb / 90s / progress: dp(5lb, 8, 12) {~ ... ~}
 * </pre>
 *
 * One set list ("1x5 58%, 1x5 67%, 1x5+ 76%") is one exercise with per-set lists; later " / "-separated set lists
 * are variations Liftosaur switches to by script, so only the first counts. {@code progress:}, {@code warmup:},
 * {@code update:}, {@code id:} fields and {@code {~ ~}} script blocks describe progressions, not sets.
 *
 * <p>One instance per parse: it holds the templates of that text.
 */
final class LiftoscriptReader {

    /** "Name / field": a short name, then at least one field that starts like a Liftoscript field. */
    private static final Pattern EXERCISE_LINE = Pattern.compile(
            "^[^/#]{1,80}?\\s/\\s(?:\\.\\.\\.|used:|\\[|\\d{1,2}\\s?x\\s?\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_FIELD = Pattern.compile(
            "^(progress|warmup|warmups|used|update|id|superset|description|descriptions|tags?|rm1|format)\\s?:\\s?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE_REF = Pattern.compile("^\\.\\.\\.\\s?([\\p{L}\\d_ ]{1,40}?)(?:\\[(\\d{1,2})\\])?$");
    private static final Pattern PROGRAM_HEADING = Pattern.compile("^#{1,2}\\s+\\S");
    private static final Pattern WEEK_RANGE = Pattern.compile("\\[\\s?\\d{1,2}(?:\\s?-\\s?\\d{1,2})?\\s?\\]");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[\\p{L}\\d_-]{1,15}:\\s");
    private static final List<String> EQUIPMENT = List.of("barbell", "dumbbell", "cable", "kettlebell", "band",
            "bodyweight", "smith machine", "leverage machine", "ez bar", "trap bar", "machine", "ez-bar");

    private record Template(String name, int week, int day, LiftoscriptSets.Spec spec) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final java.util.Set<String> templateNames = new java.util.HashSet<>();
    /** Each line without its {~ ~} script parts; and whether the line held script. */
    private final String[] code;
    private final boolean[] script;
    /** Week ordinal and day within the week of each line, for "...main[2]" and same-day templates. */
    private final int[] weekOf;
    private final int[] dayOf;
    private int week;
    private int day;

    private LiftoscriptReader(List<String> raw) {
        int n = raw.size();
        code = new String[n];
        script = new boolean[n];
        weekOf = new int[n];
        dayOf = new int[n];
        boolean in = false;
        int w = 0;
        int d = 0;
        for (int i = 0; i < n; i++) {
            String r = raw.get(i);
            StringBuilder sb = new StringBuilder(r.length());
            boolean touched = in;
            for (int j = 0; j < r.length(); j++) {
                char c = r.charAt(j);
                char next = j + 1 < r.length() ? r.charAt(j + 1) : 0;
                if (!in && c == '{' && next == '~') {
                    in = true;
                    touched = true;
                    j++;
                } else if (in && c == '~' && next == '}') {
                    in = false;
                    j++;
                } else if (!in) {
                    sb.append(c);
                }
            }
            String l = TextLines.normalise(sb.toString());
            if (l.endsWith("\\")) l = l.substring(0, l.length() - 1).strip();
            code[i] = l;
            script[i] = touched;
            if (l.startsWith("# ")) {
                w++;
                d = 0;
            } else if (l.startsWith("## ")) {
                d++;
            }
            weekOf[i] = w;
            dayOf[i] = d;
        }
    }

    /** A reader for the text when it is Liftoscript (two or more exercise lines, or a template), else null. */
    static LiftoscriptReader forText(List<String> raw) {
        int lines = 0;
        boolean template = false;
        boolean headings = false;
        for (String r : raw) {
            String l = r.strip();
            if (l.indexOf('/') >= 0 && EXERCISE_LINE.matcher(l).find()) { // "Squat / 3x5": no slash, no exercise line
                lines++;
                if (l.contains("used: none")) template = true;
            } else if (l.startsWith("#") && PROGRAM_HEADING.matcher(l).find()) {
                headings = true;
            }
        }
        // One 'Name / 3x8' line alone could be anyone's note; under a '# Week' or '## Day' heading it is a program
        // (a one-exercise day, as Liftosaur itself exports it).
        if (lines < 2 && !template && !(lines == 1 && headings)) return null;
        LiftoscriptReader reader = new LiftoscriptReader(raw);
        reader.collectTemplates();
        return reader;
    }

    /** A name declared "used: none" is a template wherever it is written; each day may redefine it. */
    private void collectTemplates() {
        for (String l : code) {
            if (!EXERCISE_LINE.matcher(l).find()) continue;
            List<String> fields = fields(l);
            if (fields.stream().anyMatch(LiftoscriptReader::unused)) templateNames.add(key(fields.get(0)));
        }
        for (int i = 0; i < code.length; i++) {
            if (!EXERCISE_LINE.matcher(code[i]).find()) continue;
            List<String> fields = fields(code[i]);
            if (templateNames.contains(key(fields.get(0)))) {
                templates.add(new Template(key(fields.get(0)), weekOf[i], dayOf[i], spec(fields, false)));
            }
        }
    }

    private static boolean unused(String field) {
        return field.toLowerCase(Locale.ROOT).matches("used\\s?:\\s?none");
    }

    private static String key(String nameField) {
        return name(nameField).toLowerCase(Locale.ROOT);
    }

    /** Reads the line when it is Liftoscript structure or an exercise line; false leaves it to the ordinary rules. */
    boolean readLine(PlanAssembler plan, int index, String norm) {
        String l = code[index];
        week = weekOf[index];
        day = dayOf[index];
        if (l.isEmpty() && script[index]) {
            plan.prose(index, "Liftoscript progression script");
            return true;
        }
        if (l.startsWith("/") && !l.startsWith("//")) {
            plan.prose(index, "Liftoscript fields continued from the line before");
            return true;
        }
        if (l.startsWith("//")) {
            plan.prose(index, "Liftoscript comment");
            return true;
        }
        if (l.startsWith("## ")) {
            plan.heading(index, new Heading(Heading.Type.DAY, heading(l), null, null, null));
            return true;
        }
        if (l.startsWith("# ")) {
            plan.heading(index, new Heading(Heading.Type.WEEK, heading(l), null, null, null));
            return true;
        }
        if (!EXERCISE_LINE.matcher(l).find()) return false;
        List<String> fields = fields(l);
        if (templateNames.contains(key(fields.get(0)))) {
            plan.prose(index, "Liftoscript template (used: none)");
            return true;
        }
        ExerciseDraft d = new ExerciseDraft();
        d.text = norm.strip();
        d.lineNumber = index + 1;
        d.name = matcherName(name(fields.get(0)));
        if (d.name.isEmpty()) return false;
        LiftoscriptSets.apply(spec(fields, true), d);
        for (String f : fields) {
            Matcher k = KEY_FIELD.matcher(f);
            if (k.matches() && k.group(1).equalsIgnoreCase("superset")) d.superset = k.group(2).strip();
        }
        plan.read(index, new LineRead(LineRead.Status.EXERCISE, d, null, false), null, null, norm);
        return true;
    }

    private static String heading(String l) {
        return l.replaceFirst("^#+\\s*", "").strip();
    }

    private static List<String> fields(String l) {
        List<String> out = new ArrayList<>();
        for (String f : l.split("\\s/\\s")) {
            String s = f.strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** The name as written, minus "t1:"-style labels and "[1-4]" week ranges. */
    private static String name(String field) {
        String n = WEEK_RANGE.matcher(field).replaceAll(" ");
        n = LABEL_PREFIX.matcher(n.strip()).replaceFirst("");
        return n.replaceAll("\\s+", " ").strip();
    }

    /** "Bench Press, Dumbbell" is Liftosaur's way to name equipment: the matcher reads "Dumbbell Bench Press". */
    static String matcherName(String name) {
        int comma = name.lastIndexOf(',');
        if (comma < 0) return name;
        String equipment = name.substring(comma + 1).strip();
        if (!EQUIPMENT.contains(equipment.toLowerCase(Locale.ROOT))) return name;
        return equipment + " " + name.substring(0, comma).strip();
    }

    /** The prescription of a line's fields: its own first set list and loads, over a template it reuses. */
    private LiftoscriptSets.Spec spec(List<String> fields, boolean resolve) {
        LiftoscriptSets.Spec own = new LiftoscriptSets.Spec();
        LiftoscriptSets.Spec base = null;
        boolean setsRead = false;
        for (int i = 1; i < fields.size(); i++) {
            String f = fields.get(i);
            if (KEY_FIELD.matcher(f).matches()) continue;
            Matcher t = TEMPLATE_REF.matcher(f);
            if (t.matches()) {
                if (resolve) base = template(t.group(1).strip(), t.group(2));
                continue;
            }
            String rest = WEEK_RANGE.matcher(f).replaceAll(" ");
            if (LiftoscriptSets.SET_GROUP.matcher(rest).find()) {
                if (!setsRead) LiftoscriptSets.readSetList(rest, own);
                setsRead = true;
                continue;
            }
            LiftoscriptSets.readLoads(rest, own);
        }
        return base == null ? own : LiftoscriptSets.merge(base, own);
    }

    /** The template a "...name" reuses: "[N]" names the day of this week; else the same day's, the last before, the first. */
    private LiftoscriptSets.Spec template(String name, String dayRef) {
        String key = name.toLowerCase(Locale.ROOT);
        int wanted = dayRef == null ? day : Integer.parseInt(dayRef);
        Template sameDay = null;
        Template before = null;
        Template any = null;
        for (Template t : templates) {
            if (!t.name.equals(key)) continue;
            if (any == null) any = t;
            if (t.day == wanted && (t.week == week || sameDay == null)) sameDay = t;
            if (t.week < week || (t.week == week && t.day <= day)) before = t;
        }
        Template chosen = sameDay != null ? sameDay : before != null ? before : any;
        return chosen == null ? null : chosen.spec;
    }
}
