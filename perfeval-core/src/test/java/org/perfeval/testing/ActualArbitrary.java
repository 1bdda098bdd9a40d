package org.perfeval.testing;

import net.jqwik.api.Arbitrary;
import org.perfeval.model.Actual;


/**
 * Generates {@link Actual}s as reports print them: measured numbers with and without unit (mostly),
 * ratings in every printed wording, text, not applicable ({@code 不适用}) and blank cells. Every
 * method returns a new, configured copy.
 *
 * <pre>{@code
 * PerfevalArbitraries.actuals().missingShare(0.3).notApplicableShare(0)
 * }</pre>
 */
public interface ActualArbitrary extends Arbitrary<Actual> {

    /**
     * @param share the probability of a blank cell ({@link Actual#missing()}), in [0, 1] (by default 0.05)
     * @return a copy generating blanks that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    ActualArbitrary missingShare(double share);

    /**
     * @param share the probability of a not-applicable actual ({@code 不适用}, {@code 不涉及}, {@code N/A},
     *     {@code /}), in [0, 1] (by default 0.05)
     * @return a copy generating not-applicable actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    ActualArbitrary notApplicableShare(double share);

    /**
     * @return a copy that also generates the extreme forms the model accepts: numbers of up to 34
     *     digits, exponent forms, invented units and words
     */
    ActualArbitrary includingExtremes();
}
