package org.perfeval.testing;

import net.jqwik.api.Arbitrary;
import org.perfeval.model.Direction;
import org.perfeval.model.Target;

/**
 * Generates {@link Target}s as reports print them: the usual targets of real indicators
 * ({@code ≥95%}, {@code ≤30万元}, {@code =12次}, {@code 80-100%}, {@code 合规}), with every printed
 * comparator symbol (full-width ones included), with and without a unit. Every method returns a
 * new, configured copy.
 *
 * <pre>{@code
 * PerfevalArbitraries.targets().directions(Direction.POSITIVE, Direction.REVERSE)
 * }</pre>
 */
public interface TargetArbitrary extends Arbitrary<Target> {

    /**
     * @param directions the directions the targets state, not empty
     * @return a copy generating only targets that state one of them ({@code ≥}/{@code >} positive,
     *     {@code ≤}/{@code <} reverse, {@code =} or a range equality, a word qualitative); targets
     *     printed without comparator state none and are left out
     * @throws IllegalArgumentException if no direction is given
     */
    TargetArbitrary directions(Direction... directions);

    /**
     * @return a copy that also generates the extreme forms the model accepts: numbers of up to 34
     *     digits and 12 places, exponent forms, invented units and words, spaces before units
     */
    TargetArbitrary includingExtremes();
}
