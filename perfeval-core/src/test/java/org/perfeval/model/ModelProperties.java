package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.ValueFormatException;
import org.perfeval.testing.PerfevalArbitraries;

/** Properties of the domain model over generated values of every form. */
class ModelProperties {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Provide
    Arbitrary<Target> targets() {
        return PerfevalArbitraries.targets().includingExtremes();
    }

    @Provide
    Arbitrary<Actual> actuals() {
        return PerfevalArbitraries.actuals().includingExtremes();
    }

    @Provide
    Arbitrary<DepartmentBudget> budgets() {
        return PerfevalArbitraries.budgets().includingExtremes();
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return PerfevalArbitraries.amounts().includingExtremes();
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return PerfevalArbitraries.decimals();
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return PerfevalArbitraries.scores();
    }

    @Provide
    Arbitrary<String> printedLikeText() {
        return PerfevalArbitraries.printedLikeText();
    }

    @Property
    void targetPrintsAsItReads(@ForAll("targets") Target target) {
        Target read = Target.parse(target.print());
        assertEquals(target, read);
        assertEquals(target.hashCode(), read.hashCode());
        assertEquals(target.print(), read.print());
    }

    @Property
    void actualPrintsAsItReads(@ForAll("actuals") Actual actual) {
        Actual read = Actual.parse(actual.print());
        assertEquals(actual, read);
        assertEquals(actual.hashCode(), read.hashCode());
    }

    @Property
    void anyTextIsReadAsATargetOrRejectedWithValueFormatException(@ForAll("printedLikeText") String text) {
        Target target;
        try {
            target = Target.parse(text);
        } catch (ValueFormatException rejected) {
            return;
        }
        assertEquals(target, Target.parse(target.print()), () -> "read \"" + text + "\" as " + target);
    }

    @Property
    void anyTextIsReadAsAnActualOrRejectedWithValueFormatException(@ForAll("printedLikeText") String text) {
        Actual actual;
        try {
            actual = Actual.parse(text);
        } catch (ValueFormatException rejected) {
            return;
        }
        assertEquals(actual, Actual.parse(actual.print()), () -> "read \"" + text + "\" as " + actual);
    }

    @Property
    void wanYuanIsTenThousandYuanExactly(@ForAll("decimals") BigDecimal wanYuan) {
        Amount amount = Amount.ofWanYuan(wanYuan);
        assertEquals(0, amount.yuan().compareTo(wanYuan.multiply(TEN_THOUSAND)), amount::toString);
        assertEquals(0, amount.yuan().movePointLeft(4).compareTo(wanYuan), amount::toString);
        assertEquals(wanYuan, amount.wanYuan());
    }

    @Property
    void yuanIsOneTenThousandthOfWanYuanExactly(@ForAll("decimals") BigDecimal yuan) {
        Amount amount = Amount.ofYuan(yuan);
        assertEquals(0, amount.wanYuan().multiply(TEN_THOUSAND).compareTo(yuan), amount::toString);
        assertEquals(yuan, amount.yuan());
    }

    @Property
    void theSameSumInEitherUnitIsTheSameSum(@ForAll("amounts") Amount amount) {
        boolean inYuan = amount.unit().equals(Unit.YUAN);
        BigDecimal converted = inYuan ? amount.wanYuan() : amount.yuan();
        // Only where the other statement fits the model's bounds (a 34-digit sum in 万元 has 38 digits in 元).
        if (converted.precision() <= 34 && converted.scale() <= 12) {
            Amount other = inYuan ? Amount.ofWanYuan(converted) : Amount.ofYuan(converted);
            assertTrue(amount.isSameSumAs(other), () -> amount + " vs " + other);
            assertEquals(0, amount.compareTo(other));
            assertEquals(0, other.yuan().compareTo(amount.yuan()));
        }
    }

    @Property
    void amountPrintsAsItReads(@ForAll("amounts") Amount amount) {
        Amount read = Amount.parse(amount.toString());
        assertEquals(amount, read);
        assertEquals(amount.hashCode(), read.hashCode());
    }

