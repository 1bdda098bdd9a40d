package org.perfeval.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.RuleContractException;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.testing.internal.Improvements;

/**
 * The laws of {@link Law}, pointed at one rule set: each method checks one law on one evaluation
 * and throws a {@link LawViolation} naming the law, the rule and the counterexample when it does not
 * hold. Call them from a jqwik property: jqwik generates the evaluations, and shrinks a failing one
 * to the smallest it can find.
 *
 * <pre>{@code
 * class SichuanRuleSetProperties {
 *     static final RuleSet RULES = SichuanRules.ruleSet();
 *     static final RuleSetLaws LAWS = RuleSetLaws.of(RULES, SichuanRules.registry());
 *
 *     @Provide
 *     Arbitrary<Evaluation> reports() {
 *         return PerfevalArbitraries.evaluations().shapedFor(RULES);
 *     }
 *
 *     @Property(tries = 200)
 *     void obeysEveryLaw(@ForAll("reports") Evaluation evaluation) {
 *         LAWS.checkAll(evaluation);
 *     }
 * }
 * }</pre>
 *
 * <p>{@code @ForAll Evaluation} works as well, through the kit's arbitrary provider, with
 * evaluations of any shape. Instances are immutable and thread-safe.
 */
public final class RuleSetLaws {
    /** Improving more leaves than this in one evaluation adds time, not power. */
    private static final int MAX_IMPROVED_LEAVES = 12;

    private final RuleSet ruleSet;
    private final RuleRegistry registry;
    private final Evaluator engine;
    private final String ruleSetName;

    private RuleSetLaws(RuleSet ruleSet, RuleRegistry registry, Evaluator engine) {
        this.ruleSet = ruleSet;
        this.registry = registry;
        this.engine = engine;
        this.ruleSetName = "rule set " + ruleSet.id() + " " + ruleSet.version();
    }

    /**
     * @param ruleSet the rule set, not null; it must lint clean under the registry
     * @param registry the rules and aggregators it names, not null
     * @return the laws of that rule set
     * @throws IllegalArgumentException listing the problems if the rule set does not lint clean (the
     *     laws are those of usable rule sets)
     * @throws LawViolation of {@link Law#NEVER_THROWS} if lint or making the engine throws
     */
    public static RuleSetLaws of(RuleSet ruleSet, RuleRegistry registry) {
        requireNonNull(ruleSet, "ruleSet");
        requireNonNull(registry, "registry");
        String name = "rule set " + ruleSet.id() + " " + ruleSet.version();
        List<LintProblem> problems;
        try {
            problems = registry.lint(ruleSet);
        } catch (RuntimeException e) {
            throw new LawViolation(Law.NEVER_THROWS, name, "lint threw " + e, e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + " does not lint clean, so no law applies to it: " + problems);
        }
        try {
            return new RuleSetLaws(ruleSet, registry, Evaluator.of(ruleSet, registry));
        } catch (RuntimeException e) {
            throw new LawViolation(Law.NEVER_THROWS, name, "a lint-clean rule set made no engine: " + e, e);
        }
    }

