package org.perfeval.scoring;

import org.perfeval.model.Indicator;

/**
 * Awards points to one leaf indicator: from the indicator (target, actual, reported score) and its
 * {@link ScoringContext} (path, points, the whole evaluation, the rule set) to a {@link RuleOutcome}
 * with the points and how they came about.
 *
 * <p>Rules are named types with parameters ({@link RuleSpec}); a {@link RuleRegistry} creates them
 * by name, and a rule set binds them to indicators. The built-in rules are those of the domain
 * reference, S1 to S12: {@code positive}, {@code reverse-ratio}, {@code reverse-linear},
 * {@code equality}, {@code qualitative}, {@code budget-execution}, {@code step-deduction},
 * {@code brackets}, {@code count-deduction}, {@code coefficient}, {@code reported},
 * {@code not-applicable} (S13, when a deviation note is required, is part of the {@link RuleSet}).
 *
 * <h2>Implementation specification</h2>
 * Implementations must be pure (the outcome depends only on the arguments), immutable and
 * thread-safe: one instance scores many evaluations from many threads at once. The awarded points
 * must lie in {@code [0, context.points()]}; an actual that the rule cannot score (text against a
 * number, a blank cell) is an outcome ({@link RuleOutcome#notScorable(String)}), never an exception.
 * The engine rounds the awarded points with the rule set's indicator rounding; a rule returns them
 * unrounded.
 */
@FunctionalInterface
public interface ScoringRule {

    /**
     * Scores one indicator.
     *
     * @param indicator the leaf to score, not null
     * @param context where it sits, its points and the evaluation and rule set, not null
     * @return the outcome, not null
     */
    RuleOutcome score(Indicator indicator, ScoringContext context);
}
