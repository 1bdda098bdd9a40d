package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.RuleSet;

/**
 * Generates whole {@link Evaluation}s: a reporting unit and year, an indicator tree
 * ({@link IndicatorTreeArbitrary}), a budget block now and then ({@link BudgetArbitrary}), up to three
 * projects ({@link ProjectArbitrary}), a reported total and grade that need not agree with the tree,
 * and now and then a claim in prose. Every method returns a new, configured copy.
 *
 * <pre>{@code
 * PerfevalArbitraries.evaluations()
 *     .depth(3, 3).fanOut(2, 4)
 *     .totalPoints(new BigDecimal("100"))
 *     .directions(Direction.POSITIVE, Direction.REVERSE)
 *     .missingShare(0.1).notApplicableShare(0.05);
 *
 * PerfevalArbitraries.evaluations().shapedFor(myRuleSet);   // its categories at the top level
 * }</pre>
 */
public interface EvaluationArbitrary extends Arbitrary<Evaluation> {

    /**
     * @param min the fewest levels of the indicator tree, at least 1
     * @param max the most levels, at least {@code min} (by default 2 to 3)
     * @return a copy generating trees of that depth
     * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
     * @see IndicatorTreeArbitrary#depth(int, int)
     */
    EvaluationArbitrary depth(int min, int max);

    /**
     * @param min the fewest children of a group, at least 1
     * @param max the most, at least {@code min} (by default 1 to 4)
     * @return a copy generating groups with that many children
     * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
     * @see IndicatorTreeArbitrary#fanOut(int, int)
     */
    EvaluationArbitrary fanOut(int min, int max);

    /**
     * @param total the points of the whole tree, not negative, such as 100
     * @return a copy whose nodes all state points that add up exactly to {@code total}
     * @throws IllegalArgumentException if the total is negative
     * @see IndicatorTreeArbitrary#totalPoints(BigDecimal)
     */
    EvaluationArbitrary totalPoints(BigDecimal total);

    /** @return a copy whose nodes state no points, for a rule set to allocate */
    EvaluationArbitrary withoutPoints();

    /**
     * @param directions the directions of the leaves, not empty
     * @return a copy whose leaves all have one of these directions
     * @throws IllegalArgumentException if no direction is given
     */
    EvaluationArbitrary directions(Direction... directions);

    /**
     * @param share the probability of a blank actual on a leaf, in [0, 1] (by default 0.05)
     * @return a copy generating blank actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    EvaluationArbitrary missingShare(double share);

    /**
     * @param share the probability of a not-applicable actual on a leaf, in [0, 1] (by default 0.05)
     * @return a copy generating not-applicable actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    EvaluationArbitrary notApplicableShare(double share);

    /**
     * @param share the probability that a node with points, and the evaluation, state a reported
     *     score, in [0, 1] (by default 0.7)
     * @return a copy stating reported scores that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    EvaluationArbitrary reportedScoreShare(double share);

    /**
     * @param kinds the kinds of evaluation, not empty
     * @return a copy generating evaluations of these kinds (by default both)
     * @throws IllegalArgumentException if no kind is given
     */
    EvaluationArbitrary kinds(EvaluationKind... kinds);

    /**
     * @param share the probability of a budget block, in [0, 1] (by default 0.8)
     * @return a copy giving a budget that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    EvaluationArbitrary budgetShare(double share);

    /**
     * Shapes the evaluations for one rule set: the top-level nodes are its categories, with their
     * points when points are stated, the year lies within its effective dates, the kind is its kind.
     * A rule set without categories leaves the top level free.
     *
     * @param ruleSet the rule set, not null
     * @return the configured copy
     */
    EvaluationArbitrary shapedFor(RuleSet ruleSet);
}
