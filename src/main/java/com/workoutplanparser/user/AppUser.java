package com.workoutplanparser.user;

import com.workoutplanparser.web.ApiCaller;

import java.util.UUID;

/**
 * A user of the API. Reviewers and admins may see and decide every review item ({@link ApiCaller}).
 *
 * @param tier         the rate-limit tier (free, paid, admin, or another configured one): see docs/security.md
 * @param aiProcessing whether the user's plans may be sent to an LLM provider (their consent; docs/security.md)
 */
public record AppUser(UUID id, String email, String displayName, String role, String tier, boolean aiProcessing)
        implements ApiCaller {
}
