package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.perfeval.internal.Decimals;


/**
 * One band of a {@link GradeScale}: a label ({@code 优}) and the scores it covers, the lower bound
 * inclusive and the upper bound exclusive, except that the top band of a scale includes the scale's
 * maximum: a scale marks the band that reaches its maximum as {@linkplain #includesUpperBound()
 * including its upper bound}, and the band prints so ({@code 优 [90, 100]}, {@code 良 [80, 90)}).
 *
 * <p>Grades of one scale are ordered by their lower bound. Instances are immutable and thread-safe.
 */
public final class Grade implements Comparable<Grade> {
    private final String label;
    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;
    private final boolean includesUpperBound;

    private Grade(String label, BigDecimal lowerBound, BigDecimal upperBound, boolean includesUpperBound) {
        this.includesUpperBound = includesUpperBound;
        this.label = requireNonNull(label, "label");
        this.lowerBound = Decimals.checkBounded(requireNonNull(lowerBound, "lowerBound"), "grade lower bound");
        this.upperBound = Decimals.checkBounded(requireNonNull(upperBound, "upperBound"), "grade upper bound");
        if (label.isBlank()) {
            throw new IllegalArgumentException("grade label must not be blank");
        }
        if (lowerBound.compareTo(upperBound) >= 0) {
            throw new IllegalArgumentException("grade " + label + " lower bound " + lowerBound.toPlainString()
                + " must be below its upper bound " + upperBound.toPlainString());
        }
    }

    /**
     * @param label the grade as printed, such as {@code 优}; not blank
     * @param lowerBound the least score of the band, inclusive
     * @param upperBound the score above the band, exclusive; a {@link GradeScale} makes its band that
     *     reaches the maximum include it
     * @return the grade
     * @throws IllegalArgumentException if the label is blank or the bounds are not increasing
     */
    public static Grade of(String label, BigDecimal lowerBound, BigDecimal upperBound) {
        return new Grade(label, lowerBound, upperBound, false);
    }

    /**
     * @return this band including its upper bound, as the top band of a scale does; this band if it
     *     already does
     */
    public Grade includingUpperBound() {
        return includesUpperBound ? this : new Grade(label, lowerBound, upperBound, true);
    }

    /** @return the label, such as {@code 优} */
    public String label() {
        return label;
    }

    /** @return the least score of the band, inclusive */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** @return the upper bound of the band, exclusive unless {@link #includesUpperBound()} */
    public BigDecimal upperBound() {
        return upperBound;
    }

    /** @return whether the band includes its upper bound, as the top band of a scale does */
    public boolean includesUpperBound() {
        return includesUpperBound;
    }

    /** Orders by lower bound, then upper bound (excluded before included), then label. */
    @Override
    public int compareTo(Grade other) {
        int c = lowerBound.compareTo(other.lowerBound);
        if (c == 0) {
            c = upperBound.compareTo(other.upperBound);
        }
        if (c == 0) {
            c = Boolean.compare(includesUpperBound, other.includesUpperBound);
        }
        return c != 0 ? c : label.compareTo(other.label);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Grade)) {
            return false;
        }
        Grade that = (Grade) other;
        return label.equals(that.label) && lowerBound.compareTo(that.lowerBound) == 0
            && upperBound.compareTo(that.upperBound) == 0 && includesUpperBound == that.includesUpperBound;
    }

    @Override
    public int hashCode() {
        return 2 * (31 * (31 * label.hashCode() + lowerBound.stripTrailingZeros().hashCode())
            + upperBound.stripTrailingZeros().hashCode()) + (includesUpperBound ? 1 : 0);
    }

    /** @return the band as an interval, such as {@code 良 [80, 90)} or, for a top band, {@code 优 [90, 100]} */
    @Override
    public String toString() {
        return label + " [" + lowerBound.toPlainString() + ", " + upperBound.toPlainString() + (includesUpperBound ? "]" : ")");
    }
}
