package com.workoutplanparser.user;

import java.util.UUID;

/** A user of the API. Reviewers and admins may see and decide every review item. */
public record AppUser(UUID id, String email, String displayName, String role) {

    public boolean isReviewer() {
        return "reviewer".equals(role) || "admin".equals(role);
    }
}
