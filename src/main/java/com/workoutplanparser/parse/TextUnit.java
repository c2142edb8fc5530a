package com.workoutplanparser.parse;

/** The load unit a whole text writes: logs often state it once ("in pounds") and leave it off every set. */
final class TextUnit {

    private TextUnit() {
    }

    private static final java.util.regex.Pattern KG_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:kgs?|kilos?|kilograms?|kilogrammes?)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern LB_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:lbs?|pounds?)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The load unit of the whole text when it writes one ("in pounds", "18lbs") and never the other, else null. */
    static String of(String[] lines) {
        boolean kg = false;
        boolean lb = false;
        for (String l : lines) {
            if (l.length() > 2000) continue;
            // the patterns need "kg"/"kilo" or "lb"/"pound" (ASCII, any case): most lines hold neither
            String lower = l.toLowerCase(java.util.Locale.ROOT);
            if (!kg && (lower.contains("kg") || lower.contains("kilo")) && KG_WORD.matcher(l).find()) kg = true;
            if (!lb && (lower.contains("lb") || lower.contains("pound")) && LB_WORD.matcher(l).find()) lb = true;
            if (kg && lb) return null;
        }
        return kg ? "kg" : lb ? "lb" : null;
    }
}
