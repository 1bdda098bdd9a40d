package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** The forms the grammar reads, scored: strict comparators, words, dates, money beside a money column. */
class PrintedTargetScoringTest {
    private static final RuleSpec POSITIVE = RuleSpec.of("positive");
    private static final RuleSpec REVERSE = RuleSpec.of("reverse-linear");

    private static void assertPoints(String expected, NodeResult node) {
        assertEquals(0, new BigDecimal(expected).compareTo(node.awarded()), () -> "awarded " + node.awarded());
    }

    @Test
    void moreThanZeroIsNotMetByZero() {
        NodeResult zero = Scorer.score(POSITIVE, Scorer.leaf("新增服务事项", ">0", "0", "5"));
        assertPoints("0", zero);
        assertEquals(TargetStatus.MISSED, zero.targetStatus());
        NodeResult one = Scorer.score(POSITIVE, Scorer.leaf("新增服务事项", ">0", "1", "5"));
        assertPoints("5", one);
        assertEquals(TargetStatus.MET, one.targetStatus());
        // ≥0 is met by 0: only the strict form is strict.
        assertEquals(TargetStatus.MET, Scorer.score(POSITIVE, Scorer.leaf("新增服务事项", "≥0", "0", "5")).targetStatus());
    }

    @Test
    void lessThanIsNotMetByItsBound() {
        NodeResult atBound = Scorer.score(REVERSE, Scorer.leaf("投诉率", "低于5%", "5%", "4"));
        assertEquals(TargetStatus.MISSED, atBound.targetStatus());
        NodeResult below = Scorer.score(REVERSE, Scorer.leaf("投诉率", "低于5%", "4.9%", "4"));
        assertEquals(TargetStatus.MET, below.targetStatus());
        assertPoints("4", below);
    }

    @Test
    void comparatorWordsScoreLikeTheirSymbols() {
        assertPoints("10", Scorer.score(POSITIVE, Scorer.leaf("满意度", "不低于95%", "96%", "10")));
        assertPoints("5", Scorer.score(POSITIVE, Scorer.leaf("满意度", "98%以上", "49%", "10")));
        assertPoints("10", Scorer.score(REVERSE, Scorer.leaf("办理时限", "30天以内", "30天", "10")));
    }

    @Test
    void aDeadlineIsMetByAnEarlierMonthAndMissedByALaterOne() {
        NodeResult july = Scorer.score(REVERSE, Scorer.leaf("完成验收时间", "9月前", "7月", "5"));
        assertEquals(TargetStatus.MET, july.targetStatus());
        assertPoints("5", july);
        NodeResult september = Scorer.score(REVERSE, Scorer.leaf("完成验收时间", "9月前", "9月", "5"));
        assertEquals(TargetStatus.MISSED, september.targetStatus());
        assertPoints("0", september);
        NodeResult words = Scorer.score(REVERSE, Scorer.leaf("完成验收时间", "12月底前", "按时完成", "5"));
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, words.status());
    }

    @Test
    void eightyWanBesideAYuanColumnIsEightHundredThousandYuan() {
        Indicator fund = Indicator.builder().name("项目资金").target(Target.parse("≤80万")).unit(Unit.YUAN)
            .actual(Actual.parse("750000元")).points(new BigDecimal("10")).build();
        NodeResult scored = Scorer.score(REVERSE, fund);
        assertEquals(TargetStatus.MET, scored.targetStatus());
        Indicator over = Indicator.builder().name("项目资金").target(Target.parse("≤80万")).unit(Unit.YUAN)
            .actual(Actual.parse("880000元")).points(new BigDecimal("10")).build();
        assertPoints("9", Scorer.score(REVERSE, over));
        // 80万人次 is a count in its own unit: an actual in 人次 is not compared with it.
        Indicator visits = Indicator.builder().name("服务人次").target(Target.parse("≥80万人次"))
            .actual(Actual.parse("800000人次")).points(new BigDecimal("10")).build();
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, Scorer.score(POSITIVE, visits).status());
    }

    @Test
    void rowsUnderACostGroupAreLowerIsBetterUnlessTheyAreRates() {
        Indicator investment = Scorer.leaf("项目计划总投资", "20万元", "20万元", "10");
        IndicatorPath cost = IndicatorPath.root().child("产出指标").child("成本指标").child("项目计划总投资");
        assertEquals(Direction.POSITIVE, investment.direction());
        assertEquals(Direction.REVERSE, investment.direction(cost));
        Indicator standard = Scorer.leaf("生均补助标准达标率", "100%", "100%", "10");
        assertEquals(Direction.POSITIVE,
            standard.direction(IndicatorPath.root().child("产出指标").child("成本指标").child("生均补助标准达标率")));
        Indicator control = Scorer.leaf("成本控制率", "100%", "100%", "10");
        assertEquals(Direction.REVERSE,
            control.direction(IndicatorPath.root().child("产出指标").child("成本指标").child("成本控制率")));
        // A printed comparator says the direction itself.
        Indicator printed = Scorer.leaf("培训人次", "≥50", "60", "10");
        assertEquals(Direction.POSITIVE, printed.direction(IndicatorPath.root().child("成本指标").child("培训人次")));
        assertTrue(Direction.isRateUpToHundred("服务对象满意度") && !Direction.isRateUpToHundred("预算执行率"));
    }
}
