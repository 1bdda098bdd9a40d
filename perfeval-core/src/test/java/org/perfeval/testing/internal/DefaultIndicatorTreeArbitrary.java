package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Direction;
import org.perfeval.model.IndicatorNode;
import org.perfeval.testing.IndicatorTreeArbitrary;

/** The implementation of {@link IndicatorTreeArbitrary}. */
public final class DefaultIndicatorTreeArbitrary extends ArbitraryDecorator<List<IndicatorNode>>
        implements IndicatorTreeArbitrary {
    private TreeSettings settings = TreeSettings.DEFAULT;

    @Override
    protected Arbitrary<List<IndicatorNode>> arbitrary() {
        return TreeGenerator.trees(settings);
    }

    private DefaultIndicatorTreeArbitrary with(TreeSettings changed) {
        DefaultIndicatorTreeArbitrary clone = typedClone();
        clone.settings = changed;
        return clone;
    }

    @Override
    public IndicatorTreeArbitrary depth(int min, int max) {
        return with(settings.withDepth(min, max));
    }

    @Override
    public IndicatorTreeArbitrary fanOut(int min, int max) {
        return with(settings.withFanOut(min, max));
    }

    @Override
    public IndicatorTreeArbitrary totalPoints(BigDecimal total) {
        return with(settings.withTotalPoints(total));
    }

    @Override
    public IndicatorTreeArbitrary withoutPoints() {
        return with(settings.withoutPoints());
    }

    @Override
    public IndicatorTreeArbitrary topLevel(String... names) {
        return with(settings.withTopLevelNames(List.of(names)));
    }

    @Override
    public IndicatorTreeArbitrary directions(Direction... directions) {
        return with(settings.withLeaves(settings.leaves().withDirections(directions)));
    }

    @Override
    public IndicatorTreeArbitrary missingShare(double share) {
        return with(settings.withLeaves(settings.leaves().withMissingShare(share)));
    }

    @Override
    public IndicatorTreeArbitrary notApplicableShare(double share) {
        return with(settings.withLeaves(settings.leaves().withNotApplicableShare(share)));
    }

    @Override
    public IndicatorTreeArbitrary reportedScoreShare(double share) {
        return with(settings.withLeaves(settings.leaves().withReportedScoreShare(share)));
    }
}
