package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A figure a report states in its prose, kept as data so that it can be checked against the report's
 * own numbers: "已完结的项目预算执行率 100%", "三公经费控制率为100%", "公用经费控制率为84.50%".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Claim {

    Claim() {}

    /**
     * Longest quote, in characters: a sentence of a report. The audit repeats the quote in what it
     * finds about each project a claim speaks for.
     */
    public static final int MAX_QUOTE_LENGTH = 500;

    /** Builds a {@link Claim}; {@code metric}, {@code percent} and {@code quote} are required. */
    public static final class Builder extends ImmutableClaim.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param metric what the claim is about, not null
     * @param percent the claimed value as a percentage, as printed ({@code 84.50}), not null
     * @param quote the sentence of the report that states it, not blank, at most {@value #MAX_QUOTE_LENGTH} characters
     * @return the claim
     */
    public static Claim of(Metric metric, BigDecimal percent, String quote) {
        return builder().metric(metric).percent(percent).quote(quote).build();
    }

    /** @return the metric the claim states */
    public abstract Metric metric();

    /** @return the claimed value as a percentage, with the digits printed ({@code 84.50} keeps its 0) */
    public abstract BigDecimal percent();

    /**
     * @return the report's own words, such as {@code 已完结的项目预算执行率 100%}; not blank, at most
     *     {@value #MAX_QUOTE_LENGTH} characters
     */
    public abstract String quote();

    /** @return where in the report the claim stands, such as {@code 三、综合评价结论}, if recorded */
    public abstract Optional<String> section();

    @Value.Check
    void check() {
        Decimals.checkBounded(percent(), "claimed percent");
        if (quote().isBlank()) {
            throw new IllegalArgumentException("claim quote must not be blank (" + metric().chineseName() + ")");
        }
        if (quote().length() > MAX_QUOTE_LENGTH) {
            throw new IllegalArgumentException("claim quote must be at most " + MAX_QUOTE_LENGTH + " characters but has "
                + quote().length() + " (" + metric().chineseName() + ")");
        }
    }
}
