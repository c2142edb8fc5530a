package com.workoutplanparser.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a matched plan goes, and why. The one place that decides routing by confidence:
 * STORE only when it is a workout, every line was read, no reader left a note, and every exercise
 * matched at the high level; REJECT when nothing in the text is an exercise; REVIEW otherwise.
 */
public record RoutingDecision(Route route, String reason) {

    public enum Route { STORE, REVIEW, REJECT }

    public static RoutingDecision decide(MatchedPlan plan) {
        if (!plan.isWorkout()) {
            return new RoutingDecision(Route.REJECT,
                    "No exercise was found in the text: it does not look like a workout plan.");
        }
        List<String> reasons = new ArrayList<>();
        PlanConfidence c = plan.confidence();
        if (!c.allHigh()) {
            int below = c.total() - c.high();
            reasons.add(below + " of " + c.total() + " exercises matched the catalog below high confidence");
        }
        int unread = plan.reading().result().unreadLines().size();
        if (unread > 0) {
            reasons.add(unread + (unread == 1 ? " line" : " lines") + " could not be read");
        }
        if (plan.reading().note() != null) {
            reasons.add(plan.reading().note());
        }
        return reasons.isEmpty()
                ? new RoutingDecision(Route.STORE, null)
                : new RoutingDecision(Route.REVIEW, String.join("; ", reasons) + ".");
    }
}
