package org.perfeval.rules;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * The tolerances and thresholds the audit applies under a rule set: how far a reported figure may
 * differ from the computed one before it is a finding, and when a budget figure is worth a warning.
 * Percentages are numbers of percent ({@code 20} for 20%).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class AuditThresholds {

    AuditThresholds() {}

    /**
     * Largest {@link #pointsTolerance()} and {@link #percentTolerance()}: {@value} (one point, one
     * percentage point). Reports print scores and rates to two places; a tolerance beyond one point
     * would hide whole deductions and mismatches rather than rounding. Enforced when the thresholds
     * are built (and so when a rule set document is read).
     */
    public static final int MAX_TOLERANCE = 1;

    /** Builds {@link AuditThresholds}; every field has a default. */
    public static final class Builder extends ImmutableAuditThresholds.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults: 0.01 points, 0.01 percentage points, 20% adjustment, 90% execution */
    public static AuditThresholds defaults() {
        return builder().build();
    }

    /** @return how far reported points may differ from computed ones (sums, totals); 0.01 by default */
    @Value.Default
    public BigDecimal pointsTolerance() {
        return new BigDecimal("0.01");
    }

    /** @return how far a printed percentage may differ from the computed one, in percentage points; 0.01 */
    @Value.Default
    public BigDecimal percentTolerance() {
        return new BigDecimal("0.01");
    }

    /** @return the budget adjustment rate (in either direction), in percent, above which it is large; 20 */
    @Value.Default
    public BigDecimal largeAdjustmentPercent() {
        return BigDecimal.valueOf(20);
    }

    @Value.Check
    void check() {
        tolerance(pointsTolerance(), "pointsTolerance");
        tolerance(percentTolerance(), "percentTolerance");
        nonNegative(largeAdjustmentPercent(), "largeAdjustmentPercent");
    }

    private static void tolerance(BigDecimal value, String what) {
        nonNegative(value, what);
        if (value.compareTo(BigDecimal.valueOf(MAX_TOLERANCE)) > 0) {
            throw new IllegalArgumentException("audit " + what + " must be at most " + MAX_TOLERANCE
                + " (AuditThresholds.MAX_TOLERANCE) but was " + value.toPlainString()
                + "; a larger tolerance would hide whole deductions, not rounding");
        }
    }

    private static void nonNegative(BigDecimal value, String what) {
        Decimals.checkBounded(value, "audit " + what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("audit " + what + " must be >= 0 but was " + value.toPlainString());
        }
    }
}
