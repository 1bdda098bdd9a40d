package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.perfeval.internal.Exact;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * S6 budget execution (预算执行率): {@code min(rate, 1) × w}.
 *
 * <p>Parameter {@code source}: {@code evaluation} (the default) takes the rate from the evaluation's
 * own figures: for a department ({@link EvaluationKind#DEPARTMENT_OVERALL}) the budget's
 * {@link DepartmentBudget#executionRate()} (支出合计 / 调整后预算数), for a project evaluation
 * Σ 全年执行数 / Σ 全年预算数 of its projects; {@code actual} takes the indicator's own measured
 * percentage.
 *
 * <p>Parameter {@code denominator}: {@code full-year} (the default) divides by the budget after
 * adjustment (全年预算数, which is 年初 + 调整); {@code year-start} divides by the year-start budget
 * (年初预算数), the variant of forms that measure execution against the original budget.
 */
final class BudgetExecutionRule implements ScoringRule {
    private static final String[] NAMES = {"executed", "budget", "rate", "w"};
    private static final String[] RATE_NAMES = {"rate", "w"};
    private static final List<String> SOURCES = List.of("evaluation", "actual");
    private static final List<String> DENOMINATORS = List.of("full-year", "year-start");

    private final boolean fromActual;
    private final boolean yearStart;

    private BudgetExecutionRule(boolean fromActual, boolean yearStart) {
        this.fromActual = fromActual;
        this.yearStart = yearStart;
    }

    static final ScoringRule.Factory FACTORY = spec -> {
        spec.requireOnly(Set.of(), Set.of("source", "denominator"), false);
        boolean fromActual = spec.word("source", SOURCES).equals("actual");
        boolean yearStart = spec.word("denominator", DENOMINATORS).equals("year-start");
        if (fromActual && spec.words().containsKey("denominator")) {
            throw new IllegalArgumentException("rule budget-execution takes no denominator with source actual");
        }
        return new BudgetExecutionRule(fromActual, yearStart);
    };

    @Override
    public RuleOutcome score(Indicator indicator, ScoringContext context) {
        BigDecimal w = context.points();
        if (fromActual) {
            Actual actual = indicator.actual();
            if (!(actual instanceof Actual.Measured)) {
                return RuleOutcome.notScorable(Comparison.notMeasured(actual, null));
            }
            Actual.Measured m = (Actual.Measured) actual;
            if (m.unit().isPresent() && !m.unit().get().isPercent()) {
                return RuleOutcome.notScorable("the execution rate \"" + actual.print() + "\" is not a percentage");
            }
            BigDecimal rate = m.value().movePointLeft(2);
            return outcome(rate, w, RATE_NAMES, new BigDecimal[] {rate, w});
        }
        Evaluation evaluation = context.evaluation();
        return evaluation.kind() == EvaluationKind.PROJECT ? fromProjects(evaluation.projects(), w)
            : fromBudget(evaluation, w);
    }

    private RuleOutcome fromBudget(Evaluation evaluation, BigDecimal w) {
        if (evaluation.budget().isEmpty()) {
            return RuleOutcome.notScorable("the report gives no budget");
        }
        DepartmentBudget budget = evaluation.budget().get();
        if (!yearStart) {
            MetricResult rate = budget.executionRate();
            if (rate.ratio().isEmpty()) {
                return RuleOutcome.notScorable("预算执行率 is not computable: " + rate.explanation());
            }
            return outcome(rate.ratio().get(), w, NAMES, new BigDecimal[] {
                budget.expenditure().get().yuan(), budget.adjustedBudget().get().yuan(), rate.ratio().get(), w});
        }
        if (budget.expenditure().isEmpty() || budget.yearStartBudget().isEmpty()) {
            return RuleOutcome.notScorable((budget.expenditure().isEmpty() ? "支出合计" : "年初预算数") + " is not given");
        }
        return ratio(budget.expenditure().get().yuan(), budget.yearStartBudget().get().yuan(), w);
    }

    private RuleOutcome fromProjects(List<Project> projects, BigDecimal w) {
        if (projects.isEmpty()) {
            return RuleOutcome.notScorable("the report lists no project");
        }
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        for (Project p : projects) {
            executed = executed.add(p.executed().yuan());
            if (yearStart) {
                if (p.yearStartBudget().isEmpty()) {
                    return RuleOutcome.notScorable("project " + p.label() + " gives no 年初预算数");
                }
                budget = budget.add(p.yearStartBudget().map(Amount::yuan).get());
            } else {
                budget = budget.add(p.approved().yuan());
            }
        }
        return ratio(executed, budget, w);
    }

    private static RuleOutcome ratio(BigDecimal executed, BigDecimal budget, BigDecimal w) {
        if (budget.signum() == 0) {
            return RuleOutcome.notScorable("the budget is zero, so the execution rate is not computable");
        }
        BigDecimal rate = Exact.div(executed, budget);
        return outcome(rate, w, NAMES, new BigDecimal[] {executed, budget, rate, w});
    }

    private static RuleOutcome outcome(BigDecimal rate, BigDecimal w, String[] names, BigDecimal[] values) {
        BigDecimal raw;
        String formula;
        if (rate.compareTo(BigDecimal.ONE) >= 0) {
            raw = w;
            formula = "rate ≥ 1 → w";
        } else if (rate.signum() <= 0) {
            raw = BigDecimal.ZERO;
            formula = "rate ≤ 0 → 0";
        } else {
            raw = rate.multiply(w);
            formula = "rate × w";
        }
        return Outcomes.scored(raw, TargetStatus.NOT_JUDGED, null, formula, names, values,
            null, rate.movePointRight(2), Exact.HUNDRED);
    }
}
