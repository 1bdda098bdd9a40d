package org.perfeval.rules;

import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * How scoring rounds, step by step: each indicator's awarded points, each group's, the total, and
 * the score rates (得分率, percent). The default, the ministry platform's: 2 places half-up for
 * points, and 4 places half-up for rates (reports print {@code 98.375%}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Rounding {

    Rounding() {}

    /** Builds a {@link Rounding}; every step defaults as {@link #standard()}. */
    public static final class Builder extends ImmutableRounding.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return 2 places half-up for indicators, groups and the total; 4 places half-up for rates */
    public static Rounding standard() {
        return builder().build();
    }

    /** @return the rounding of an indicator's awarded points */
    @Value.Default
    public RoundingStep indicator() {
        return RoundingStep.halfUp2();
    }

    /** @return the rounding of a group's awarded points */
    @Value.Default
    public RoundingStep group() {
        return RoundingStep.halfUp2();
    }

    /** @return the rounding of the total */
    @Value.Default
    public RoundingStep total() {
        return RoundingStep.halfUp2();
    }

    /** @return the rounding of score rates, in percent */
    @Value.Default
    public RoundingStep rate() {
        return RoundingStep.of(4, java.math.RoundingMode.HALF_UP);
    }
}
