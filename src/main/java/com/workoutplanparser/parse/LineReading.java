package com.workoutplanparser.parse;

/**
 * The parser's account of one input line.
 *
 * @param lineNumber 1-based
 * @param reason     why the line was ignored or not read (null for EXERCISE, HEADING and BLANK)
 */
public record LineReading(int lineNumber, String text, LineKind kind, String reason) {
}
