package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The set fields of a Liftoscript line: "2x5, 1x5+", "1x5 58%, 1x5 67%", "3x8-12 @8", "95lb", "75%", "180s";
 * a template's prescription merged under a line's own; and the result written into an exercise draft.
 */
final class LiftoscriptSets {

    private LiftoscriptSets() {
    }

    static final Pattern SET_GROUP = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?x\\s?(\\d{1,3})(?:\\s?-\\s?(\\d{1,3}))?(\\+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d{1,3})?)\\s?(lbs?|kgs?)\\+?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s?%");
    private static final Pattern RPE = Pattern.compile("@\\s?(\\d{1,2}(?:\\.\\d)?)\\+?");
    private static final Pattern TIMER = Pattern.compile("(?<![\\d.])(\\d{1,4})\\s?(s|sec|m|min)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** What a set field and its neighbours prescribe; null or empty where the text says nothing. */
    static final class Spec {
        final List<String> reps = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        final List<Double> percents = new ArrayList<>();
        Double weight;
        String unit;
        Double percent;
        Double rpe;
        Integer rest;
        boolean zeroWeight;
    }

    /** "1x5 58%, 1x5 67%, 1x5+ 76%": one entry per set, each group with its own load, effort or timer. */
    static void readSetList(String field, Spec s) {
        for (String group : field.split(",")) {
            Matcher m = SET_GROUP.matcher(group);
            if (!m.find()) continue;
            int sets = Integer.parseInt(m.group(1));
            String reps = m.group(2) + (m.group(3) != null ? "-" + m.group(3) : "") + (m.group(4) != null ? "+" : "");
            Spec g = new Spec();
            readLoads(group.substring(m.end()), g);
            for (int k = 0; k < sets && s.reps.size() < 100; k++) {
                s.reps.add(reps);
                s.weights.add(g.weight);
                s.percents.add(g.percent);
            }
            if (g.unit != null) s.unit = g.unit;
            if (g.zeroWeight) s.zeroWeight = true;
            if (g.rpe != null && s.rpe == null) s.rpe = g.rpe;
            if (g.rest != null && s.rest == null) s.rest = g.rest;
        }
    }

    /** "95lb", "75%", "@8", "180s" written as their own field or after a set group. */
    static void readLoads(String text, Spec s) {
        String t = text.replaceAll("\\([^)]*\\)", " "); // set labels like "(5RM Test)"
        Matcher w = WEIGHT.matcher(t);
        if (w.find()) {
            double v = Double.parseDouble(w.group(1));
            if (v == 0) {
                s.zeroWeight = true;
            } else {
                s.weight = v;
            }
            s.unit = Quantities.loadUnit(w.group(2));
            t = t.substring(0, w.start()) + " " + t.substring(w.end());
        }
        Matcher p = PERCENT.matcher(t);
        if (p.find()) s.percent = Double.parseDouble(p.group(1));
        Matcher r = RPE.matcher(t);
        if (r.find()) {
            double v = Double.parseDouble(r.group(1));
            if (v <= 10) s.rpe = v;
        }
        Matcher timer = TIMER.matcher(t);
        if (timer.find()) {
            int v = Integer.parseInt(timer.group(1));
            s.rest = timer.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? v * 60 : v;
        }
    }

    static Spec merge(Spec base, Spec own) {
        Spec m = new Spec();
        Spec sets = own.reps.isEmpty() ? base : own;
        m.reps.addAll(sets.reps);
        m.weights.addAll(sets.weights);
        m.percents.addAll(sets.percents);
        m.weight = own.weight != null || own.zeroWeight ? own.weight : base.weight;
        m.zeroWeight = own.zeroWeight || (own.weight == null && base.zeroWeight);
        m.percent = own.percent != null ? own.percent : base.percent;
        m.unit = own.unit != null ? own.unit : base.unit;
        m.rpe = own.rpe != null ? own.rpe : base.rpe;
        m.rest = own.rest != null ? own.rest : base.rest;
        return m;
    }

    static void apply(Spec s, ExerciseDraft d) {
        if (!s.reps.isEmpty()) {
            d.sets = s.reps.size();
            d.reps.addAll(s.reps);
        }
        List<Double> ws = new ArrayList<>();
        List<Double> ps = new ArrayList<>();
        for (int i = 0; i < s.reps.size(); i++) {
            Double w = s.weights.get(i) != null ? s.weights.get(i) : s.zeroWeight && s.weight == null ? null : s.weight;
            ws.add(w);
            Double p = s.percents.get(i) != null ? s.percents.get(i) : s.percent;
            ps.add(p);
        }
        if (s.reps.isEmpty()) {
            ws.add(s.weight);
            ps.add(s.percent);
        }
        if (ws.stream().allMatch(w -> w != null)) d.weights.addAll(ws);
        else if (ws.stream().anyMatch(w -> w != null)) d.weights.addAll(ws.stream().map(w -> w == null ? 0.0 : w).toList());
        if (ps.stream().allMatch(p -> p != null)) d.percents.addAll(ps);
        if (!d.weights.isEmpty()) d.unit = s.unit;
        d.rpe = s.rpe;
        d.restSeconds = s.rest;
        if (!d.hasQuantity()) d.lower(0.3);
    }
}
