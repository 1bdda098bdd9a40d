/**
 * The scoring engine: the {@link org.perfeval.scoring.RuleRegistry} that makes
 * {@link org.perfeval.scoring.spi.ScoringRule}s and {@link org.perfeval.scoring.spi.Aggregator}s by
 * name, the {@link org.perfeval.scoring.BuiltInRules}, and the
 * {@link org.perfeval.scoring.ScoringEngine} that scores an {@link org.perfeval.model.Evaluation}
 * under a {@link org.perfeval.rules.RuleSet} into a {@link org.perfeval.scoring.ScoreSheet} of
 * {@link org.perfeval.scoring.NodeResult}s and {@link org.perfeval.scoring.Trace}s. Every point is a
 * {@link java.math.BigDecimal}; every rule set is data.
 *
 * <h2>Built-in rules</h2>
 * The built-in rules S1–S12 and aggregators, with their formulas and parameters, are listed in
 * {@link org.perfeval.scoring.BuiltInRules}, the one table that registers them.
 * S13, when a deviation note is required, is {@link org.perfeval.rules.DeviationThresholds} in the
 * rule set. Aggregators: {@code weighted-sum} (the default), {@code weakest-link}, {@code lookup}
 * ({@code table} of rate brackets giving percent of the points, {@code closed}).
 *
 * <p>An actual a rule cannot score (text against a number, a blank cell, no budget) scores 0 with the
 * reason in the trace, unless the rule set's {@link org.perfeval.rules.UnscorablePolicy} says otherwise.
 */
package org.perfeval.scoring;
