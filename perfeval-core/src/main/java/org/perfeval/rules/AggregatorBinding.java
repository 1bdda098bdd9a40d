package org.perfeval.rules;

import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * Binds an aggregator to the groups a path pattern matches (patterns as in {@link RuleBinding});
 * the first listed binding that matches a group wins; groups that none matches use the rule set's
 * {@link RuleSet#groupAggregator()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class AggregatorBinding {

    AggregatorBinding() {}

    /** Builds an {@link AggregatorBinding}; both fields are required. */
    public static final class Builder extends ImmutableAggregatorBinding.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param pattern a path pattern, such as {@code 效益指标}
     * @param aggregator the aggregator, not null
     * @return the binding
     */
    public static AggregatorBinding of(String pattern, RuleSpec aggregator) {
        return builder().pattern(pattern).aggregator(aggregator).build();
    }

    /** @return the path pattern of the groups */
    public abstract String pattern();

    /** @return the aggregator bound */
    public abstract RuleSpec aggregator();

    /** @return such as {@code 效益指标 → weakest-link} */
    @Override
    public String toString() {
        return pattern() + " → " + aggregator();
    }
}
