package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.MetricResult;

/**
 * An evaluation scored under a rule set: the computed total and grade beside the reported ones,
 * every node's result in report order and the budget metrics.
 *
 * <p>A total is computed only when the rule set allows it: every category of the rule set is in the
 * report or the rule set says how an absent one counts ({@code Category.rule()},
 * {@code Category.whenAbsent()}), something in the report applies, and every node that counts is
 * computable ({@link NodeResult#notComputable()}). Otherwise {@link #total()} and {@link #grade()}
 * are empty and {@link #totalNotComputable()} says why: never a 0. The audit's findings about the same
 * report come with it in {@code org.perfeval.evaluation.EvaluationResult}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class ScoreSheet {

    ScoreSheet() {}

    /** Builds a {@link ScoreSheet}; made by the {@link ScoringEngine}, and by readers of result documents. */
    public static final class Builder extends ImmutableScoreSheet.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the evaluation scored */
    public abstract Evaluation evaluation();

    /** @return the rule set's id */
    public abstract String ruleSetId();

    /** @return the rule set's version */
    public abstract String ruleSetVersion();

    /** @return the highest total, the grade scale's maximum (100) */
    public abstract BigDecimal maximum();

    /**
     * @return the computed total, rounded, in {@code [0, maximum]}; empty when it is not computable
     *     ({@link #totalNotComputable()} says why)
     */
    public abstract Optional<BigDecimal> total();

    /** @return the grade of the computed total; empty when the total is not computable */
    public abstract Optional<Grade> grade();

    /**
     * @return why no total is computed, such as {@code the report has no 投入管理 (20 points), …}; empty
     *     when {@link #total()} is present
     */
    public abstract Optional<String> totalNotComputable();

    @Value.Check
    void checkTotal() {
        if (total().isPresent() == totalNotComputable().isPresent() || total().isPresent() != grade().isPresent()) {
            throw new IllegalArgumentException("a score sheet has either a computed total and its grade, or the reason "
                + "why the total is not computable, but has total " + total() + ", grade " + grade().map(Grade::label)
                + " and reason " + totalNotComputable());
        }
    }

    /** @return the total the report gives itself, if any */
    public abstract Optional<BigDecimal> reportedTotal();

    /** @return the grade the report gives itself, such as {@code 优}, if any */
    public abstract Optional<String> reportedGrade();

    /**
     * @return the points that count toward the total after S12: the maximum less the points of
     *     not-applicable indicators when the total is rescaled
     */
    public abstract BigDecimal applicablePoints();

    /** @return every node's result, depth-first in report order, parents before children */
    public abstract List<NodeResult> nodes();

    /**
     * @return categories of the rule set that the evaluation lacks and whose points stay in the
     *     maximum without being earned, by name
     */
    public abstract Map<String, BigDecimal> unearnedCategories();

    /** @return how the total came about */
    public abstract Trace totalTrace();

    /** @return every budget metric of the evaluation ({@link Evaluation#metrics()}) */
    @Value.Lazy
    public List<MetricResult> metrics() {
        return evaluation().metrics();
    }

    /** @return the reported total less the computed one, if the report gives a total and one is computed */
    public Optional<BigDecimal> totalDifference() {
        return total().flatMap(t -> reportedTotal().map(r -> r.subtract(t)));
    }

    /** @return the results by path, in report order */
    @Value.Lazy
    public Map<IndicatorPath, NodeResult> nodesByPath() {
        Map<IndicatorPath, NodeResult> byPath = new LinkedHashMap<>();
        for (NodeResult node : nodes()) {
            byPath.put(node.path(), node);
        }
        return Collections.unmodifiableMap(byPath);
    }

    /**
     * @param path a node's path, not null
     * @return its result, if the evaluation has the node
     */
    public Optional<NodeResult> node(IndicatorPath path) {
        return Optional.ofNullable(nodesByPath().get(path));
    }

    /**
     * @param path a node's path as text, such as {@code 产出指标/履职目标实现/标兵奖}; not null
     * @return its result, if the evaluation has the node
     */
    public Optional<NodeResult> node(String path) {
        return node(IndicatorPath.parse(path));
    }

    /** @return the results of the top-level nodes (一级), in report order */
    public List<NodeResult> categories() {
        return nodes().stream().filter(n -> n.path().depth() == 1).collect(Collectors.toList());
    }

    /**
     * @return such as {@code 100.00 优 (reported 98.15 优) under department-overall 2021.1}, or
     *     {@code total not computable: … under …}
     */
    @Override
    public String toString() {
        return total().map(t -> t.toPlainString() + " " + grade().get().label())
                .orElseGet(() -> "total not computable: " + totalNotComputable().get())
            + reportedTotal().map(t -> " (reported " + t.toPlainString() + reportedGrade().map(g -> " " + g).orElse("") + ")")
                .orElse("")
            + " under " + ruleSetId() + " " + ruleSetVersion();
    }
}