    @Property
    void noBudgetMetricThrowsAndEachMissingOneSaysWhy(@ForAll("budgets") DepartmentBudget budget) {
        for (Metric metric : Metric.values()) {
            MetricResult result = budget.metric(metric);
            assertEquals(metric, result.metric());
            if (result.isComputable()) {
                assertTrue(result.percent(2).isPresent());
            } else {
                assertFalse(result.explanation().isBlank(), metric::toString);
                assertTrue(result.percent(2).isEmpty());
            }
        }
        assertEquals(Metric.values().length - 2, budget.metrics().size());
    }

    @Property
    void equalBudgetsHaveEqualHashes(@ForAll("budgets") DepartmentBudget budget) {
        DepartmentBudget copy = DepartmentBudget.builder()
            .yearStartBudget(budget.yearStartBudget()).adjustedBudget(budget.adjustedBudget()).income(budget.income())
            .putAllIncomeBySource(budget.incomeBySource()).expenditure(budget.expenditure())
            .basicExpenditure(budget.basicExpenditure()).personnelExpenditure(budget.personnelExpenditure())
            .publicExpenditure(budget.publicExpenditure()).projectExpenditure(budget.projectExpenditure())
            .carryOver(budget.carryOver()).priorCarryOver(budget.priorCarryOver())
            .threePublicBudget(budget.threePublicBudget()).threePublicExpenditure(budget.threePublicExpenditure())
            .priorThreePublicExpenditure(budget.priorThreePublicExpenditure())
            .publicFundsBudget(budget.publicFundsBudget()).procurementBudget(budget.procurementBudget())
            .procurementExpenditure(budget.procurementExpenditure()).keyProjectExpenditure(budget.keyProjectExpenditure())
            .fixedAssetsInUse(budget.fixedAssetsInUse()).fixedAssetsTotal(budget.fixedAssetsTotal())
            .plannedPayments(budget.plannedPayments()).actualPayments(budget.actualPayments())
            .staff(budget.staff()).authorizedStaff(budget.authorizedStaff())
            .build();
        assertEquals(budget, copy);
        assertEquals(budget.hashCode(), copy.hashCode());
        assertEquals(budget.metrics(), copy.metrics());
        assertEquals(budget.metrics().hashCode(), copy.metrics().hashCode());
    }

    @Property
    void equalIndicatorsHaveEqualHashes(@ForAll("targets") Target target, @ForAll("actuals") Actual actual) {
        Indicator one = Indicator.builder().name("指标").target(target).actual(actual).build();
        Indicator two = Indicator.builder().name("指标").target(Target.parse(target.print()))
            .actual(Actual.parse(actual.print())).build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
    }

    @Property
    void gradesWithTheSameBoundsInAnotherScaleAreEqual(@ForAll("scores") BigDecimal lower, @ForAll("scores") BigDecimal upper) {
        if (lower.compareTo(upper) >= 0) {
            return;
        }
        Grade grade = Grade.of("良", lower, upper);
        Grade rescaled = Grade.of("良", lower.setScale(lower.scale() + 3), upper.setScale(upper.scale() + 1));
        assertEquals(grade, rescaled);
        assertEquals(grade.hashCode(), rescaled.hashCode());
    }

    @Property
    void everyScoreHasExactlyOneStandardGrade(@ForAll("scores") BigDecimal score) {
        GradeScale scale = GradeScale.standard();
        List<Grade> covering = scale.grades().stream()
            .filter(g -> g.lowerBound().compareTo(score) <= 0
                && (score.compareTo(g.upperBound()) < 0
                    || g.upperBound().compareTo(scale.maximum()) == 0 && score.compareTo(scale.maximum()) == 0))
            .collect(Collectors.toList());
        assertEquals(1, covering.size(), () -> score + " is covered by " + covering);
        assertEquals(covering.get(0), scale.gradeOf(score));
    }

    @Property
    void gradesAreMonotoneInTheScore(@ForAll("scores") BigDecimal a, @ForAll("scores") BigDecimal b) {
        BigDecimal lower = a.min(b);
        BigDecimal higher = a.max(b);
        GradeScale scale = GradeScale.standard();
        assertTrue(scale.gradeOf(lower).compareTo(scale.gradeOf(higher)) <= 0,
            () -> lower + " → " + scale.gradeOf(lower) + " but " + higher + " → " + scale.gradeOf(higher));
    }
}
