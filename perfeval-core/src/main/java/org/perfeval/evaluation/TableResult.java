package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.perfeval.audit.Finding;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.Grade;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableEvaluations;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.spi.RuleOutcome;

/**
 * The result of scoring and auditing a printed table: the scores of its evaluation, every finding
 * (the evaluation's and the table's own), and the total and grade when the table allows them.
 *
 * <p>The total is not computable, and {@link #total()} is empty with the reason in
 * {@link #totalNotComputable()}, when the table is cut off, when its budget block cannot be read, or
 * when a row cannot be scored: a figure the rules did not compute is never given.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableResult {
    private final SelfEvaluationTable table;
    private final EvaluationResult result;
    private final List<Finding> findings;
    private final Optional<String> notComputable;

    private TableResult(SelfEvaluationTable table, EvaluationResult result, List<Finding> findings) {
        this.table = table;
        this.result = result;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> f.severity().ordinal()).thenComparingInt(f -> f.code().ordinal()));
        this.findings = List.copyOf(sorted);
        this.notComputable = reason(table, result);
    }

    static TableResult of(SelfEvaluationTable table, EvaluationResult result, List<Finding> findings) {
        return new TableResult(table, result, findings);
    }

    /** @return the table scored */
    public SelfEvaluationTable table() {
        return table;
    }

    /** @return the scores of the table's evaluation and the findings about it */
    public EvaluationResult evaluation() {
        return result;
    }

    /**
     * @return the result as the result document holds it: the evaluation's scores with every finding,
     *     the table's own included
     */
    public EvaluationResult asEvaluationResult() {
        return EvaluationResult.of(result.scores(), findings);
    }

    /** @return every finding, the evaluation's and the table's own, most severe first, then by code */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the computed total, if the table allows one; see {@link #totalNotComputable()} */
    public Optional<BigDecimal> total() {
        return notComputable.isPresent() ? Optional.empty() : result.total();
    }

    /** @return the grade of the computed total, if there is one */
    public Optional<Grade> grade() {
        return notComputable.isPresent() ? Optional.empty() : result.grade();
    }

    /** @return why the total is not computable, the table's own reason first; empty when it is */
    public Optional<String> totalNotComputable() {
        return notComputable.or(() -> result.scores().totalNotComputable());
    }

    /** @return the budget row's score under the rule, if computed */
    public Optional<BigDecimal> budgetScore() {
        return budgetNode().filter(n -> n.status() == RuleOutcome.Status.SCORED).map(NodeResult::awarded);
    }

    /** @return the result of the budget row's category, if the table has a scored budget row */
    public Optional<NodeResult> budgetNode() {
        return result.node(IndicatorPath.root().child(TableEvaluations.BUDGET_CATEGORY));
    }

    /**
     * @param row an index in {@link SelfEvaluationTable#indicators()}
     * @return the result of the row, if it is an indicator of the tree
     */
    public Optional<NodeResult> row(int row) {
        return Optional.ofNullable(TableEvaluations.paths(table).get(row)).flatMap(result::node);
    }

    private static Optional<String> reason(SelfEvaluationTable table, EvaluationResult result) {
        if (table.isTruncated()) {
            return Optional.of("the table is cut off after \"" + table.truncatedAt().get()
                + "\": what follows is unknown");
        }
        if (table.budget().isPresent()) {
            var block = table.budget().get();
            if (block.total().cells().values().stream().anyMatch(c -> c.kind() == TableCell.Kind.ILLEGIBLE)
                    || !block.unaligned().isEmpty()) {
                return Optional.of("the budget block's total row cannot be read");
            }
            if (block.points().isEmpty()) {
                return Optional.of("the budget block prints no points");
            }
            if (block.total().number(BudgetColumn.EXECUTED).isEmpty()) {
                return Optional.of("the budget block prints no 全年执行数");
            }
        }
        for (NodeResult node : result.nodes()) {
            if (node.status() == RuleOutcome.Status.NOT_SCORABLE) {
                return Optional.of(node.path() + " cannot be scored: "
                    + node.trace().note().orElse(node.trace().formula()));
            }
        }
        return Optional.empty();
    }
}
