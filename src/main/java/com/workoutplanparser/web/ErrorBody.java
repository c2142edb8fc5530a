package com.workoutplanparser.web;

/** The JSON body of every API error: {"status": 400, "error": "empty_text", "message": "..."}. */
public record ErrorBody(int status, String error, String message) {
}
