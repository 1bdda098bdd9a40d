/**
 * What an application implements to extend scoring: a {@link org.perfeval.scoring.spi.ScoringRule}
 * or an {@link org.perfeval.scoring.spi.Aggregator} with its {@code Factory}, given to a registry by
 * name or found through a {@link org.perfeval.scoring.spi.ScoringRuleProvider}; and what they receive
 * and return ({@link org.perfeval.scoring.spi.ScoringContext},
 * {@link org.perfeval.scoring.spi.ChildScore}, {@link org.perfeval.scoring.spi.RuleOutcome}).
 *
 * <p>This package depends on the model and the rule-set data only, never on the engine.
 */
package org.perfeval.scoring.spi;
