package org.perfeval.scoring.spi;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.model.Indicator;
import org.perfeval.rules.RuleSpec;

/**
 * Awards points to one leaf indicator: from the indicator (target, actual, reported score) and its
 * {@link ScoringContext} (path, points, the whole evaluation, the rule set) to a {@link RuleOutcome}
 * with the points and how they came about.
 *
 * <p>Rules are named types with parameters ({@link RuleSpec}); a {@link org.perfeval.scoring.RuleRegistry} creates them
 * by name, and a rule set binds them to indicators. The built-in rules are those of the domain
 * reference, S1 to S12: {@code positive}, {@code reverse-ratio}, {@code reverse-linear},
 * {@code equality}, {@code qualitative}, {@code budget-execution}, {@code step-deduction},
 * {@code brackets}, {@code count-deduction}, {@code coefficient}, {@code reported},
 * {@code not-applicable} (S13, when a deviation note is required, is part of the {@link org.perfeval.rules.RuleSet}).
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

    /**
     * The most points the rule can award whatever its indicator's points, when its parameters fix
     * them (a bracket table gives points from its rows); a rule set whose indicator has fewer points
     * than this is a lint problem. Rules that award a share of the indicator's points return empty,
     * as this default does.
     *
     * @return the most points the parameters allow, if they fix any
     */
    default Optional<BigDecimal> mostPoints() {
        return Optional.empty();
    }

    /**
     * Makes a {@link ScoringRule} from its {@link RuleSpec}: checks the parameters and returns a rule
     * that holds them. Registered by name in a registry ({@code RuleRegistry.with}).
     *
     * <h2>Implementation specification</h2>
     * Implementations must be pure and thread-safe. Bad parameters (unknown names, missing values,
     * values out of range) throw {@link IllegalArgumentException} with a message that names them; a
     * rule set's lint reports the message.
     */
    @FunctionalInterface
    interface Factory {

        /**
         * @param spec the rule's name and parameters, not null
         * @return the rule, not null
         * @throws IllegalArgumentException if the parameters are not valid for this rule
         */
        ScoringRule create(RuleSpec spec);
    }
}
