package org.perfeval.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.audit.TableAudit;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableEvaluations;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;

/**
 * Scores and audits a printed {@link SelfEvaluationTable} in its own layout.
 *
 * <pre>{@code
 * TableEvaluator evaluator = TableEvaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns());
 * TableResult result = evaluator.evaluate(table);
 * result.total();              // Optional[96.00], or empty with result.totalNotComputable()
 * result.findings();           // the table's own and its evaluation's
 * }</pre>
 *
 * <p>The table is scored as its {@link SelfEvaluationTable#evaluation()} under a rule set made from
 * the base rule set for its layout ({@link #ruleSetFor(SelfEvaluationTable)}): the base's rules,
 * rounding, grade scale, policies and thresholds, without the base's categories: the points are the
 * table's own. The budget row, 预算执行率, with the points its block prints (分值, or {@code (20分)} in
 * the caption), is scored by {@code budget-execution} against 全年预算数, or against 年初预算数 where the
 * block prints no 全年预算数. A layout is data of the table, not a rule set to pick.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableEvaluator {
    private final RuleSet base;
    private final RuleRegistry registry;

    private TableEvaluator(RuleSet base, RuleRegistry registry) {
        this.base = base;
        this.registry = registry;
    }

    /**
     * @param base the rule set whose rules, rounding, grade scale, policies and thresholds apply, not null
     * @param registry the rules and aggregators it may name, not null
     * @return the evaluator
     */
    public static TableEvaluator of(RuleSet base, RuleRegistry registry) {
        return new TableEvaluator(requireNonNull(base, "base"), requireNonNull(registry, "registry"));
    }

    /**
     * @param table the table, not null
     * @return the rule set the table is scored under; see the class description
     */
    public RuleSet ruleSetFor(SelfEvaluationTable table) {
        RuleSet.Builder b = RuleSet.builder()
            .id(base.id() + "+table")
            .version(base.version())
            .jurisdiction(base.jurisdiction())
            .effectiveFrom(base.effectiveFrom())
            .kind(table.kind().evaluationKind())
            .addAllAggregators(base.aggregators())
            .groupAggregator(base.groupAggregator())
            .totalAggregator(base.totalAggregator())
            .allocation(base.allocation())
            .rounding(base.rounding())
            .gradeScale(base.gradeScale())
            .notApplicable(base.notApplicable())
            .unscorable(base.unscorable())
            .deviation(base.deviation())
            .audit(base.audit());
        base.title().ifPresent(t -> b.title(t + ", in the table's own layout"));
        base.effectiveUntil().ifPresent(b::effectiveUntil);
        table.budget().ifPresent(block -> b.addBindings(RuleBinding.byPath(TableEvaluations.BUDGET_CATEGORY, budgetRule(block))));
        b.addAllBindings(base.bindings());
        return b.build();
    }

    private static RuleSpec budgetRule(BudgetBlock block) {
        if (!block.has(BudgetColumn.BUDGET) && block.has(BudgetColumn.YEAR_START)) {
            return RuleSpec.builder().name("budget-execution").putWords("denominator", "year-start").build();
        }
        return RuleSpec.of("budget-execution");
    }

    /**
     * Scores and audits the table.
     *
     * @param table the table, not null
     * @return the scores, the findings and the total if the table allows one
     */
    public TableResult evaluate(SelfEvaluationTable table) {
        requireNonNull(table, "table");
        RuleSet ruleSet = ruleSetFor(table);
        EvaluationResult result = Evaluator.of(ruleSet, registry).evaluate(table.evaluation());
        List<Finding> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            // The table's points are checked against its own 总分 row, not against the grade scale's maximum:
            // a cut-off table shows only part of them, and a table may print 110 (the budget row counted twice).
            // The budget row is checked where it is printed, at budget.rows[i], by the table's own audit.
            if (!(f.code() == FindingCode.POINTS_DO_NOT_ADD_UP && f.location().isEmpty())
                    && !f.location().equals(TableEvaluations.BUDGET_CATEGORY)) {
                findings.add(f);
            }
        }
        findings.addAll(TableAudit.of(ruleSet).audit(table, result.scores()));
        return TableResult.of(table, result, findings);
    }
}
