package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.pipeline.RoutingDecision;
import com.workoutplanparser.pipeline.RoutingDecision.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Could not be read" is never "not a workout": a text that looks like a plan goes to a person with the reason,
 * whatever happened to the LLM; a text that mentions training in passing is still rejected.
 * The read stage against a fake provider on loopback, then the routing decision on what it produced.
 */
public class UnreadIsNotRejectedTest {

    /** A coach writing sentences: no line in a notation the rules know. */
    public static final String PROSE_PLAN = """
            Hi Alex,

            For the next two weeks start each session with ten minutes on the bike. Then do three sets of eight \
            squats with a weight you could lift ten times, and follow with four sets of push-ups, as many as you can \
            manage with good form.

            On the second day go for deadlifts, five sets of three, resting a couple of minutes between sets, then \
            some walking lunges and a long plank to finish.

            Cheers,
            Jo
            """;

    /** A gym newsletter that mentions a set notation once, in passing. */
    static final String NEWSLETTER = """
            Hello members,

            Last winter half of you told us you were bored of doing 3x10 of everything, so this month is about rest \
            and recovery: the sauna reopens on Friday, the new stretching classes start at 7pm, and the café now \
            serves soups and fresh juice. The parking lot will be repainted next week, please park on the street.

            See you soon,
            The front desk
            """;

    /** Written here in the shape of a Japanese training app's list: full-width x, 回 for reps, セット for sets. */
    static final String JAPANESE_MENU = """
            11月20日 胸の日
            ベンチプレス 60kg 8回ｘ5セット
            インクラインダンベルプレス 20kg 10回×3セット
            腕立て伏せ 15回×3セット
            """;

    /** Written here in the shape of a Japanese CSV export: localized headers, one row per set. */
    static final String JAPANESE_EXPORT = """
            "日付","ワークアウト名","種目名","セット順","重量","回数"
            "2026-11-20 07:10:00","朝トレ","ベンチプレス（バーベル）","1","60","8"
            "2026-11-20 07:10:00","朝トレ","ベンチプレス（バーベル）","2","60","8"
            "2026-11-20 07:10:00","朝トレ","スクワット（バーベル）","1","80","5"
            "2026-11-20 07:10:00","朝トレ","スクワット（バーベル）","2","80","5"
            """;

    static final String NOT_JSON = "Sure! Here is the plan: squats, push-ups and deadlifts.";
    static final String OUTSIDE_SCHEMA = "{\"days\":[{\"exercises\":[{\"name\":\"squats\",\"sets\":\"three\"}]}],"
            + "\"status\":\"STORED\"}";

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    @Test
    void aProsePlanWithNoLlmConfigured_goesToReviewWithTheReason() throws Exception {
        rig.start(TestSettings.openAiCompatible(""), ParserMode.HYBRID);

        RoutingDecision decision = decide(PROSE_PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reason()).contains("no LLM configured");
    }

    @Test
    void aProsePlanInRulesMode_goesToReview() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.RULES);

        RoutingDecision decision = decide(PROSE_PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
    }

    @Test
    void aProsePlanWhoseRepliesBreakTheSchemaTwice_goesToReview() throws Exception {
        rig.thenReply(NOT_JSON).thenReply(OUTSIDE_SCHEMA).start(TestSettings.openAiCompatible(rig.baseUrl()),
                ParserMode.HYBRID);

        RoutingDecision decision = decide(PROSE_PLAN);

        assertThat(rig.requests).hasSize(2);
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reason()).contains("LLM reply invalid after one retry");
    }

    @Test
    void aProsePlanWhileTheCircuitIsOpen_goesToReview() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);
        rig.circuitBreaker.transitionToOpenState();

        RoutingDecision decision = decide(PROSE_PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reason()).contains("circuit breaker open");
    }

    @Test
    void aNewsletterThatMentions3x10Once_isStillNotAWorkout() throws Exception {
        rig.start(TestSettings.openAiCompatible(""), ParserMode.HYBRID);

        MatchedPlan plan = rig.read(NEWSLETTER);
        RoutingDecision decision = RoutingDecision.decide(plan);

        assertThat(plan.isWorkout()).isFalse();
        assertThat(decision.route()).isEqualTo(Route.REJECT);
        assertThat(decision.reason()).contains("does not look like a workout");
    }

    @Test
    void aJapaneseMenuAndAJapaneseExport_areNeverRejected_evenWithoutAnLlm() throws Exception {
        rig.start(TestSettings.openAiCompatible(""), ParserMode.HYBRID);

        for (String text : new String[] {JAPANESE_MENU, JAPANESE_EXPORT}) {
            RoutingDecision decision = decide(text);
            assertThat(decision.route()).as(text).isNotEqualTo(Route.REJECT);
        }
    }

    private RoutingDecision decide(String text) {
        return RoutingDecision.decide(rig.read(text));
    }
}
