package com.workoutplanparser.user;

import java.util.UUID;

/**
 * A user of the API. Reviewers and admins may see and decide every review item.
 *
 * @param tier         the rate-limit tier (free, paid, admin, or another configured one): see docs/security.md
 * @param aiProcessing whether the user's plans may be sent to an LLM provider (their consent; docs/security.md)
 */
public record AppUser(UUID id, String email, String displayName, String role, String tier, boolean aiProcessing) {

    public boolean isReviewer() {
        return "reviewer".equals(role) || "admin".equals(role);
    }

    public boolean isAdmin() {
        return "admin".equals(role);
    }
}
