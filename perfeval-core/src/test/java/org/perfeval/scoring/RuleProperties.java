package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.testing.PerfevalArbitraries;

/** Laws of every built-in rule: awards within the points, monotone in the actual in the rule's direction. */
class RuleProperties {
    private static final RuleRegistry REGISTRY = RuleRegistry.builtIns();
    private static final RuleSet RULES = Profiles.departmentOverall();

    @Provide
    Arbitrary<RuleSpec> specs() {
        return PerfevalArbitraries.ruleSpecs();
    }

    @Provide
    Arbitrary<RuleSpec> qualitativeSpecs() {
        return PerfevalArbitraries.qualitativeSpecs();
    }

    @Provide
    Arbitrary<RuleSpec> stepDeductionSpecs() {
        return PerfevalArbitraries.stepDeductionSpecs();
    }

    @Provide
    Arbitrary<RuleSpec> countDeductionSpecs() {
        return PerfevalArbitraries.countDeductionSpecs();
    }

    @Provide
    Arbitrary<RuleSpec> bracketSpecs() {
        return PerfevalArbitraries.bracketSpecs();
    }

    @Provide
    Arbitrary<Indicator> indicators() {
        return PerfevalArbitraries.indicators().withoutPoints();
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        return PerfevalArbitraries.points();
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return PerfevalArbitraries.values();
    }

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return PerfevalArbitraries.evaluations();
    }

    private static RuleOutcome apply(RuleSpec spec, Indicator indicator, BigDecimal w, Evaluation evaluation) {
        return REGISTRY.rule(spec).score(indicator,
            ScoringContext.of(IndicatorPath.parse("指标"), w, PointsSource.ALLOCATED, evaluation, RULES));
    }

    private static BigDecimal awarded(String rule, Target target, BigDecimal actual, BigDecimal w) {
        return awarded(RuleSpec.of(rule), target, Actual.measured(actual, null), w);
    }

    private static BigDecimal awarded(RuleSpec spec, Target target, Actual actual, BigDecimal w) {
        Indicator.Builder indicator = Indicator.builder().name("指标").actual(actual);
        if (target != null) {
            indicator.target(target);
        }
        RuleOutcome outcome = apply(spec, indicator.build(), w, evaluation("100", "100"));
        assertEquals(RuleOutcome.Status.SCORED, outcome.status(), outcome.toString());
        return outcome.awarded();
    }

    private static Evaluation evaluation(String spent, String budget) {
        return Evaluation.builder().unit("测试").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .budget(DepartmentBudget.builder().expenditure(Amount.ofWanYuan(spent)).adjustedBudget(Amount.ofWanYuan(budget)).build())
            .build();
    }

    private static void assertMonotone(BigDecimal lowActualScore, BigDecimal highActualScore, boolean increasing) {
        int c = lowActualScore.compareTo(highActualScore);
        assertTrue(increasing ? c <= 0 : c >= 0, lowActualScore + " then " + highActualScore);
    }

    @Property(tries = 300)
    void everyRuleAwardsBetweenZeroAndThePoints(@ForAll("specs") RuleSpec spec, @ForAll("indicators") Indicator indicator,
            @ForAll("points") BigDecimal w, @ForAll("evaluations") Evaluation evaluation) {
        RuleOutcome outcome = apply(spec, indicator, w, evaluation);
        if (outcome.status() == RuleOutcome.Status.SCORED) {
            assertTrue(outcome.awarded().signum() >= 0 && outcome.awarded().compareTo(w) <= 0, outcome + " of " + w);
        } else {
            assertEquals(0, outcome.awarded().signum());
            assertTrue(outcome.note().isPresent());
        }
    }

    @Property
    void positiveRisesWithTheActual(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b1,
            @ForAll("values") BigDecimal b2, @ForAll("points") BigDecimal w) {
        Target target = Target.atLeast(a, null);
        assertMonotone(awarded("positive", target, b1.min(b2), w), awarded("positive", target, b1.max(b2), w), true);
    }

    @Property
    void reverseRulesFallWithTheActual(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b1,
            @ForAll("values") BigDecimal b2, @ForAll("points") BigDecimal w) {
        Target target = Target.atMost(a, null);
        for (String rule : List.of("reverse-ratio", "reverse-linear")) {
            assertMonotone(awarded(rule, target, b1.min(b2), w), awarded(rule, target, b1.max(b2), w), false);
        }
    }

    @Property
    void equalityFallsWithTheActualForAZeroTargetAndRisesOtherwise(@ForAll("values") BigDecimal a,
            @ForAll("values") BigDecimal b1, @ForAll("values") BigDecimal b2, @ForAll("points") BigDecimal w) {
        Target target = new Target.Quantitative(org.perfeval.model.Comparator.EXACTLY, "=", a, java.util.Optional.empty(), false);
        assertMonotone(awarded("equality", target, b1.min(b2), w), awarded("equality", target, b1.max(b2), w), a.signum() != 0);
    }

    @Property
    void qualitativeRisesWithTheRating(@ForAll("qualitativeSpecs") RuleSpec any, @ForAll("points") BigDecimal w,
            @ForAll Rating r1, @ForAll Rating r2) {
        Rating low = r1.compareTo(r2) >= 0 ? r1 : r2;
        Rating high = low == r1 ? r2 : r1;
        // the enum lists ratings best first
        Target word = Target.qualitative("符合");
        assertMonotone(awarded(any, word, Actual.Rated.of(low), w), awarded(any, word, Actual.Rated.of(high), w), true);
    }

    @Property
    void budgetExecutionRisesWithTheRate(@ForAll("values") BigDecimal r1, @ForAll("values") BigDecimal r2,
            @ForAll("points") BigDecimal w) {
        RuleSpec spec = RuleSpec.builder().name("budget-execution").putWords("source", "actual").build();
        assertMonotone(awarded(spec, null, Actual.measured(r1.min(r2), Unit.PERCENT), w),
            awarded(spec, null, Actual.measured(r1.max(r2), Unit.PERCENT), w), true);
        Evaluation low = evaluation(r1.abs().min(r2.abs()).toPlainString(), "200");
        Evaluation high = evaluation(r1.abs().max(r2.abs()).toPlainString(), "200");
        Indicator row = Indicator.builder().name("预算执行").actual(Actual.missing()).build();
        assertMonotone(apply(RuleSpec.of("budget-execution"), row, w, low).awarded(),
            apply(RuleSpec.of("budget-execution"), row, w, high).awarded(), true);
    }

    @Property
    void stepDeductionFallsAwayFromItsThreshold(@ForAll("stepDeductionSpecs") RuleSpec spec, @ForAll("values") BigDecimal b1,
            @ForAll("values") BigDecimal b2, @ForAll("points") BigDecimal w) {
        boolean below = spec.words().get("side").equals("below");
        assertMonotone(awarded(spec, null, Actual.measured(b1.min(b2), null), w),
            awarded(spec, null, Actual.measured(b1.max(b2), null), w), below);
    }

    @Property
    void bracketsWithAscendingValuesRiseWithTheActual(@ForAll("bracketSpecs") RuleSpec spec, @ForAll("values") BigDecimal b1,
            @ForAll("values") BigDecimal b2) {
        Assume.that(spec.words().get("use").equals("value"));
        BigDecimal w = BigDecimal.valueOf(5);
        assertMonotone(awarded(spec, null, Actual.measured(b1.min(b2), null), w),
            awarded(spec, null, Actual.measured(b1.max(b2), null), w), true);
    }

    @Property
    void countDeductionFallsWithTheCount(@ForAll("countDeductionSpecs") RuleSpec spec, @ForAll("values") BigDecimal c1,
            @ForAll("values") BigDecimal c2, @ForAll("points") BigDecimal w) {
        assertMonotone(awarded(spec, null, Actual.measured(c1.abs().min(c2.abs()), null), w),
            awarded(spec, null, Actual.measured(c1.abs().max(c2.abs()), null), w), false);
    }

    @Property
    void coefficientRisesWithTheCoefficient(@ForAll("points") BigDecimal w) {
        BigDecimal previous = BigDecimal.ZERO;
        for (int percent = 0; percent <= 100; percent += 7) {
            BigDecimal next = awarded(RuleSpec.of("coefficient"), null, Actual.measured(BigDecimal.valueOf(percent), Unit.PERCENT), w);
            assertMonotone(previous, next, true);
            previous = next;
        }
    }

    @Property
    void reportedRisesWithTheReportedScore(@ForAll("points") BigDecimal w, @ForAll("points") BigDecimal s1,
            @ForAll("points") BigDecimal s2) {
        BigDecimal low = s1.min(s2).min(w);
        BigDecimal high = s1.max(s2).min(w);
        Indicator a = Indicator.builder().name("指标").actual(Actual.missing()).reportedScore(low).build();
        Indicator b = Indicator.builder().name("指标").actual(Actual.missing()).reportedScore(high).build();
        assertMonotone(apply(RuleSpec.of("reported"), a, w, evaluation("1", "1")).awarded(),
            apply(RuleSpec.of("reported"), b, w, evaluation("1", "1")).awarded(), true);
    }

    @Property
    void notApplicableNeverAwardsAnything(@ForAll("indicators") Indicator indicator, @ForAll("points") BigDecimal w) {
        RuleOutcome outcome = apply(RuleSpec.of("not-applicable"), indicator, w, evaluation("1", "1"));
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, outcome.status());
        assertEquals(0, outcome.awarded().signum());
    }

    @Property
    void everyRuleIsAFunctionOfItsArguments(@ForAll("specs") RuleSpec spec, @ForAll("indicators") Indicator indicator,
            @ForAll("points") BigDecimal w) {
        Evaluation evaluation = evaluation("3", "4");
        RuleOutcome first = apply(spec, indicator, w, evaluation);
        RuleOutcome second = apply(spec, indicator, w, evaluation);
        assertEquals(first.toString(), second.toString());
        assertEquals(first.inputs(), second.inputs());
        assertEquals(first.band(), second.band());
    }

}
