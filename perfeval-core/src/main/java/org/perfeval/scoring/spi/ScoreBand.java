package org.perfeval.scoring.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import org.perfeval.model.Rating;


/**
 * The band of points a qualitative rating allows (rule S5): 达成 {@code [0.8w, w]}, 部分达成
 * {@code [0.6w, 0.8w)}, 未达成 {@code [0, 0.6w)} with the ministry's fractions. The ministry platform
 * checks a self-assessed score against this band; so does the audit.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScoreBand {
    private final Rating rating;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean upperInclusive;
    private final Range<BigDecimal> range;

    private ScoreBand(Rating rating, BigDecimal lower, BigDecimal upper, boolean upperInclusive) {
        this.rating = requireNonNull(rating, "rating");
        this.lower = requireNonNull(lower, "lower");
        this.upper = requireNonNull(upper, "upper");
        this.upperInclusive = upperInclusive;
        if (lower.signum() < 0 || lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("score band for " + rating + " must have 0 <= lower <= upper but was ["
                + lower.toPlainString() + ", " + upper.toPlainString() + "]");
        }
        this.range = upperInclusive ? Range.closed(lower, upper) : Range.closedOpen(lower, upper);
    }

    /**
     * @param rating the rating, not null
     * @param lower the least score, inclusive, not negative
     * @param upper the greatest score, not below {@code lower}
     * @param upperInclusive whether {@code upper} itself is in the band (only for the top band)
     * @return the band
     */
    public static ScoreBand of(Rating rating, BigDecimal lower, BigDecimal upper, boolean upperInclusive) {
        return new ScoreBand(rating, lower, upper, upperInclusive);
    }

    /** @return the rating the band belongs to */
    public Rating rating() {
        return rating;
    }

    /** @return the least score of the band, inclusive */
    public BigDecimal lower() {
        return lower;
    }

    /** @return the upper end of the band; see {@link #upperInclusive()} */
    public BigDecimal upper() {
        return upper;
    }

    /** @return whether the upper end belongs to the band */
    public boolean upperInclusive() {
        return upperInclusive;
    }

    /**
     * @param score a score, not null
     * @return whether the band allows it
     */
    public boolean contains(BigDecimal score) {
        return range.contains(requireNonNull(score, "score"));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ScoreBand)) {
            return false;
        }
        ScoreBand that = (ScoreBand) other;
        return rating == that.rating && lower.equals(that.lower) && upper.equals(that.upper)
            && upperInclusive == that.upperInclusive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rating, lower, upper, upperInclusive);
    }

    /** @return such as {@code PARTIALLY_ACHIEVED [6.0, 8.0)} */
    @Override
    public String toString() {
        return rating + " [" + lower.toPlainString() + ", " + upper.toPlainString() + (upperInclusive ? "]" : ")");
    }
}
