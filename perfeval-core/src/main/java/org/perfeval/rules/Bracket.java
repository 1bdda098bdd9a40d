package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * One row of a bracket table (分档): the values from {@link #from()} to {@link #to()} and what they
 * give. The {@code brackets} rule (S8) gives {@link #value()} points; the {@code lookup} aggregator
 * gives {@link #value()} percent of the group's points.
 *
 * <p>Which bound is inclusive is a property of the whole table (the rule's {@code closed}
 * parameter): lower bounds inclusive by default ({@code [80, 90) → 4}), upper bounds inclusive for
 * tables such as 预算调整率 {@code ≤10% → 2}. An absent bound is unbounded.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Bracket {

    Bracket() {}

    /** Builds a {@link Bracket}; {@code value} is required, both bounds are optional. */
    public static final class Builder extends ImmutableBracket.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param from the lower bound, or null for unbounded below
     * @param to the upper bound, or null for unbounded above
     * @param value what the bracket gives, not null, not negative
     * @return the bracket
     * @throws IllegalArgumentException if {@code from} is not below {@code to} or the value is negative
     */
    public static Bracket of(BigDecimal from, BigDecimal to, BigDecimal value) {
        return builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).value(value).build();
    }

    /** @return the lower bound; absent for unbounded below */
    public abstract Optional<BigDecimal> from();

    /** @return the upper bound; absent for unbounded above */
    public abstract Optional<BigDecimal> to();

    /** @return the points (rule {@code brackets}) or percent of the points (aggregator {@code lookup}) */
    public abstract BigDecimal value();

    /**
     * @param x a value, not null
     * @param upperClosed whether the upper bound is inclusive (and the lower exclusive)
     * @return whether {@code x} falls in this bracket
     */
    public boolean contains(BigDecimal x, boolean upperClosed) {
        if (from().isPresent()) {
            int c = x.compareTo(from().get());
            if (upperClosed ? c <= 0 : c < 0) {
                return false;
            }
        }
        if (to().isPresent()) {
            int c = x.compareTo(to().get());
            return upperClosed ? c <= 0 : c < 0;
        }
        return true;
    }

    @Value.Check
    void check() {
        Decimals.checkBounded(value(), "bracket value");
        from().ifPresent(f -> Decimals.checkBounded(f, "bracket lower bound"));
        to().ifPresent(t -> Decimals.checkBounded(t, "bracket upper bound"));
        if (value().signum() < 0) {
            throw new IllegalArgumentException("bracket value must be >= 0 but was " + value().toPlainString()
                + " (bracket " + this + ")");
        }
        if (from().isPresent() && to().isPresent() && from().get().compareTo(to().get()) >= 0) {
            throw new IllegalArgumentException("bracket lower bound " + from().get().toPlainString()
                + " must be below its upper bound " + to().get().toPlainString());
        }
    }

    /** @return such as {@code [80, 90) → 4} with the default closing */
    @Override
    public String toString() {
        return "[" + from().map(BigDecimal::toPlainString).orElse("-∞") + ", "
            + to().map(BigDecimal::toPlainString).orElse("+∞") + ") → " + value().toPlainString();
    }
}
