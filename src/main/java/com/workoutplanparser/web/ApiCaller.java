package com.workoutplanparser.web;

import java.util.UUID;

/**
 * Who is calling the API, as much as the edge and the routes' access checks need: {@code user.AppUser}
 * implements it. Declared here so that web, which every capability's REST routes build on, never reaches
 * back into the user package (that would be a cycle; LayersPointOneWayTest pins it).
 */
public interface ApiCaller {

    UUID id();

    /** user, reviewer or admin. */
    String role();

    /** The rate-limit tier: see docs/security.md. */
    String tier();

    /** Reviewers and admins may see and decide every review item. */
    default boolean isReviewer() {
        return "reviewer".equals(role()) || isAdmin();
    }

    default boolean isAdmin() {
        return "admin".equals(role());
    }
}
