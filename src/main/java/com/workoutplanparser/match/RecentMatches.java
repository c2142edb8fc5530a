package com.workoutplanparser.match;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last names one matcher answered, with their answers. Plans repeat a few hundred names ("Bench Press",
 * "Squat") across every user, and a name costs the matcher a shortlist and fuzzy scores each time; its answer
 * depends only on the name, what {@link ContextRules} read of the context ({@link #kindOf}) and the catalog the
 * matcher was built from. A matcher is rebuilt on every catalog change, and its memory with it, so nothing stale is answered.
 * Bounded (least recently used goes first); {@link MatchResult} is immutable, so one answer serves every caller.
 */
final class RecentMatches {

    private final Map<String, MatchResult> answers;

    RecentMatches(int capacity) {
        this.answers = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MatchResult> eldest) {
                return size() > capacity;
            }
        };
    }

    MatchResult get(String name, MatchContext context, Supplier<MatchResult> match) {
        String key = name + '\u0000' + kindOf(context);
        synchronized (answers) {
            MatchResult known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        // matched outside the lock: two threads may match one new name at once, and both get the same answer
        MatchResult fresh = match.get();
        synchronized (answers) {
            answers.put(key, fresh);
        }
        return fresh;
    }

    /** Everything {@link ContextRules} asks of a context, and nothing else: two lines of one kind match alike. */
    static String kindOf(MatchContext context) {
        if (context == MatchContext.NONE) {
            return "";
        }
        return new String(new char[]{
                context.distanceMeters() != null ? 'd' : '-',
                context.durationSeconds() != null ? 't' : '-',
                context.calories() != null ? 'c' : '-',
                context.loaded() ? 'l' : '-',
                context.bodyweightSetting() ? 'b' : '-'});
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
