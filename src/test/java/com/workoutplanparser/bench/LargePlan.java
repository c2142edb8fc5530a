package com.workoutplanparser.bench;

/** A made-up plan near the text limit: days of common exercises, each line with a long coaching note. */
final class LargePlan {

    private static final String[] EXERCISES = {"Bench Press", "Back Squat", "Deadlift", "Overhead Press",
            "Barbell Row", "Pull Up", "Dumbbell Curl", "Triceps Pushdown", "Leg Press", "Lat Pulldown",
            "Romanian Deadlift", "Lunges", "Plank", "Face Pull", "Calf Raise"};
    private static final String NOTE = " - keep the movement slow and controlled, full range of motion, brace before"
            + " every rep, stop two reps short of failure and write down the load you used";

    private LargePlan() {
    }

    static String text(int maxChars) {
        StringBuilder plan = new StringBuilder("Large training block\n");
        int line = 0;
        while (line < 950) {
            if (line % 10 == 0) {
                plan.append("\nDay ").append(line / 10 + 1).append('\n');
            }
            String next = EXERCISES[line % EXERCISES.length] + ": " + (3 + line % 3) + "x" + (5 + line % 8)
                    + " @ " + (20 + line % 60) + " kg" + NOTE + "\n";
            if (plan.length() + next.length() > maxChars) {
                break;
            }
            plan.append(next);
            line++;
        }
        return plan.toString();
    }

    static int lines(String plan) {
        return (int) plan.lines().filter(l -> l.contains(": ")).count();
    }
}
