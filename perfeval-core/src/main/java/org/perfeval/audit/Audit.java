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
 * <table class="striped">
 * <caption>Finding codes</caption>
 * <thead><tr><th>code</th><th>severity</th><th>location</th><th>raised when</th></tr></thead>
 * <tbody>
 * <tr><td>{@link FindingCode#REPORTED_TOTAL_MISMATCH}</td><td>ERROR</td><td>{@code reportedTotal}, a group's path</td>
 *     <td>the reported total is not the sum of the top-level nodes' reported scores (nor, under S12, that sum
 *     rescaled to the applicable points); a group's reported score is not the sum of its children's (when they all
 *     report one, their points add up and the group is a weighted sum); or the scores that are reported already
 *     exceed the total</td></tr>
 * <tr><td>{@link FindingCode#REPORTED_GRADE_MISMATCH}</td><td>ERROR</td><td>{@code reportedGrade}</td>
 *     <td>the reported grade is not the grade of the reported total on the rule set's scale</td></tr>
 * <tr><td>{@link FindingCode#SCORE_EXCEEDS_POINTS}</td><td>ERROR</td><td>a node's path, {@code reportedTotal}</td>
 *     <td>a reported score is above the node's points as scored (stated, from the rule set or allocated); the
 *     children's reported scores sum above their group's points; the reported total is above the maximum</td></tr>
 * <tr><td>{@link FindingCode#POINTS_DO_NOT_ADD_UP}</td><td>ERROR</td><td>a group's path; empty for the top level</td>
 *     <td>a group's children's points do not sum to the group's (or those stated already exceed it); the
 *     top-level points stated do not sum to the grade scale's maximum</td></tr>
 * <tr><td>{@link FindingCode#SCORE_OUTSIDE_BAND}</td><td>ERROR</td><td>a leaf's path</td>
 *     <td>a reported score of a qualitatively rated indicator lies outside its rating's band (S5)</td></tr>
 * <tr><td>{@link FindingCode#CLAIMED_VALUE_MISMATCH}</td><td>ERROR</td>
 *     <td>{@code claims[i]}, {@code projects[i]}, a path</td>
 *     <td>a claim, the actual of an indicator named after a metric, or a group's printed score rate matches
 *     neither the value computed from the report's figures nor any known reading of it; for a
 *     completed-projects claim also each completed project whose own execution differs from the claim, and each
 *     project that executed nothing of its budget and that the report does not call unfinished</td></tr>
 * <tr><td>{@link FindingCode#BUDGET_IDENTITY_BROKEN}</td><td>ERROR</td>
 *     <td>{@code budget.income}, {@code budget.expenditure}, {@code budget.basicExpenditure},
 *     {@code budget.incomeBySource}</td>
 *     <td>income (+ prior carry-over) ≠ expenditure + carry-over; basic + project ≠ expenditure; personnel +
 *     public ≠ basic; income by source does not sum to income (each only when every figure in it is
 *     printed)</td></tr>
 * <tr><td>{@link FindingCode#FULL_POINTS_FOR_MISSED_TARGET}</td><td>ERROR</td><td>a node's path</td>
 *     <td>a leaf whose target is missed reports more than the rule gives; a group reports more than the rule
 *     gives while targets under it are missed and nothing under it reports a score</td></tr>
 * <tr><td>{@link FindingCode#POINTS_DEDUCTED_UNEXPLAINED}</td><td>WARNING</td><td>a node's path</td>
 *     <td>a leaf reports less than the rule gives and has no deviation note; a group reports less than the
 *     rule gives while nothing under it reports a lower score or gives a deviation note</td></tr>
 * <tr><td>{@link FindingCode#DEVIATION_UNEXPLAINED}</td><td>WARNING</td><td>a leaf's path</td>
 *     <td>the rule set requires a deviation note (S13: target missed, execution below its threshold, actual
 *     far above target) and the indicator has none</td></tr>
 * <tr><td>{@link FindingCode#LARGE_BUDGET_ADJUSTMENT}</td><td>WARNING</td>
 *     <td>{@code budget.adjustedBudget}, {@code budget.expenditure}</td>
 *     <td>the budget adjustment rate, or when no adjusted budget is printed the growth of final spending over
 *     the year-start budget (决算较年初), is beyond the rule set's threshold in either direction</td></tr>
 * <tr><td>{@link FindingCode#METRIC_DEFINITION_MISMATCH}</td><td>WARNING</td><td>{@code claims[i]}, a leaf's path</td>
 *     <td>a printed metric contradicts the framework formula and matches a known non-framework reading of it
 *     instead (a control rate printed 100% because spending stayed within budget)</td></tr>
 * <tr><td>{@link FindingCode#CLAIM_UNVERIFIABLE}</td><td>INFO</td><td>{@code claims[i]}</td>
 *     <td>a claim whose metric cannot be computed from the report's figures</td></tr>
 * </tbody>
 * </table>
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
        return run(requireNonNull(evaluation, "evaluation"), Map.of());
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
        return audit(result.evaluation(), result.nodes());
    }

    /**
     * Audits a report with the engine's node results.
     *
     * @param evaluation the report, not null
     * @param nodes the engine's result for every node of the report's tree under this audit's rule set,
     *     not null
     * @return the findings in the documented order; empty when nothing is wrong
     * @throws IllegalArgumentException if a node of the report has no result
     */
    private List<Finding> audit(Evaluation evaluation, List<NodeResult> nodes) {
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
        return run(evaluation, results);
    }

    private List<Finding> run(Evaluation evaluation, Map<IndicatorPath, NodeResult> results) {
        Tree tree = new Tree(evaluation, results);
        FindingList out = new FindingList(tree);
        new TreeCheck(evaluation, tree, results, limits, out).run();
        if (!results.isEmpty()) {
            new NodeCheck(tree, limits, out).run();
        }
        ClaimCheck claims = new ClaimCheck(evaluation, limits, out);
        claims.runIndicators();
        evaluation.budget().ifPresent(budget -> new BudgetCheck(budget, limits, out).run());
        claims.runClaims();
        return out.sorted();
    }
}
