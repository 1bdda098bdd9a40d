package org.perfeval.scoring.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import org.perfeval.model.IndicatorPath;


/**
 * One child of a group as an {@link Aggregator} sees it: its path, the points it counts for
 * (its applicable points, after S12) and the points it was awarded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ChildScore {
    private final IndicatorPath path;
    private final BigDecimal points;
    private final BigDecimal awarded;

    private ChildScore(IndicatorPath path, BigDecimal points, BigDecimal awarded) {
        this.path = path;
        this.points = points;
        this.awarded = awarded;
    }

    /**
     * @param path the child's path, not null
     * @param points the points it counts for, greater than 0
     * @param awarded the points awarded, in {@code [0, points]}
     * @return the child score
     * @throws IllegalArgumentException if the points are not positive or the award is outside them
     */
    public static ChildScore of(IndicatorPath path, BigDecimal points, BigDecimal awarded) {
        requireNonNull(path, "path");
        requireNonNull(points, "points");
        requireNonNull(awarded, "awarded");
        if (points.signum() <= 0 || awarded.signum() < 0 || awarded.compareTo(points) > 0) {
            throw new IllegalArgumentException("child score needs 0 <= awarded <= points and points > 0 but was "
                + awarded.toPlainString() + " of " + points.toPlainString() + " (" + path + ")");
        }
        return new ChildScore(path, points, awarded);
    }


    /** @return the child's path */
    public IndicatorPath path() {
        return path;
    }

    /** @return the points the child counts for; greater than 0 */
    public BigDecimal points() {
        return points;
    }

    /** @return the points awarded, in {@code [0, points]} */
    public BigDecimal awarded() {
        return awarded;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ChildScore)) {
            return false;
        }
        ChildScore that = (ChildScore) other;
        return path.equals(that.path) && points.equals(that.points) && awarded.equals(that.awarded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, points, awarded);
    }

    /** @return such as {@code 产出指标 39.35/40} */
    @Override
    public String toString() {
        return path + " " + awarded.toPlainString() + "/" + points.toPlainString();
    }
}
