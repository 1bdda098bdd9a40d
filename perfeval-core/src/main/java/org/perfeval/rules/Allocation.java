package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * How a group's points go to children that state none (the Jinshui table gives points only per
 * first-level category): in proportion to weights, level by level, at a fixed number of decimal
 * places, by the largest-remainder method so that the shares add up exactly to what is allocated.
 *
 * <p>What is allocated is the parent's points less the points its other children state. Each child
 * without points gets {@code share × weight / Σ weights}, truncated to {@link #scale()} places; the
 * units left over go one each to the children with the largest truncated remainders, ties to the
 * name first in code-point order (never to the one listed first, so that sibling order does not
 * matter). A parent stated with more decimal places than {@link #scale()} is allocated at its own.
 *
 * <p>Weights default to 1 (equal shares); {@link #weights()} sets them per path, such as
 * {@code 产出指标/重点工作任务完成 → 2}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Allocation {

    Allocation() {}

    /** Builds an {@link Allocation}; {@code scale} defaults to 2 and there are no weights. */
    public static final class Builder extends ImmutableAllocation.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return equal shares at 2 decimal places */
    public static Allocation equalShares() {
        return builder().build();
    }

    /** @return the decimal places of allocated points, 0 to 12; 2 by default */
    @Value.Default
    public int scale() {
        return 2;
    }

    /**
     * @return relative weights by node path (names matched as in path patterns, with or without a
     *     trailing 指标); nodes not listed weigh 1
     */
    public abstract Map<String, BigDecimal> weights();

    @Value.Check
    void check() {
        if (scale() < 0 || scale() > RoundingStep.MAX_SCALE) {
            throw new IllegalArgumentException("allocation scale must be in [0, 12] but was " + scale());
        }
        weights().forEach((path, weight) -> {
            Decimals.checkBounded(weight, "allocation weight of " + path);
            if (weight.signum() <= 0) {
                throw new IllegalArgumentException("allocation weight must be > 0 but was " + weight.toPlainString()
                    + " (" + path + ")");
            }
        });
    }
}
