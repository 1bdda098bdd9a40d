package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.Project;


/**
 * Generates {@link Project}s: a realistic name, the approved amount in 万元 (to the fen), the
 * executed amount mostly near it (fully, partly, not at all, or a little over), a status and a
 * purpose now and then. Every method returns a new, configured copy.
 */
public interface ProjectArbitrary extends Arbitrary<Project> {

    /**
     * @param minWanYuan the least approved amount, in 万元, not negative
     * @param maxWanYuan the greatest, not below {@code minWanYuan} (by default 0 to 3000 万元)
     * @return a copy approving amounts in that range
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    ProjectArbitrary approvedBetween(BigDecimal minWanYuan, BigDecimal maxWanYuan);

    /**
     * @param share the probability that nothing was approved (a zero denominator), in [0, 1] (by
     *     default 0.05)
     * @return a copy approving nothing that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    ProjectArbitrary zeroShare(double share);
}
