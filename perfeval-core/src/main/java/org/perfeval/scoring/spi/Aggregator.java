package org.perfeval.scoring.spi;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.RuleSpec;

/**
 * Combines the children's awarded points into a group's (一级, 二级 indicator) or into the total.
 * Built-ins: {@code weighted-sum} (the default: the sum of the children's points, each child's
 * points being the parent's allocated), {@code weakest-link} (the lowest child rate times the
 * points) and {@code lookup} (the group's rate looked up in a table). Registered by name in a
 * {@link org.perfeval.scoring.RuleRegistry} like the rules.
 *
 * <h2>Implementation specification</h2>
 * Implementations must be pure, immutable and thread-safe, and return a scored
 * {@link RuleOutcome} whose points lie in {@code [0, points]}. They must not depend on the order of
 * the children: a report may list them in any order.
 */
@FunctionalInterface
public interface Aggregator {

    /**
     * @param path the group's path ({@link IndicatorPath#root()} for the total), not null
     * @param points the points the group can reach, not negative
     * @param children the children that count (not-applicable ones left out), not empty, each
     *     with points above 0
     * @return the group's outcome, not null
     */
    RuleOutcome aggregate(IndicatorPath path, BigDecimal points, List<ChildScore> children);

    /**
     * Makes an {@link Aggregator} from its {@link RuleSpec}. Registered by name in a registry
     * ({@code RuleRegistry.withAggregator}).
     *
     * <h2>Implementation specification</h2>
     * Implementations must be pure and thread-safe; bad parameters throw
     * {@link IllegalArgumentException} with a message that names them.
     */
    @FunctionalInterface
    interface Factory {

        /**
         * @param spec the aggregator's name and parameters, not null
         * @return the aggregator, not null
         * @throws IllegalArgumentException if the parameters are not valid for this aggregator
         */
        Aggregator create(RuleSpec spec);
    }
}
