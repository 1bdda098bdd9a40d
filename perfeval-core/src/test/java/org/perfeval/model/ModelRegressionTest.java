package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.perfeval.ValueFormatException;


/** Failures found by the properties of {@link ModelProperties}, each kept as the example that showed it. */
class ModelRegressionTest {

    @Test
    void changeRateAcrossUnitsWithAThirtyOneDigitAmountDoesNotThrow() {
        // (x 万元 − y 元) went through Amount, whose 34-digit bound the 元 form of a 31-digit 万元 sum exceeds.
        DepartmentBudget budget = DepartmentBudget.builder()
            .expenditure(Amount.ofWanYuan("1613053142490458141579790738512.9"))
            .yearStartBudget(Amount.ofYuan(new BigDecimal("0.001")))
            .threePublicExpenditure(Amount.ofYuan(BigDecimal.ZERO))
            .priorThreePublicExpenditure(Amount.ofWanYuan("1613053142490458141579790738512.9"))
            .build();
        assertTrue(budget.budgetGrowthRate().isComputable());
        assertEquals(new BigDecimal("-100.00"), budget.threePublicChangeRate().percent(2).orElseThrow());
    }

    @Test
    void numberFollowedByAnIdeographicSpaceIsTextNotAnError() {
        // Actual.parse threw IllegalArgumentException from Unit.of for "5　≥".
        Actual actual = Actual.parse("5　≥");
        assertEquals(Actual.Kind.DESCRIBED, actual.kind());
        assertEquals("5　≥", actual.print());
        assertEquals(Actual.Kind.DESCRIBED, Actual.parse("5٣").kind());
    }

    @Test
    void rangeWrittenHighToLowIsUnreadableNotAnIllegalArgument() {
        // Target.parse threw the Range constructor's IllegalArgumentException.
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> Target.parse("90-80%"));
        assertEquals("90-80%", e.text());
    }

    @Test
    void qualitativeTargetThatReadsAsAQuantityIsRejected() {
        // Target.qualitative("1个月内完成") printed "1个月内完成", which reads back as 1 with unit 个月内完成.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.qualitative("1个月内完成"));
        assertTrue(e.getMessage().contains("1个月内完成"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> Target.qualitative("≥好"));
        assertThrows(IllegalArgumentException.class, () -> Target.qualitative("好".repeat(201)));
        assertEquals(Target.Kind.QUALITATIVE, Target.parse("按期完成").kind());
    }

    @Test
    void describedActualThatReadsAsAnotherKindIsRejected() {
        // new Described("100%") printed "100%", which reads back as a measured actual.
        for (String text : new String[] {"100%", "-31.55%", "完成", "达成预期指标", "不适用", "/"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Actual.Described(text));
            assertTrue(e.getMessage().contains(text), e::getMessage);
        }
        assertThrows(IllegalArgumentException.class, () -> new Actual.Described("好".repeat(201)));
    }

    @Test
    void valuesInExponentFormPrintAndReadBackAsThePlainNumber() {
        // 1E+3 (negative scale, as stripTrailingZeros makes it) printed "1000", which read back as a different value.
        BigDecimal thousand = new BigDecimal("1E+3");
        Target target = Target.atLeast(thousand, Unit.DAY);
        assertEquals("≥1000天", target.print());
        assertEquals(target, Target.parse(target.print()));
        Target range = new Target.Range(new BigDecimal("1E+1"), thousand, "-", java.util.Optional.empty());
        assertEquals(range, Target.parse(range.print()));
        Actual actual = Actual.measured(thousand, Unit.PERSON);
        assertEquals(actual, Actual.parse(actual.print()));
        Amount amount = Amount.ofWanYuan(thousand);
        assertEquals("1000 万元", amount.toString());
        assertEquals(amount, Amount.parse(amount.toString()));
        // Bounded in the plain form it prints as: 31 digits and 12 zeros is beyond what any parser reads back.
        BigDecimal huge = new BigDecimal("1234567890123456789012345678901E+12");
        assertThrows(IllegalArgumentException.class, () -> Target.atMost(huge, null));
        assertThrows(IllegalArgumentException.class, () -> Actual.measured(huge, null));
        assertThrows(IllegalArgumentException.class, () -> Amount.ofYuan(huge));
    }
    @Test
    void projectTotalsBeyondAnAmountsDigitsStillGiveTheRate() {
        // Σ approved went through Amount.plus, whose 34-digit bound a sum of large rows can exceed.
        String big = "9".repeat(30) + ".9999";
        Evaluation evaluation = Evaluation.builder().unit("测试单位").year(2022).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addProjects(
                Project.builder().name("甲").approved(Amount.ofWanYuan(big)).executed(Amount.ofWanYuan(big)).build(),
                Project.builder().name("乙").approved(Amount.ofWanYuan(big)).executed(Amount.ofYuan(BigDecimal.ZERO)).build())
            .build();
        MetricResult rate = evaluation.metric(Metric.PROJECTS_EXECUTION_RATE);
        assertEquals(new BigDecimal("50.00"), rate.percent(2).orElseThrow());
    }
    @Test
    void hugeExponentIsRefusedBeforeItIsExpanded() {
        // The plain-scale normalisation ran before the bound check: 1E+1000000000 became a billion digits.
        BigDecimal huge = new BigDecimal("1E+1000000000");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amount.ofYuan(huge));
            assertTrue(e.getMessage().contains("1E+1000000000"), e::getMessage);
            assertThrows(IllegalArgumentException.class, () -> Target.of(huge, null));
            assertThrows(IllegalArgumentException.class, () -> Actual.measured(huge, null));
        });
        assertEquals("1000", Amount.ofYuan(new BigDecimal("1E+3")).number().toPlainString());
    }
}
