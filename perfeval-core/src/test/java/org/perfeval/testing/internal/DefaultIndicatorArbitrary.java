package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.testing.IndicatorArbitrary;

/** The implementation of {@link IndicatorArbitrary}. */
public final class DefaultIndicatorArbitrary extends ArbitraryDecorator<Indicator> implements IndicatorArbitrary {
    private Leaves.Settings settings = Leaves.Settings.DEFAULT;
    private Optional<BigDecimal> fixedPoints = Optional.empty();
    private boolean noPoints;

    @Override
    protected Arbitrary<Indicator> arbitrary() {
        return Leaves.leaves(points(), settings);
    }

    private Arbitrary<Optional<BigDecimal>> points() {
        if (noPoints) {
            return Arbitraries.just(Optional.empty());
        }
        if (fixedPoints.isPresent()) {
            return Arbitraries.just(fixedPoints);
        }
        return Arbitraries.frequencyOf(
            Tuple.of(4, Points.leafPoints().map(Optional::of)),
            Tuple.of(1, Arbitraries.just(Optional.<BigDecimal>empty())));
    }

    @Override
    public IndicatorArbitrary directions(Direction... directions) {
        DefaultIndicatorArbitrary clone = typedClone();
        clone.settings = settings.withDirections(directions);
        return clone;
    }

    @Override
    public IndicatorArbitrary missingShare(double share) {
        DefaultIndicatorArbitrary clone = typedClone();
        clone.settings = settings.withMissingShare(share);
        return clone;
    }

    @Override
    public IndicatorArbitrary notApplicableShare(double share) {
        DefaultIndicatorArbitrary clone = typedClone();
        clone.settings = settings.withNotApplicableShare(share);
        return clone;
    }

    @Override
    public IndicatorArbitrary points(BigDecimal points) {
        Objects.requireNonNull(points, "points");
        if (points.signum() < 0) {
            throw new IllegalArgumentException("points must be >= 0 but were " + points.toPlainString());
        }
        DefaultIndicatorArbitrary clone = typedClone();
        clone.fixedPoints = Optional.of(points);
        clone.noPoints = false;
        return clone;
    }

    @Override
    public IndicatorArbitrary withoutPoints() {
        DefaultIndicatorArbitrary clone = typedClone();
        clone.noPoints = true;
        clone.fixedPoints = Optional.empty();
        return clone;
    }

    @Override
    public IndicatorArbitrary reportedScoreShare(double share) {
        DefaultIndicatorArbitrary clone = typedClone();
        clone.settings = settings.withReportedScoreShare(share);
        return clone;
    }
}
