package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfeval.scoring.Scorer.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.Project;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;

/** S6: min(rate, 1) × w, the rate from the budget, the projects or the indicator's own actual. */
class BudgetExecutionRuleTest {

    private static final Indicator ROW = Indicator.builder().name("预算执行").points(d("10")).actual(Actual.missing()).build();

    private static NodeResult score(RuleSpec spec, Evaluation evaluation) {
        return Evaluator.of(Scorer.ruleSet(spec).build(), RuleRegistry.builtIns()).evaluate(evaluation).nodes().get(0);
    }

    private static Evaluation department(String executed, String adjusted, String yearStart) {
        return Evaluation.builder().unit("测试单位").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .budget(DepartmentBudget.builder().expenditure(Amount.ofWanYuan(executed))
                .adjustedBudget(Amount.ofWanYuan(adjusted)).yearStartBudget(Amount.ofWanYuan(yearStart)).build())
            .addIndicators(ROW).build();
    }

    @Test
    void departmentRateIsExpenditureOverAdjustedBudget() {
        assertEquals(d("8.00"), score(RuleSpec.of("budget-execution"), department("80", "100", "120")).awarded());
        assertEquals(d("10.00"), score(RuleSpec.of("budget-execution"), department("100", "100", "120")).awarded());
    }

    @Test
    void executionAboveTheBudgetEarnsNoMoreThanThePoints() {
        NodeResult r = score(RuleSpec.of("budget-execution"), department("110", "100", "120"));
        assertEquals(d("10.00"), r.awarded());
        assertEquals("rate ≥ 1 → w", r.trace().formula());
    }

    @Test
    void yearStartVariantDividesByTheOriginalBudget() {
        // Jinshui: 918.886283 / 1342.46 = 0.68447… → 6.84 of 10
        RuleSpec spec = RuleSpec.builder().name("budget-execution").putWords("denominator", "year-start").build();
        Evaluation jinshui = SeedReports.jinshui2021();
        EvaluationResult result = Evaluator.of(Scorer.ruleSet(spec).build(), RuleRegistry.builtIns()).evaluate(jinshui);
        assertEquals(d("6.84"), result.node("预算执行").orElseThrow().awarded());
    }

    @Test
    void projectEvaluationTakesItsProjectsExecutedOverApproved() {
        Evaluation project = Evaluation.builder().unit("测试单位").year(2022).kind(EvaluationKind.PROJECT)
            .addProjects(Project.builder().name("甲").approved(Amount.ofWanYuan("200")).executed(Amount.ofWanYuan("150")).build(),
                Project.builder().name("乙").approved(Amount.ofWanYuan("50")).executed(Amount.ofWanYuan("50")).build())
            .addIndicators(ROW).build();
        // 200 / 250 = 0.8
        assertEquals(d("8.00"), score(RuleSpec.of("budget-execution"), project).awarded());
    }

    @Test
    void actualSourceReadsTheIndicatorsPercentage() {
        RuleSpec spec = RuleSpec.builder().name("budget-execution").putWords("source", "actual").build();
        Indicator row = Indicator.builder().name("预算执行率").points(d("10")).actual(Actual.parse("95.5%")).build();
        assertEquals(d("9.55"), score(spec, Scorer.evaluation(row)).awarded());
    }

    @Test
    void withoutABudgetItCannotScore() {
        NodeResult r = score(RuleSpec.of("budget-execution"), Scorer.evaluation(ROW));
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
        assertEquals(BigDecimal.ZERO.setScale(2), r.awarded());
        assertEquals("the report gives no budget", r.trace().note().orElseThrow());
    }

    @Test
    void lowExecutionRequiresADeviationNoteWhereTheRuleSetSaysSo() {
        RuleSet sichuan = Scorer.ruleSet(RuleSpec.of("budget-execution"))
            .deviation(DeviationThresholds.builder().executionRateBelowPercent(d("90")).build()).build();
        EvaluationResult low = Evaluator.of(sichuan, RuleRegistry.builtIns()).evaluate(department("89.99", "100", "100"));
        assertEquals(java.util.List.of(NodeResult.DeviationReason.EXECUTION_RATE_LOW), low.nodes().get(0).deviationReasons());
        EvaluationResult enough = Evaluator.of(sichuan, RuleRegistry.builtIns()).evaluate(department("90", "100", "100"));
        assertEquals(java.util.List.of(), enough.nodes().get(0).deviationReasons());
    }
}
