package org.perfeval.testing.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Actual;
import org.perfeval.testing.ActualArbitrary;

/** The implementation of {@link ActualArbitrary}: the actuals of realistic leaves, and extremes on request. */
public final class DefaultActualArbitrary extends ArbitraryDecorator<Actual> implements ActualArbitrary {
    private Leaves.Settings settings = Leaves.Settings.DEFAULT;
    private boolean extremes;

    @Override
    protected Arbitrary<Actual> arbitrary() {
        Arbitrary<Actual> realistic = Leaves.actuals(settings);
        if (!extremes) {
            return realistic;
        }
        Arbitrary<Actual> extreme = ModelValues.actuals().filter(this::allowed);
        return Arbitraries.frequencyOf(Tuple.of(3, realistic), Tuple.of(1, extreme));
    }

    private boolean allowed(Actual actual) {
        switch (actual.kind()) {
            case MISSING:
                return settings.missingShare() > 0;
            case NOT_APPLICABLE:
                return settings.notApplicableShare() > 0;
            default:
                return true;
        }
    }

    @Override
    public ActualArbitrary missingShare(double share) {
        DefaultActualArbitrary clone = typedClone();
        clone.settings = settings.withMissingShare(share);
        return clone;
    }

    @Override
    public ActualArbitrary notApplicableShare(double share) {
        DefaultActualArbitrary clone = typedClone();
        clone.settings = settings.withNotApplicableShare(share);
        return clone;
    }

    @Override
    public ActualArbitrary includingExtremes() {
        DefaultActualArbitrary clone = typedClone();
        clone.extremes = true;
        return clone;
    }
}
