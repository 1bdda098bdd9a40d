package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.Amount;
import org.perfeval.model.Unit;

/**
 * Generates {@link Amount}s as reports state them: mostly in 万元 with up to 6 places (a sum to the
 * fen), now and then in 元 with up to 2, zero now and then. Every method returns a new, configured
 * copy; the arbitrary itself is immutable.
 *
 * <pre>{@code
 * PerfevalArbitraries.amounts().between(BigDecimal.ZERO, new BigDecimal("500")).zeroShare(0.2)
 * }</pre>
 */
public interface AmountArbitrary extends Arbitrary<Amount> {

    /**
     * @param minWanYuan the least sum, in 万元, not negative
     * @param maxWanYuan the greatest sum, in 万元, not below {@code minWanYuan}
     * @return a copy generating sums in that range (by default 0 to 100 000 万元)
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    AmountArbitrary between(BigDecimal minWanYuan, BigDecimal maxWanYuan);

    /**
     * @param units the units to state sums in, {@link Unit#WAN_YUAN} and/or {@link Unit#YUAN}
     * @return a copy stating sums only in those units (by default 万元 mostly, 元 now and then)
     * @throws IllegalArgumentException if none is given or one is not money
     */
    AmountArbitrary units(Unit... units);

    /**
     * @param share the probability of a zero sum, in [0, 1] (by default 0.05)
     * @return a copy generating zero that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    AmountArbitrary zeroShare(double share);

    /**
     * @return a copy that also generates the extreme statements the model accepts: up to 34 digits
     *     and 12 places, exponent forms such as {@code 1E+3}; for tests of printing and reading
     */
    AmountArbitrary includingExtremes();
}
