/**
 * The scoring engine: {@link org.perfeval.scoring.ScoringRule}s (the built-ins S1 to S12 and any an
 * application registers), {@link org.perfeval.scoring.Aggregator}s, the
 * {@link org.perfeval.scoring.RuleRegistry} that makes them by name, the
 * {@link org.perfeval.scoring.RuleSet} that says which applies where, and the
 * {@link org.perfeval.scoring.ScoringEngine} that turns an {@link org.perfeval.model.Evaluation} into
 * an {@link org.perfeval.scoring.EvaluationResult}. Every point is a {@link java.math.BigDecimal};
 * every rule set is data.
 */
package org.perfeval.scoring;
