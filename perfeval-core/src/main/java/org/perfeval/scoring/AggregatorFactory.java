package org.perfeval.scoring;

/**
 * Makes an {@link Aggregator} from its {@link RuleSpec}. Registered by name in a {@link RuleRegistry}.
 *
 * <h2>Implementation specification</h2>
 * Implementations must be pure and thread-safe; bad parameters throw
 * {@link IllegalArgumentException} with a message that names them.
 */
@FunctionalInterface
public interface AggregatorFactory {

    /**
     * @param spec the aggregator's name and parameters, not null
     * @return the aggregator, not null
     * @throws IllegalArgumentException if the parameters are not valid for this aggregator
     */
    Aggregator create(RuleSpec spec);
}
