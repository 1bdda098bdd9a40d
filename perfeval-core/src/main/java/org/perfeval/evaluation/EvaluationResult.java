package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.audit.Finding;
import org.perfeval.internal.PerfevalStyle;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.MetricResult;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.scoring.Trace;

/**
 * A report scored and audited under one rule set: its {@link #scores()} and the audit's
 * {@link #findings()}, as the result document holds them. The accessors of the scores are repeated
 * here so that a caller reads {@code result.total()} as it reads {@code result.findings()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class EvaluationResult {

    EvaluationResult() {}

    /**
     * @param scores the scores, not null
     * @param findings the audit's findings about the same report, most important first; not null
     * @return the result
     */
    public static EvaluationResult of(ScoreSheet scores, List<Finding> findings) {
        return ImmutableEvaluationResult.of(scores, findings);
    }

    /** @return the scores: totals, grades, every node's result */
    @Value.Parameter
    public abstract ScoreSheet scores();

    /** @return the audit's findings, most important first */
    @Value.Parameter
    public abstract List<Finding> findings();

    /** @return the evaluation scored */
    public Evaluation evaluation() {
        return scores().evaluation();
    }

    /** @return the rule set's id */
    public String ruleSetId() {
        return scores().ruleSetId();
    }

    /** @return the rule set's version */
    public String ruleSetVersion() {
        return scores().ruleSetVersion();
    }

    /** @return the highest total, the grade scale's maximum */
    public BigDecimal maximum() {
        return scores().maximum();
    }

    /** @return the computed total, rounded; empty when it is not computable (see {@link ScoreSheet#total()}) */
    public Optional<BigDecimal> total() {
        return scores().total();
    }

    /** @return the grade of the computed total; empty when the total is not computable */
    public Optional<Grade> grade() {
        return scores().grade();
    }

    /** @return why no total is computed; empty when one is (see {@link ScoreSheet#totalNotComputable()}) */
    public Optional<String> totalNotComputable() {
        return scores().totalNotComputable();
    }

    /** @return the total the report gives itself, if any */
    public Optional<BigDecimal> reportedTotal() {
        return scores().reportedTotal();
    }

    /** @return the grade the report gives itself, if any */
    public Optional<String> reportedGrade() {
        return scores().reportedGrade();
    }

    /** @return see {@link ScoreSheet#applicablePoints()} */
    public BigDecimal applicablePoints() {
        return scores().applicablePoints();
    }

    /** @return every node's result, depth-first in report order, parents before children */
    public List<NodeResult> nodes() {
        return scores().nodes();
    }

    /** @return see {@link ScoreSheet#unearnedCategories()} */
    public Map<String, BigDecimal> unearnedCategories() {
        return scores().unearnedCategories();
    }

    /** @return how the total came about */
    public Trace totalTrace() {
        return scores().totalTrace();
    }

    /** @return every budget metric of the evaluation */
    public List<MetricResult> metrics() {
        return scores().metrics();
    }

    /** @return the reported total less the computed one, if the report gives a total */
    public Optional<BigDecimal> totalDifference() {
        return scores().totalDifference();
    }

    /** @return the results by path, in report order */
    public Map<IndicatorPath, NodeResult> nodesByPath() {
        return scores().nodesByPath();
    }

    /**
     * @param path a node's path, not null
     * @return its result, if the evaluation has the node
     */
    public Optional<NodeResult> node(IndicatorPath path) {
        return scores().node(path);
    }

    /**
     * @param path a node's path as text, such as {@code 产出指标/履职目标实现/标兵奖}; not null
     * @return its result, if the evaluation has the node
     */
    public Optional<NodeResult> node(String path) {
        return scores().node(path);
    }

    /** @return the results of the top-level nodes (一级), in report order */
    public List<NodeResult> categories() {
        return scores().categories();
    }

    /** @return the scores' summary and the number of findings */
    @Override
    public String toString() {
        return scores() + ", " + findings().size() + " finding" + (findings().size() == 1 ? "" : "s");
    }
}
