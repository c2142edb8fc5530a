package com.workoutplanparser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.parse.ParserCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Looks like a plan" on evidence density, in the languages we take; plain Java. */
class PlanEvidenceTest {

    @Test
    void plansInEveryLanguageWeTakeLookLikePlans() {
        List<String> plans = List.of(
                "ベンチプレス 60kg 8回ｘ5セット\nスクワット 80kg 5回×5セット",
                "スクワット　１０回×３セット\n腕立て伏せ　１５回×３セット\n腹筋　２０回",
                "스쿼트 5세트 10회\n벤치프레스 60kg 5세트 5회\n데드리프트 3세트 5회",
                "Приседания 4 подхода по 8 повторений, 80 кг\nЖим лёжа 3 подхода по 10 повторений",
                "深蹲 5组 每组5次 100公斤\n卧推 5组 每组5次",
                "Kniebeugen: drei Sätze à 8 Wiederholungen, danach Klimmzüge bis zum Versagen und Liegestütze",
                "Do three sets of eight squats, then four sets of push-ups and finish with a long plank.");
        for (String plan : plans) {
            assertThat(PlanEvidence.of(plan).looksLikeAPlan()).as(plan + " " + PlanEvidence.of(plan).describe()).isTrue();
        }
    }

    @Test
    void aSingleMentionInALongTextIsNotAPlan() {
        String newsletter = "Hello members, last winter many of you told us you were bored of doing 3x10 of everything, "
                + "so this month is about rest: the sauna reopens on Friday, the stretching classes start at 7pm, and "
                + "the café serves soups and juice. The parking lot will be repainted next week.";
        assertThat(PlanEvidence.of(newsletter).looksLikeAPlan()).isFalse();
        assertThat(PlanEvidence.of("Our squat racks will be replaced, wipe the benches after use.").looksLikeAPlan())
                .isFalse();
        assertThat(PlanEvidence.of("").looksLikeAPlan()).isFalse();
    }

    @Test
    void onTheLabelledCorpus_noNonWorkoutLooksLikeAPlan_andNearlyEveryPlanDoes() {
        int plans = 0;
        int looking = 0;
        List<String> missed = new java.util.ArrayList<>();
        for (ParserCorpus.Plan p : ParserCorpus.load()) {
            PlanEvidence e = PlanEvidence.of(p.text());
            if (!p.workout()) {
                assertThat(e.looksLikeAPlan()).as(p.id() + ": " + e.describe()).isFalse();
            } else {
                plans++;
                looking += e.looksLikeAPlan() ? 1 : 0;
                if (!e.looksLikeAPlan()) {
                    missed.add(p.id() + " (" + e.describe() + ")");
                }
            }
        }
        System.out.printf("measured: %d of %d labelled workout plans look like a plan on evidence alone; not: %s%n", looking, plans,
                missed);
        assertThat(looking).isGreaterThanOrEqualTo(plans * 9 / 10);
    }
}
