package com.workoutplanparser.llm;

import java.util.Locale;

/** PARSER_MODE: which readers a plan goes through. */
public enum ParserMode {
    /** Rules only: no LLM call, ever. */
    RULES,
    /** Every plan goes to the LLM. */
    LLM,
    /** Rules first; only what the rules could not read goes to the LLM. */
    HYBRID;

    public static ParserMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("PARSER_MODE must be one of rules, llm, hybrid; got '" + value + "'");
        }
    }
}
