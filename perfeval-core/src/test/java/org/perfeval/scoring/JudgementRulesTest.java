package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.score;

import org.junit.jupiter.api.Test;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** S10 coefficient, S11 reported score, S12 the not-applicable rule. */
class JudgementRulesTest {

    @Test
    void coefficientTimesPoints() {
        assertEquals(d("8.50"), score("coefficient", null, "0.85", "10").awarded());
        assertEquals(d("8.50"), score("coefficient", null, "85%", "10").awarded());
        assertEquals(d("10.00"), score("coefficient", null, "1", "10").awarded());
        assertEquals(d("0.00"), score("coefficient", null, "0", "10").awarded());
    }

    @Test
    void coefficientOutsideZeroToOneCannotScore() {
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, score("coefficient", null, "1.2", "10").status());
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, score("coefficient", null, "-0.1", "10").status());
    }

    @Test
    void reportedScoreIsKeptWithItsReason() {
        Indicator judged = Indicator.builder().name("社会效益").target(Target.parse("≥90%")).actual(Actual.parse("90%"))
            .points(d("7.5")).reportedScore(d("6.3")).deviationNote("宣传覆盖面仍有不足").build();
        NodeResult r = score(RuleSpec.of("reported"), judged);
        assertEquals(d("6.30"), r.awarded());
        assertEquals("宣传覆盖面仍有不足", r.trace().note().orElseThrow());
        // the judgement does not change whether the target was met
        assertEquals(TargetStatus.MET, r.targetStatus());
    }

    @Test
    void withoutAReportedScoreItCannotScore() {
        NodeResult r = score("reported", "≥90%", "90%", "7.5");
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
        assertEquals(d("0.00"), r.awarded());
    }

    @Test
    void notApplicableRuleTakesTheIndicatorOut() {
        NodeResult r = score("not-applicable", "≥90%", "90%", "7.5");
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, r.status());
        assertEquals(d("0"), r.applicablePoints());
    }
}
