package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.NotUnderstood;
import com.workoutplanparser.plan.PlanConfidence;
import com.workoutplanparser.plan.PlanEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a matched plan goes, and why. The one place that decides routing by confidence:
 * STORE only when it is a workout, every line was read, no reader left a note, and every exercise
 * matched at the high level; REJECT only when no reader found an exercise and the text does not look like a
 * plan either (could not be read is never "not a workout"); REVIEW otherwise, with the reasons.
 */
public record RoutingDecision(Route route, String reason) {

    public enum Route { STORE, REVIEW, REJECT }

    public static RoutingDecision decide(MatchedPlan plan) {
        if (!plan.isWorkout()) {
            return notReadAtAll(plan);
        }
        List<String> reasons = new ArrayList<>();
        PlanConfidence c = plan.confidence();
        if (!c.allHigh()) {
            int below = c.total() - c.high();
            reasons.add(below + " of " + c.total() + " exercises matched the catalog below high confidence");
        }
        int notUnderstood = NotUnderstood.exercises(plan).size();
        if (notUnderstood > 0) {
            reasons.add(notUnderstood + (notUnderstood == 1 ? " exercise name matches" : " exercise names match")
                    + " nothing in the catalog (not understood)");
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

    /** No exercise from any reader: a plan nobody could read goes to a person, anything else is not a workout. */
    private static RoutingDecision notReadAtAll(MatchedPlan plan) {
        PlanEvidence evidence = PlanEvidence.of(text(plan));
        if (!evidence.looksLikeAPlan()) {
            return new RoutingDecision(Route.REJECT,
                    "No exercise was found in the text: it does not look like a workout plan.");
        }
        String note = plan.reading().note();
        return new RoutingDecision(Route.REVIEW, "No exercise could be read, but the text looks like a workout plan ("
                + evidence.describe() + ")" + (note == null ? "" : "; " + note) + ".");
    }

    /** The submitted text, as the reading accounts for it line by line. */
    private static String text(MatchedPlan plan) {
        StringBuilder sb = new StringBuilder();
        plan.reading().result().lines().forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }
}
