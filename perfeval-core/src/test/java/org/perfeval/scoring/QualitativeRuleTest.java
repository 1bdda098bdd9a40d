package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.leaf;
import static org.perfeval.scoring.Scorer.score;

import org.junit.jupiter.api.Test;
import org.perfeval.model.Rating;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/** S5 at every band edge, for 10 points: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6). */
class QualitativeRuleTest {

    private static NodeResult rated(String actual, String position) {
        RuleSpec.Builder spec = RuleSpec.builder().name("qualitative");
        if (position != null) {
            spec.putNumbers("position", d(position));
        }
        return score(spec.build(), leaf("决算真实性", "真实", actual, "10"));
    }

    @Test
    void achievedLandsAtTheTopOfItsBandByDefault() {
        NodeResult r = rated("达成年度指标", null);
        assertEquals(d("10.00"), r.awarded());
        assertEquals(TargetStatus.MET, r.targetStatus());
        assertEquals(ScoreBand.of(Rating.ACHIEVED, d("8.0"), d("10"), true), r.band().orElseThrow());
    }

    @Test
    void achievedAtTheBottomOfItsBand() {
        assertEquals(d("8.00"), rated("达成预期指标", "0").awarded());
    }

    @Test
    void partlyAchievedTopIsJustBelowTheNextBand() {
        NodeResult r = rated("部分达成年度指标并具有一定效果", null);
        assertEquals(d("7.99"), r.awarded());
        assertTrue(r.band().orElseThrow().contains(r.awarded()));
        assertFalse(r.band().orElseThrow().contains(d("8")));
        assertEquals(TargetStatus.MISSED, r.targetStatus());
        assertEquals(d("6.00"), rated("部分完成", "0").awarded());
    }

    @Test
    void notAchievedSpansZeroToJustBelowSixTenths() {
        assertEquals(d("5.99"), rated("未达成年度指标且效果较差", null).awarded());
        assertEquals(d("0.00"), rated("未完成", "0").awarded());
        assertEquals(d("2.99"), rated("未完成", "0.5").awarded());
    }

    @Test
    void bandsFollowTheirParameters() {
        RuleSpec spec = RuleSpec.builder().name("qualitative").putNumbers("achieved", d("0.9"))
            .putNumbers("partial", d("0.5")).putNumbers("position", d("0")).build();
        assertEquals(d("9.00"), score(spec, leaf("a", "好", "达成", "10")).awarded());
        assertEquals(d("5.00"), score(spec, leaf("a", "好", "部分达成", "10")).awarded());
    }

    @Test
    void textRepeatingTheTargetWordCountsAsAchieved() {
        NodeResult r = score(RuleSpec.of("qualitative"), leaf("资金使用合规性", "合规", "合规", "5"));
        assertEquals(d("5.00"), r.awarded());
        assertEquals(Rating.ACHIEVED, r.band().orElseThrow().rating());
    }

    @Test
    void otherTextOrANumberCannotBeScored() {
        NodeResult text = score(RuleSpec.of("qualitative"), leaf("资金使用合规性", "合规", "基本合规", "5"));
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, text.status());
        assertEquals(d("0.00"), text.awarded());
        assertEquals(RuleOutcome.Status.NOT_SCORABLE,
            score(RuleSpec.of("qualitative"), leaf("资金使用合规性", "合规", "100%", "5")).status());
    }

    @Test
    void bandsOfAllocatedPointsWithMoreDecimalsStayInside() {
        // w = 2.23: 部分达成 [1.784, 1.784) … [1.338, 1.784): top at 2 places is 1.78
        NodeResult r = score(RuleSpec.of("qualitative"), leaf("a", "好", "部分达成", "2.23"));
        assertEquals(d("1.78"), r.awarded());
        assertTrue(r.band().orElseThrow().contains(r.awarded()));
    }

    @Test
    void refusesBandsOutOfOrder() {
        RuleRegistry registry = RuleRegistry.builtIns();
        assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.builder().name("qualitative")
            .putNumbers("achieved", d("0.5")).putNumbers("partial", d("0.6")).build()));
        assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.builder().name("qualitative")
            .putNumbers("position", d("1.5")).build()));
    }
}
