package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;

/**
 * Actuals better than a leaf's own, as its direction says: higher for a positive indicator, lower
 * (not below zero) for a reverse one, nearer the target for an equality one, a better rating. The
 * steps are fixed, so that a shrunk input gives the same variants again.
 */
public final class Improvements {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_SCALE = 12;

    private Improvements() {}

    /**
     * @param leaf a leaf indicator, not null
     * @return actuals better than its own, each differing from it; empty when none is defined (a blank,
     *     not-applicable or text actual, a best rating)
     */
    public static List<Actual> of(Indicator leaf) {
        return of(leaf, leaf.direction());
    }

    /**
     * @param leaf a leaf indicator, not null
     * @param path the leaf's path: the direction is the one it has in its place ({@link Indicator#direction(org.perfeval.model.IndicatorPath)})
     * @return actuals better than its own in that direction; see {@link #of(Indicator)}
     */
    public static List<Actual> of(Indicator leaf, org.perfeval.model.IndicatorPath path) {
        return of(leaf, leaf.direction(path));
    }

    private static List<Actual> of(Indicator leaf, Direction direction) {
        Actual actual = leaf.actual();
        List<Actual> better = new ArrayList<>();
        if (actual instanceof Actual.Rated) {
            Rating rating = ((Actual.Rated) actual).rating();
            // ratings are listed best first
            for (int i = rating.ordinal() - 1; i >= 0; i--) {
                better.add(Actual.Rated.of(Rating.values()[i]));
            }
            return better;
        }
        if (!(actual instanceof Actual.Measured)) {
            return better;
        }
        Actual.Measured measured = (Actual.Measured) actual;
        BigDecimal b = measured.value();
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(b.scale(), 0));
        List<BigDecimal> values = new ArrayList<>();
        switch (direction) {
            case POSITIVE:
                values.add(b.add(step));
                values.add(b.add(BigDecimal.ONE));
                values.add(b.signum() > 0 ? b.add(b) : b.add(BigDecimal.TEN));
                targetValue(leaf).filter(a -> a.compareTo(b) > 0).ifPresent(values::add);
                break;
            case REVERSE:
                if (b.signum() > 0) {
                    values.add(b.subtract(step).max(BigDecimal.ZERO));
                    values.add(b.multiply(HALF));
                    values.add(BigDecimal.ZERO);
                } else {
                    values.add(b.subtract(step));
                }
                targetValue(leaf).filter(a -> a.compareTo(b) < 0 && a.signum() >= 0).ifPresent(values::add);
                break;
            case EQUAL:
                nearest(leaf, b).ifPresent(a -> {
                    values.add(a);
                    values.add(a.add(b).multiply(HALF));
                });
                break;
            default:
                break;
        }
        for (BigDecimal value : values) {
            if (value.compareTo(b) != 0 && value.scale() <= MAX_SCALE && value.precision() - value.scale() <= 22) {
                Actual candidate = new Actual.Measured(value, measured.unit(), measured.spaced());
                if (!better.contains(candidate)) {
                    better.add(candidate);
                }
            }
        }
        return better;
    }

    private static java.util.Optional<BigDecimal> targetValue(Indicator leaf) {
        return leaf.target().filter(t -> t instanceof Target.Quantitative).map(t -> ((Target.Quantitative) t).value());
    }

    /** The point of the target nearest the actual: the target value, or the nearer bound of a range. */
    private static java.util.Optional<BigDecimal> nearest(Indicator leaf, BigDecimal b) {
        if (leaf.target().isEmpty()) {
            return java.util.Optional.empty();
        }
        Target target = leaf.target().get();
        if (target instanceof Target.Range) {
            Target.Range range = (Target.Range) target;
            return range.contains(b) ? java.util.Optional.empty()
                : java.util.Optional.of(b.compareTo(range.lower()) < 0 ? range.lower() : range.upper());
        }
        return targetValue(leaf).filter(a -> a.compareTo(b) != 0);
    }
}
