package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * When an indicator needs a deviation note (偏差原因分析), rule S13: a missed target; a budget
 * execution rate below a threshold (Sichuan: 90%); an actual value at or above a multiple of a
 * positive target (Guangxi: 130%). Each indicator's result says whether a note is required and why
 * ({@link org.perfeval.scoring.NodeResult#deviationReasons()}); the audit compares it with the notes the report gives.
 *
 * <p>Percentages are written as numbers of percent: {@code 90} for 90%.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class DeviationThresholds {

    DeviationThresholds() {}

    /** Builds {@link DeviationThresholds}; a missed target requires a note by default, nothing else does. */
    public static final class Builder extends ImmutableDeviationThresholds.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a note for every missed target, and no other threshold */
    public static DeviationThresholds missedTargetsOnly() {
        return builder().build();
    }

    /** @return whether a missed target requires a note; true by default */
    @Value.Default
    public boolean whenTargetMissed() {
        return true;
    }

    /**
     * @return the execution rate, in percent, below which a budget-execution indicator (rule
     *     {@code budget-execution}, or named 预算执行率) requires a note, such as 90; none by default
     */
    public abstract Optional<BigDecimal> executionRateBelowPercent();

    /**
     * @return the percentage of a positive target at or above which the actual requires a note,
     *     such as 130; none by default
     */
    public abstract Optional<BigDecimal> farAboveTargetPercent();

    @Value.Check
    void check() {
        executionRateBelowPercent().ifPresent(p -> positive(p, "executionRateBelowPercent"));
        farAboveTargetPercent().ifPresent(p -> {
            positive(p, "farAboveTargetPercent");
            if (p.compareTo(BigDecimal.valueOf(100)) <= 0) {
                throw new IllegalArgumentException("deviation farAboveTargetPercent must be above 100 but was "
                    + p.toPlainString());
            }
        });
    }

    private static void positive(BigDecimal p, String what) {
        Decimals.checkBounded(p, "deviation " + what);
        if (p.signum() <= 0) {
            throw new IllegalArgumentException("deviation " + what + " must be > 0 but was " + p.toPlainString());
        }
    }
}
