package org.perfeval.audit;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;

/**
 * Checks a self-evaluation report against its own numbers and against the rule set it is scored
 * under, and returns what it finds as {@link Finding}s. A report that fails the audit is a result:
 * for a valid {@link Evaluation} the audit never throws.
 *
 * <pre>{@code
 * RuleSet ruleSet = Profiles.departmentOverall();
 * ScoreSheet scores = ScoringEngine.of(ruleSet, RuleRegistry.builtIns()).score(evaluation);
 * List<Finding> findings = Audit.of(ruleSet).audit(scores);
 * }</pre>
 *
 * <h2>What it checks</h2>
 *
 * Each {@link FindingCode} lists what raises it and where its findings point.
 *
 * <p>{@link #audit(Evaluation)} checks the report alone, with the points it states: the totals and the
 * grade, points and scores that add up, printed rates, the budget and the claims. With the engine's
 * results ({@link #audit(ScoreSheet)}) the audit also knows the points as scored and what each
 * rule gives, and adds the checks that need them: scores above allocated points, qualitative bands,
 * scores above or below the rule's, and deviation notes.
 *
 * <h2>Tolerances</h2>
 *
 * Thresholds and tolerances are the rule set's ({@link RuleSet#audit()}, {@link RuleSet#deviation()},
 * {@link RuleSet#gradeScale()}). A printed figure matches a computed value when the value rounds
 * half-up to it at the places printed ({@code 100%} matches 99.6%, {@code 82.28%} matches 82.2814%),
 * or lies within the tolerance: {@code pointsTolerance} for points, {@code percentTolerance} for
 * percentages. An amount identity holds within what printing its figures can have rounded away: half
 * a unit in the last printed place of each figure, at least two places of 万元.
 *
 * <h2>Figures and order</h2>
 *
 * Each finding's {@link Finding#figures()} gives amounts in 万元, percentages as numbers of percent and
 * points as points, under stable names ({@code reportedTotal}, {@code printedPercent},
 * {@code computedPercent}, {@code approved}, {@code executed}, {@code difference}, {@code tolerance} …).
 * Findings come most severe first; then by code, in {@link FindingCode} order; then by place: the
 * report as a whole, the indicator tree in report order (parents before children), the budget, the
 * claims in report order each followed by the projects it is checked against.
 *
 * <p>Instances are immutable and thread-safe; an audit is deterministic.
 */
public final class Audit {
    private final RuleSet ruleSet;
    private final Limits limits;

    private Audit(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.limits = new Limits(ruleSet);
    }

    /**
     * @param ruleSet the rule set whose tolerances, thresholds and grade scale apply, not null
     * @return the audit
     * @throws IllegalArgumentException if the rule set's grade scale has gaps or overlaps
     */
    public static Audit of(RuleSet ruleSet) {
        requireNonNull(ruleSet, "ruleSet");
        List<String> problems = ruleSet.gradeScale().problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rule set " + ruleSet.id() + " has an unusable grade scale: " + problems);
        }
        return new Audit(ruleSet);
    }

    /** @return the rule set the audit applies */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Audits a report on its own, with the points it states: everything but the checks that need
     * scores computed under the rule set.
     *
     * @param evaluation the report, not null
     * @return the findings in the documented order; empty when nothing is wrong
     */
    public List<Finding> audit(Evaluation evaluation) {
        return run(requireNonNull(evaluation, "evaluation"), Map.of(), null);
    }

    /**
     * Audits a scored report: every check.
     *
     * @param result the engine's result under this audit's rule set, not null
     * @return the findings in the documented order; empty when nothing is wrong
     * @throws IllegalArgumentException if the result was scored under another rule set or version
     */
    public List<Finding> audit(ScoreSheet result) {
        requireNonNull(result, "result");
        if (!result.ruleSetId().equals(ruleSet.id()) || !result.ruleSetVersion().equals(ruleSet.version())) {
            throw new IllegalArgumentException("the result was scored under rule set " + result.ruleSetId() + " "
                + result.ruleSetVersion() + ", not " + ruleSet.id() + " " + ruleSet.version());
        }
        List<Finding> found = audit(result.evaluation(), result.nodes(), result);
        return found;
    }

    /**
     * Audits a report with the engine's node results.
     *
     * @param evaluation the report, not null
     * @param nodes the engine's result for every node of the report's tree under this audit's rule set,
     *     not null
     * @param sheet the scores the nodes belong to
     * @return the findings in the documented order; empty when nothing is wrong
     * @throws IllegalArgumentException if a node of the report has no result
     */
    private List<Finding> audit(Evaluation evaluation, List<NodeResult> nodes, ScoreSheet sheet) {
        requireNonNull(evaluation, "evaluation");
        requireNonNull(nodes, "nodes");
        Map<IndicatorPath, NodeResult> results = new HashMap<>(2 * nodes.size());
        for (NodeResult node : nodes) {
            results.put(node.path(), node);
        }
        if (results.isEmpty() && !evaluation.nodesByPath().isEmpty()) {
            throw new IllegalArgumentException("no node result for " + evaluation.nodesByPath().keySet().iterator().next()
                + ": the results are not the evaluation's");
        }
        return run(evaluation, results, sheet);
    }

    private List<Finding> run(Evaluation evaluation, Map<IndicatorPath, NodeResult> results, ScoreSheet sheet) {
        Tree tree = new Tree(evaluation, results);
        FindingList out = new FindingList(tree);
        CategoryCheck.run(evaluation, ruleSet, out);
        new TreeCheck(evaluation, tree, results, limits, out).run();
        if (!results.isEmpty()) {
            new NodeCheck(tree, limits, out).run();
        }
        ClaimCheck claims = new ClaimCheck(evaluation, limits, out);
        ConsistencyCheck consistency = new ConsistencyCheck(evaluation, limits, out);
        claims.runIndicators();
        consistency.runIndicators();
        evaluation.budget().ifPresent(budget -> new BudgetCheck(budget, limits, out).run());
        claims.runClaims();
        consistency.runProjectsAndClaims();
        ComputabilityCheck computability = new ComputabilityCheck(ruleSet, out);
        computability.fit(evaluation);
        if (sheet != null) {
            computability.scores(sheet);
        }
        return out.sorted();
    }
}