    /** @return the rule set the laws are checked against */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Checks every law on one evaluation: {@link #bounded}, {@link #totalWithinScale},
     * {@link #deterministic}, {@link #independentOfSiblingOrder}, {@link #monotone},
     * {@link #gradeMonotone} and {@link #neverThrows}, in that order.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation for the first law broken
     */
    public void checkAll(Evaluation evaluation) {
        EvaluationResult result = score(evaluation);
        bounded(result);
        totalWithinScale(result);
        deterministic(evaluation, result);
        independentOfSiblingOrder(evaluation, result);
        monotone(evaluation, result, true);
        neverThrows(evaluation);
    }

    /**
     * {@link Law#BOUNDED}: every node's awarded points lie in {@code [0, applicable points]}, and its
     * applicable points in {@code [0, points]}.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation naming the node, its rule and its points if the law does not hold
     */
    public void bounded(Evaluation evaluation) {
        bounded(score(evaluation));
    }

    private void bounded(EvaluationResult result) {
        for (NodeResult node : result.nodes()) {
            boolean within = node.awarded().signum() >= 0 && node.awarded().compareTo(node.applicablePoints()) <= 0
                && node.applicablePoints().signum() >= 0 && node.applicablePoints().compareTo(node.points()) <= 0;
            if (!within) {
                throw violation(Law.BOUNDED, node, describe(result.evaluation(), node) + " awarded "
                    + node.awarded().toPlainString() + " of " + node.applicablePoints().toPlainString()
                    + " applicable points (" + node.points().toPlainString() + " points)");
            }
        }
    }

    /**
     * {@link Law#TOTAL_WITHIN_SCALE}: the total lies in {@code [0, maximum]} and the maximum is the
     * grade scale's.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation if the law does not hold
     */
    public void totalWithinScale(Evaluation evaluation) {
        totalWithinScale(score(evaluation));
    }

    private void totalWithinScale(EvaluationResult result) {
        BigDecimal maximum = ruleSet.gradeScale().maximum();
        // A total that is not computable has no figure to bound: the sheet carries the reason instead.
        BigDecimal total = result.total().orElse(BigDecimal.ZERO);
        if (result.maximum().compareTo(maximum) != 0 || total.signum() < 0 || total.compareTo(maximum) > 0) {
            throw new LawViolation(Law.TOTAL_WITHIN_SCALE, "the total aggregator " + ruleSet.totalAggregator()
                + " under " + ruleSetName, "total " + total.toPlainString() + " of maximum "
                + result.maximum().toPlainString() + " (grade scale maximum " + maximum.toPlainString() + "); "
                + result.totalTrace().explain(), null);
        }
    }

    /**
     * {@link Law#DETERMINISTIC}: scoring the evaluation twice, and with a new engine, gives equal results.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation naming the first node whose results differ
     */
    public void deterministic(Evaluation evaluation) {
        deterministic(evaluation, score(evaluation));
    }

    private void deterministic(Evaluation evaluation, EvaluationResult first) {
        EvaluationResult again = score(evaluation);
        EvaluationResult fresh;
        try {
            fresh = Evaluator.of(ruleSet, registry).evaluate(evaluation);
        } catch (RuleContractException e) {
            throw contractBroken(e);
        }
        for (EvaluationResult other : List.of(again, fresh)) {
            if (!other.equals(first)) {
                throw difference(Law.DETERMINISTIC, evaluation, first, other, "scored again");
            }
        }
    }

    /**
     * {@link Law#SIBLING_ORDER}: reversing the siblings at every level ({@link Trees#reversed(Evaluation)})
     * changes no node's result, the total or the grade.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation naming the first node whose results differ
     */
    public void independentOfSiblingOrder(Evaluation evaluation) {
        independentOfSiblingOrder(evaluation, score(evaluation));
    }

    private void independentOfSiblingOrder(Evaluation evaluation, EvaluationResult forward) {
        EvaluationResult backward = score(Trees.reversed(evaluation));
        if (!forward.nodesByPath().equals(backward.nodesByPath()) || !sameTotal(forward, backward)
                || !forward.grade().equals(backward.grade())) {
            throw difference(Law.SIBLING_ORDER, evaluation, forward, backward, "with siblings reversed");
        }
    }

    /**
     * {@link Law#MONOTONE}: for each leaf with a measured or rated actual, an actual better in the
     * leaf's direction ({@link org.perfeval.model.Indicator#direction()}) never scores fewer points on
     * that leaf, nor a lower total, when both are scored.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation naming the leaf, its rule and both actuals if the law does not hold
     */
    public void monotone(Evaluation evaluation) {
        monotone(evaluation, score(evaluation), false);
    }

    /**
     * {@link Law#GRADE_MONOTONE}: the grade is the grade scale's band of the total, and an actual better
     * in a leaf's direction never gives a lower grade.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation if the law does not hold
     */
    public void gradeMonotone(Evaluation evaluation) {
        EvaluationResult result = score(evaluation);
        gradeIsBandOfTotal(result);
        monotone(evaluation, result, true);
    }

    /** @return whether both totals are computed and equal, or neither is computed */
    private static boolean sameTotal(EvaluationResult a, EvaluationResult b) {
        return a.total().isPresent() == b.total().isPresent()
            && (a.total().isEmpty() || a.total().get().compareTo(b.total().get()) == 0);
    }

    private void gradeIsBandOfTotal(EvaluationResult result) {
        if (result.total().isEmpty()) {
            if (result.grade().isPresent()) {
                throw new LawViolation(Law.GRADE_MONOTONE, "the grade scale " + ruleSet.gradeScale().id() + " under "
                    + ruleSetName, "a grade " + result.grade().get() + " without a computed total", null);
            }
            return;
        }
        Grade band = ruleSet.gradeScale().gradeOf(result.total().get());
        if (!band.equals(result.grade().orElse(null))) {
            throw new LawViolation(Law.GRADE_MONOTONE, "the grade scale " + ruleSet.gradeScale().id() + " under "
                + ruleSetName, "total " + result.total().get().toPlainString() + " graded " + result.grade()
                + ", its band is " + band, null);
        }
    }

    private void monotone(Evaluation evaluation, EvaluationResult before, boolean grades) {
        if (grades) {
            gradeIsBandOfTotal(before);
        }
        int improved = 0;
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : evaluation.nodesByPath().entrySet()) {
            if (!(entry.getValue() instanceof Indicator) || improved == MAX_IMPROVED_LEAVES) {
                continue;
            }
            Indicator leaf = (Indicator) entry.getValue();
            List<Actual> better = Improvements.of(leaf, entry.getKey());
            if (better.isEmpty()) {
                continue;
            }
            improved++;
            NodeResult was = before.nodesByPath().get(entry.getKey());
            for (Actual actual : better) {
                EvaluationResult after = score(Trees.withLeaf(evaluation, entry.getKey(), Trees.withActual(leaf, actual)));
                NodeResult now = after.nodesByPath().get(entry.getKey());
                if (was.status() != RuleOutcome.Status.SCORED || now.status() != RuleOutcome.Status.SCORED) {
                    continue;
                }
                // Where something else in the report is not computable, there is no total to compare.
                boolean totals = before.total().isPresent() && after.total().isPresent();
                String change = describe(evaluation, was) + ": actual " + print(leaf.actual()) + " scores "
                    + was.awarded().toPlainString() + " (total " + totalText(before) + "), actual " + print(actual)
                    + " scores " + now.awarded().toPlainString() + " (total " + totalText(after) + ")";
                if (now.awarded().compareTo(was.awarded()) < 0
                        || totals && after.total().get().compareTo(before.total().get()) < 0) {
                    throw violation(Law.MONOTONE, was, change);
                }
                if (grades && totals
                        && after.grade().get().lowerBound().compareTo(before.grade().get().lowerBound()) < 0) {
                    throw violation(Law.GRADE_MONOTONE, was, change);
                }
            }
        }
    }

    private static String totalText(EvaluationResult result) {
        return result.total().map(t -> t.toPlainString() + ", " + result.grade().get().label())
            .orElseGet(() -> "not computable: " + result.totalNotComputable().get());
    }

    /**
     * {@link Law#NEVER_THROWS}: lint against the evaluation returns its problems without throwing, and
     * the lint-clean rule set scores the evaluation without throwing.
     *
     * @param evaluation the evaluation, not null
     * @throws LawViolation naming what threw
     */
    public void neverThrows(Evaluation evaluation) {
        try {
            registry.lint(ruleSet, evaluation);
        } catch (RuntimeException e) {
            throw new LawViolation(Law.NEVER_THROWS, "lint of " + ruleSetName, "lint against the evaluation threw " + e, e);
        }
        score(evaluation);
    }

    private EvaluationResult score(Evaluation evaluation) {
        requireNonNull(evaluation, "evaluation");
        try {
            return engine.evaluate(evaluation);
        } catch (RuleContractException e) {
            throw contractBroken(e);
        } catch (RuntimeException e) {
            throw new LawViolation(Law.NEVER_THROWS, "the engine under " + ruleSetName, "scoring threw " + e, e);
        }
    }

    /** A rule that awards out of bounds breaks {@link Law#BOUNDED}; one that throws, {@link Law#NEVER_THROWS}. */
    private LawViolation contractBroken(RuleContractException e) {
        Law law = e.getCause() == null ? Law.BOUNDED : Law.NEVER_THROWS;
        String message = String.valueOf(e.getMessage());
        String[] words = message.split(" ", 3);
        String rule = words.length >= 2 ? words[0] + " " + words[1] : "a rule";
        return new LawViolation(law, rule + " under " + ruleSetName, message, e);
    }

    private LawViolation violation(Law law, NodeResult node, String counterexample) {
        return new LawViolation(law, "rule " + node.trace().ruleId() + " under " + ruleSetName, counterexample, null);
    }

    private LawViolation difference(Law law, Evaluation evaluation, EvaluationResult first, EvaluationResult second,
            String how) {
        for (Map.Entry<IndicatorPath, NodeResult> node : first.nodesByPath().entrySet()) {
            NodeResult other = second.nodesByPath().get(node.getKey());
            if (!node.getValue().equals(other)) {
                return violation(law, node.getValue(), describe(evaluation, node.getValue()) + ": "
                    + node.getValue().trace().explain() + "; " + how + ": "
                    + (other == null ? "no such node" : other.trace().explain()));
            }
        }
        return new LawViolation(law, "the total aggregator " + ruleSet.totalAggregator() + " under " + ruleSetName,
            "total " + totalText(first) + "; " + how + ": total " + totalText(second), null);
    }

    /** Such as {@code 产出指标/数量指标/培训人次 (POSITIVE, target ≥500人次, 10 points)}. */
    private static String describe(Evaluation evaluation, NodeResult node) {
        IndicatorNode source = evaluation.nodesByPath().get(node.path());
        if (!(source instanceof Indicator)) {
            return node.path() + " (group, " + node.points().toPlainString() + " points)";
        }
        Indicator leaf = (Indicator) source;
        return node.path() + " (" + leaf.direction(node.path()) + ", target " + leaf.target().map(t -> t.print()).orElse("none")
            + ", " + node.points().toPlainString() + " points)";
    }

    private static String print(Actual actual) {
        return actual.kind() == Actual.Kind.MISSING ? "(blank)" : actual.print();
    }

    /** @return such as {@code RuleSetLaws[cn-mof-project-2020 1]} */
    @Override
    public String toString() {
        return "RuleSetLaws[" + ruleSet.id() + " " + ruleSet.version() + "]";
    }
}
