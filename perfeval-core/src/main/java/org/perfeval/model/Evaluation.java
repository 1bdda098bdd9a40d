package org.perfeval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A whole self-evaluation report: the unit and year, what it covers, the budget, the projects, the
 * indicator tree, the total and grade the report gives itself, and the figures it claims in prose.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluation.builder()
 *     .unit("郑州市金水区政务服务中心")
 *     .year(2021)
 *     .kind(EvaluationKind.DEPARTMENT_OVERALL)
 *     .division(Division.of("410105", "郑州市金水区"))
 *     .addIndicators(budgetExecution, inputs, outputs, outcomes)
 *     .reportedTotal(new BigDecimal("98.15"))
 *     .reportedGrade("优")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Evaluation {

    Evaluation() {}
    /** The earliest year a report can be for. */
    public static final int MIN_YEAR = 1949;
    /** The latest year a report can be for. */
    public static final int MAX_YEAR = 2100;

    /** Builds an {@link Evaluation}; {@code unit}, {@code year} and {@code kind} are required. */
    public static final class Builder extends ImmutableEvaluation.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the department or budget unit (部门 / 单位), such as {@code 郑州市金水区政务服务中心} */
    public abstract String unit();

    /** @return the year evaluated, from 1949 to 2100 */
    public abstract int year();

    /** @return what the evaluation covers */
    public abstract EvaluationKind kind();

    /**
     * @return where the report is from: the administrative division (GB/T 2260 code and name as
     *     printed), if recorded; rule catalogues choose by it
     */
    public abstract Optional<Division> division();

    /** @return the report's title, if recorded */
    public abstract Optional<String> title();

    /** @return the budget block, if the report gives one */
    public abstract Optional<DepartmentBudget> budget();

    /** @return the projects in report order */
    public abstract List<Project> projects();

    /** @return the top-level (一级) indicators in report order; names distinct, codes unique in the tree */
    public abstract List<IndicatorNode> indicators();

    /** @return the total the report gives itself (自评得分), if stated */
    public abstract Optional<BigDecimal> reportedTotal();

    /**
     * @return the score rate (得分率) the report prints on its total row, as a percentage such as
     *     {@code 98.15}, if printed; checked against the total over the maximum
     */
    public abstract Optional<BigDecimal> reportedTotalRate();

    /** @return the grade the report gives itself (评价等级), such as {@code 优}, if stated */
    public abstract Optional<String> reportedGrade();

    /** @return the figures the report claims in prose */
    public abstract List<Claim> claims();

    /**
     * Every node of the indicator tree by path, depth-first in report order, parents before children.
     *
     * @return an unmodifiable, insertion-ordered map
     */
    @Value.Lazy
    public Map<IndicatorPath, IndicatorNode> nodesByPath() {
        // Sized for every node, so that it never grows on the way.
        Map<IndicatorPath, IndicatorNode> nodes = new LinkedHashMap<>(IndicatorTrees.count(indicators()) * 4 / 3 + 1);
        IndicatorTrees.walk(indicators(), IndicatorPath.root(), nodes::put);
        return Collections.unmodifiableMap(nodes);
    }

    /**
     * Computes a metric from the report's own figures: budget metrics from {@link #budget()}, project
     * metrics from {@link #projects()}.
     *
     * @param metric the metric, not null
     * @return the value, or "not computable" with the reason
     */
    public MetricResult metric(Metric metric) {
        switch (metric) {
            case PROJECTS_EXECUTION_RATE:
                return projectsExecution(metric, projects(), "no project is listed");
            case COMPLETED_PROJECTS_EXECUTION_RATE:
                List<Project> completed = new ArrayList<>();
                for (Project p : projects()) {
                    if (p.status().equals(Optional.of(Project.Status.COMPLETED))) {
                        completed.add(p);
                    }
                }
                return projectsExecution(metric, completed, "no project is marked completed");
            default:
                return budget().map(b -> b.metric(metric))
                    .orElseGet(() -> MetricResult.notComputable(metric, "the report gives no budget"));
        }
    }

    /** @return every {@link Metric}, computable or not, in {@link Metric} order */
    public List<MetricResult> metrics() {
        List<MetricResult> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            results.add(metric(metric));
        }
        return results;
    }

    private static MetricResult projectsExecution(Metric metric, List<Project> projects, String whenEmpty) {
        if (projects.isEmpty()) {
            return MetricResult.notComputable(metric, whenEmpty);
        }
        // Sums as plain decimals: an Amount bounds its own digits, a total of many may need more.
        Unit unit = projects.get(0).approved().unit();
        for (Project p : projects) {
            if (!p.approved().unit().equals(unit) || !p.executed().unit().equals(unit)) {
                unit = Unit.YUAN;
                break;
            }
        }
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Project p : projects) {
            approved = approved.add(unit.equals(Unit.YUAN) ? p.approved().yuan() : p.approved().number());
            executed = executed.add(unit.equals(Unit.YUAN) ? p.executed().yuan() : p.executed().number());
        }
        BigDecimal executedSum = executed;
        BigDecimal approvedSum = approved;
        String symbol = unit.symbol();
        return MetricResult.ratio(metric, executed, approved,
            () -> executedSum.toPlainString() + " / " + approvedSum.toPlainString() + " " + symbol
                + " (" + projects.size() + " projects)");
    }

    @Value.Check
    void check() {
        if (unit().isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        if (year() < MIN_YEAR || year() > MAX_YEAR) {
            throw new IllegalArgumentException("year must be in [" + MIN_YEAR + ", " + MAX_YEAR + "] but was " + year());
        }
        reportedTotal().ifPresent(total -> {
            Decimals.checkBounded(total, "reported total");
            if (total.signum() < 0) {
                throw new IllegalArgumentException("reported total must be >= 0 but was " + total.toPlainString());
            }
        });
        reportedTotalRate().ifPresent(rate -> {
            Decimals.checkBounded(rate, "reported total rate");
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("reported total rate must be >= 0 but was " + rate.toPlainString());
            }
        });
        reportedGrade().ifPresent(grade -> {
            if (grade.isBlank()) {
                throw new IllegalArgumentException("reported grade must not be blank");
            }
        });
        IndicatorTrees.checkSiblings(indicators(), "the evaluation");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Project p : projects()) {
            if (!names.add(p.label())) {
                throw new IllegalArgumentException("duplicate project " + p.label());
            }
        }
    }
}
