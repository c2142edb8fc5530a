package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.WU;

/**
 * Several set groups written in a row, as training logs do: "10x20, 10x40, 8x50" (reps x load per set),
 * "135x5, 155x5" (load x reps), "1x12@95, 2x10@95" (sets x reps @ load), "3x8, 2x10" (sets x reps),
 * "8x12,5, 8x12,5" (comma decimals), "4x60+6x45+8x35" (a drop set); and the nested "3x(8x12)" (3 sets of 8 at 12)
 * and rep chains "10 x 10 x 8" (3 sets: 10, 10, 8). Each group becomes per-set reps and loads.
 *
 * <p>Which number of a pair is the load is decided per list, from the numbers themselves: a decimal or a number
 * above 30 is a load; otherwise small first numbers (at most 4) count sets, larger ones reps.
 */
final class SetGroupsNotation implements NotationReader {

    private static final String NUM = "\\d{1,4}(?:\\.\\d{1,3}|,(?:5|25|75)(?![\\d]|,\\d))?";
    private static final String UNIT = "(?:\\s?(?:" + WU + "|%))?";
    private static final String ITEM = NUM + UNIT + "\\s?[x*]\\s?" + NUM + UNIT + "(?:\\s?[x*@]\\s?" + NUM + UNIT + ")?";
    private static final Pattern LIST = Pattern.compile("(?<![\\p{L}\\d.,])" + ITEM + "(?:\\s?[,;+]\\s?" + ITEM + ")+(?![\\d.]|\\s?x)", F);
    private static final Pattern ONE = Pattern.compile("(" + NUM + ")(" + UNIT + ")\\s?([x*])\\s?(" + NUM + ")(" + UNIT + ")(?:\\s?([x*@])\\s?(" + NUM + ")(" + UNIT + "))?", F);
    private static final Pattern NESTED = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,2})\\s?[x*]\\s?\\(\\s?(\\d{1,3})\\s?[x*]\\s?(" + NUM + ")(" + UNIT + ")\\s?\\)", F);
    private static final Pattern REP_CHAIN = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,2}(?:\\s[x*]\\s\\d{1,2}){2,9})(?![\\d.]|\\s?(?:" + WU + "|%|s\\b|min|m\\b))", F);

    private record Group(double a, String ua, char op1, double b, String ub, char op2, Double c, String uc) {
    }

    @Override
    public boolean mayAppear(LineScan s) {
        return s.hasX;
    }

    @Override
    public void read(LineScan s) {
        if (s.has("(")) s.eachNumber(NESTED, m -> nested(s, m));
        s.eachNumber(LIST, m -> list(s, m));
        s.eachNumber(REP_CHAIN, m -> {
            if (!s.setReps.isEmpty() || !s.d.reps.isEmpty()) return -1;
            String[] parts = m.group(1).split("\\s[x*]\\s");
            if (Integer.parseInt(parts[0]) <= 5) return -1; // "3 x 10 x 8": sets first, left to sets x reps
            for (String p : parts) {
                s.setReps.add(p);
            }
            s.specCount += parts.length;
            s.prescriptions++;
            return m.end();
        });
    }

    /** "3x(8x12)": 3 sets of 8 reps at 12. */
    private static int nested(LineScan s, Matcher m) {
        if (!s.setReps.isEmpty()) return -1;
        int sets = Integer.parseInt(m.group(1));
        Double load = number(m.group(3));
        if (sets == 0 || load == null) return -1;
        s.d.sets = sets;
        s.d.reps.add(m.group(2));
        s.d.weights.add(load);
        String u = Quantities.loadUnit(m.group(4).strip());
        if (u != null) s.d.unit = u;
        s.prescriptions++;
        return m.end();
    }

    private static int list(LineScan s, Matcher m) {
        if (!s.setReps.isEmpty() || s.d.sets != null) return -1;
        List<Group> groups = new ArrayList<>();
        Matcher g = ONE.matcher(m.group());
        while (g.find()) {
            Double a = number(g.group(1));
            Double b = number(g.group(4));
            Double c = g.group(7) == null ? null : number(g.group(7));
            if (a == null || b == null) return -1;
            groups.add(new Group(a, unit(g.group(2)), g.group(3).charAt(0), b, unit(g.group(5)),
                    g.group(6) == null ? 0 : g.group(6).charAt(0), c, unit(g.group(8))));
        }
        if (groups.size() < 2) return -1;
        String orientation = orientation(groups);
        String unit = null;
        for (Group gr : groups) {
            String u = gr.ua != null ? gr.ua : gr.ub != null ? gr.ub : gr.uc;
            if (u != null && !u.equals("%")) unit = u;
            int sets;
            String reps;
            Double load;
            if (gr.c != null && gr.op2 == '@') {
                sets = (int) gr.a;
                reps = Quantities.format(gr.b);
                load = gr.c;
            } else if (gr.c != null) {
                boolean loadFirst = gr.a > 30 || gr.ua != null || !isInteger(gr.a);
                sets = (int) (loadFirst ? gr.c : gr.a);
                reps = Quantities.format(gr.b);
                load = loadFirst ? gr.a : gr.c;
            } else if (orientation.equals("RW")) {
                sets = 1;
                reps = Quantities.format(gr.a);
                load = gr.b;
            } else if (orientation.equals("WR")) {
                sets = 1;
                reps = Quantities.format(gr.b);
                load = gr.a;
            } else {
                sets = (int) gr.a;
                reps = Quantities.format(gr.b);
                load = null;
            }
            if (sets <= 0 || sets > 20) return -1;
            boolean percent = "%".equals(gr.ua) || "%".equals(gr.ub) || "%".equals(gr.uc);
            for (int k = 0; k < sets; k++) {
                s.setReps.add(reps);
                if (load != null && percent) s.d.percents.add(load);
                else if (load != null) s.setWeights.add(load);
            }
        }
        if (!s.setWeights.isEmpty() && s.setWeights.size() != s.setReps.size()) {
            s.setWeights.clear(); // some groups without a load: per-set loads would not line up
        }
        if (unit != null) s.d.unit = unit;
        else if (!s.setWeights.isEmpty()) s.d.lower(0.05); // loads without a unit
        s.specCount += s.setReps.size();
        s.prescriptions++;
        return m.end();
    }

    /** RW: reps x load; WR: load x reps; SR: sets x reps. Units decide first, then the numbers. */
    private static String orientation(List<Group> groups) {
        boolean firstLoad = false;
        boolean secondLoad = false;
        boolean smallFirst = true;
        for (Group g : groups) {
            if (g.c != null) continue;
            if (g.ua != null) firstLoad = true;
            if (g.ub != null) secondLoad = true;
            if (g.a > 30 || !isInteger(g.a)) firstLoad = true;
            if (g.b > 30 || !isInteger(g.b)) secondLoad = true;
            if (g.a > 4) smallFirst = false;
        }
        if (firstLoad && !secondLoad) return "WR";
        if (secondLoad) return "RW";
        return smallFirst ? "SR" : "RW";
    }

    private static String unit(String u) {
        if (u == null || u.isBlank()) return null;
        String t = u.strip();
        return t.equals("%") ? "%" : Quantities.loadUnit(t);
    }

    private static Double number(String n) {
        return Quantities.number(n.replace(',', '.'));
    }

    private static boolean isInteger(double v) {
        return v == Math.floor(v);
    }
}
