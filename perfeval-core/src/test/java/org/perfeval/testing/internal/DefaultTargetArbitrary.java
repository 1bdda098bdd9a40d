package org.perfeval.testing.internal;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Direction;
import org.perfeval.model.Target;
import org.perfeval.testing.TargetArbitrary;

/** The implementation of {@link TargetArbitrary}. */
public final class DefaultTargetArbitrary extends ArbitraryDecorator<Target> implements TargetArbitrary {
    private Set<Direction> directions = EnumSet.allOf(Direction.class);
    private boolean restricted;
    private boolean extremes;

    @Override
    protected Arbitrary<Target> arbitrary() {
        boolean bareAllowed = !restricted;
        Arbitrary<Target> realistic = Leaves.targets(directions, bareAllowed);
        if (!extremes) {
            return realistic;
        }
        Arbitrary<Target> extreme = ModelValues.targets();
        if (restricted) {
            extreme = extreme.filter(this::statesWantedDirection);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, realistic), Tuple.of(1, extreme));
    }

    private boolean statesWantedDirection(Target target) {
        switch (target.kind()) {
            case QUALITATIVE:
                return directions.contains(Direction.QUALITATIVE);
            case RANGE:
                return directions.contains(Direction.EQUAL);
            default:
                Target.Quantitative q = (Target.Quantitative) target;
                return q.comparator().statesDirection() && directions.contains(q.comparator().direction());
        }
    }

    @Override
    public TargetArbitrary directions(Direction... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("directions must not be empty");
        }
        DefaultTargetArbitrary clone = typedClone();
        clone.directions = Set.of(given);
        clone.restricted = true;
        return clone;
    }

    @Override
    public TargetArbitrary includingExtremes() {
        DefaultTargetArbitrary clone = typedClone();
        clone.extremes = true;
        return clone;
    }
}
