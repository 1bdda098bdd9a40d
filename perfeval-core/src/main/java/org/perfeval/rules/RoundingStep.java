package org.perfeval.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * How one step of scoring rounds: a number of decimal places and a {@link RoundingMode}, such as
 * 2 places half-up (四舍五入), the ministry platform's {@code round(x, 2)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class RoundingStep {

    RoundingStep() {}
    /** The most decimal places a step may keep. */
    public static final int MAX_SCALE = 12;

    /** Builds a {@link RoundingStep}; {@code scale} and {@code mode} are required. */
    public static final class Builder extends ImmutableRoundingStep.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param scale decimal places, 0 to 12
     * @param mode the rounding mode, not null, not {@link RoundingMode#UNNECESSARY}
     * @return the step
     */
    public static RoundingStep of(int scale, RoundingMode mode) {
        return builder().scale(scale).mode(mode).build();
    }

    /** @return 2 places, half-up (四舍五入) */
    public static RoundingStep halfUp2() {
        return of(2, RoundingMode.HALF_UP);
    }

    /** @return the decimal places kept, 0 to 12 */
    public abstract int scale();

    /** @return the rounding mode */
    public abstract RoundingMode mode();

    /**
     * @param value a value, not null
     * @return the value rounded to {@link #scale()} places with {@link #mode()}
     */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale(), mode());
    }

    /**
     * Rounds a value that must stay within {@code [0, bound]}. Only a bound with more decimal places
     * than the step keeps can be passed by rounding: then full points stay the bound exactly, and
     * any other value rounds down instead.
     *
     * @param value a value in {@code [0, bound]}, not null
     * @param bound the bound, not null
     * @return the rounded value, in {@code [0, bound]}
     */
    public BigDecimal roundWithin(BigDecimal value, BigDecimal bound) {
        BigDecimal rounded = value.setScale(scale(), mode());
        if (rounded.compareTo(bound) > 0) {
            return value.compareTo(bound) == 0 ? bound : value.setScale(scale(), RoundingMode.DOWN);
        }
        return rounded;
    }

    @Value.Check
    void check() {
        if (scale() < 0 || scale() > MAX_SCALE) {
            throw new IllegalArgumentException("rounding scale must be in [0, " + MAX_SCALE + "] but was " + scale());
        }
        if (mode() == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding mode must round, but was UNNECESSARY");
        }
    }

    /** @return such as {@code 2 HALF_UP} */
    @Override
    public String toString() {
        return scale() + " " + mode();
    }
}
