package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small readers for the quantities inside a notation: numbers, load units, durations and distances.
 * Shared by the line reader and the table/CSV readers so that "90s", "1:30" and "2 min" mean the same everywhere.
 */
final class Quantities {

    private Quantities() {
    }

    /** Parses "22.5" or "22,5"; null when not a number. */
    static Double number(String s) {
        if (s == null) return null;
        String t = s.strip().replace(',', '.');
        if (t.isEmpty() || t.length() > 12) return null;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String s) {
        Double d = number(s);
        return d == null || d != Math.floor(d) || d > 100000 ? null : d.intValue();
    }

    /** Slash or comma separated loads ("135/155/175"); a single "22,5" is a decimal comma. */
    static List<Double> numberList(String s) {
        List<Double> out = new ArrayList<>();
        String t = s.replace(" ", "");
        String[] parts;
        if (t.indexOf('/') >= 0) {
            parts = t.split("/");
        } else if (isDecimalComma(t)) {
            parts = new String[]{t};
        } else {
            parts = t.split(",");
        }
        for (String p : parts) {
            Double d = number(p);
            if (d != null) out.add(d);
        }
        return out;
    }

    /** "22,5": up to four digits, a comma, one digit. */
    private static boolean isDecimalComma(String t) {
        int c = t.indexOf(',');
        if (c < 1 || c > 4 || t.length() != c + 2 || !Character.isDigit(t.charAt(c + 1))) return false;
        for (int i = 0; i < c; i++) if (!Character.isDigit(t.charAt(i))) return false;
        return true;
    }

    /** "kg", "kgs", "kilos" → kg; "lb", "lbs", "pounds", "#" → lb; null otherwise. */
    static String loadUnit(String u) {
        if (u == null) return null;
        String l = u.toLowerCase(Locale.ROOT).strip();
        if (l.startsWith("kg") || l.startsWith("kilo")) return "kg";
        if (l.startsWith("lb") || l.startsWith("pound") || l.equals("#")) return "lb";
        return null;
    }

    /** Seconds per unit for a time unit ("s", "sec", "min", "'", "h"…); null when not a time unit. */
    static Integer secondsPer(String u) {
        if (u == null) return null;
        String l = u.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (l.isEmpty()) return null;
        if (l.equals("\"") || l.equals("s") || l.startsWith("sec") || l.startsWith("seg") || l.startsWith("sek")
                || l.equals("secondes") || l.equals("seconde")) return 1;
        if (l.equals("'") || l.startsWith("min") || l.equals("mn") || l.equals("m")) return 60;
        if (l.equals("h") || l.startsWith("hr") || l.startsWith("hour") || l.startsWith("heure")
                || l.startsWith("hora") || l.startsWith("stunde")) return 3600;
        return null;
    }

    /** Metres per unit for a distance unit ("m", "km", "mi", "yd"); null when not a distance unit. */
    static Double metresPer(String u) {
        if (u == null) return null;
        String l = u.toLowerCase(Locale.ROOT).strip();
        if (l.equals("m") || l.startsWith("met") || l.startsWith("mèt") || l.startsWith("metr")) return 1.0;
        if (l.equals("km") || l.equals("kms") || l.equals("k") || l.startsWith("kilom") || l.startsWith("kilóm")) return 1000.0;
        if (l.equals("mi") || l.startsWith("mile")) return 1609.344;
        if (l.startsWith("yd") || l.startsWith("yard")) return 0.9144;
        return null;
    }

    /** A count in a time unit in whole seconds ("30" "s", "1.5" "min"); null when either is not one. */
    static Integer seconds(String count, String unit) {
        Double v = number(count);
        Integer per = secondsPer(unit);
        return v == null || per == null ? null : (int) Math.round(v * per);
    }

    /** A count in a distance unit in metres, to a tenth ("400" "m", "5" "km"); null when either is not one. */
    static Double metres(String count, String unit) {
        Double v = number(count);
        Double per = metresPer(unit);
        return v == null || per == null ? null : Math.round(v * per * 10) / 10.0;
    }

    /** "k" means kilometres only up to 100: "150k" is no run (a step count, a load). */
    static boolean plausibleDistance(String unit, double metres) {
        return !(unit.equalsIgnoreCase("k") && metres > 100_000);
    }

    /**
     * A duration written in a table cell or after "rest": "90s", "2 min", "1:30", "2'30", "90" (seconds, or minutes when
     * the bare number is 5 or less: nobody rests 3 seconds between sets).
     */
    static Integer durationCell(String cell, boolean bareSmallIsMinutes) {
        if (cell == null) return null;
        String t = cell.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return null;
        int colon = t.indexOf(':');
        if (colon > 0) {
            Integer m = integer(t.substring(0, colon).strip());
            Integer s = integer(t.substring(colon + 1).replaceAll("[^0-9]", ""));
            return m == null || s == null ? null : m * 60 + s;
        }
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) i++;
        Double v = number(t.substring(0, i));
        if (v == null) return null;
        String rest = t.substring(i).strip();
        // "2-3 min": the lower bound, the unit comes after the range
        if (rest.startsWith("-")) {
            int j = 1;
            while (j < rest.length() && (Character.isDigit(rest.charAt(j)) || rest.charAt(j) == ' ' || rest.charAt(j) == '.')) j++;
            rest = rest.substring(j).strip();
        }
        String unit = rest.isEmpty() ? "" : rest.split("[^a-zà-ü'\"]", 2)[0];
        if (unit.isEmpty() && !rest.isEmpty()) unit = rest.substring(0, 1);
        if (unit.isEmpty()) {
            return (int) Math.round(bareSmallIsMinutes && v <= 5 ? v * 60 : v);
        }
        Integer per = secondsPer(unit);
        if (per == null) return null;
        int secs = (int) Math.round(v * per);
        // 2'30 = 2 min 30 s
        if (unit.equals("'")) {
            String after = rest.substring(1).replaceAll("[^0-9]", "");
            Integer extra = integer(after);
            if (extra != null && extra < 60) secs += extra;
        }
        return secs;
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
