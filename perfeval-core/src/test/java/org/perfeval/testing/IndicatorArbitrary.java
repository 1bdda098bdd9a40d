package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;

/**
 * Generates leaf {@link Indicator}s like those of published reports: a realistic name (完成率,
 * 公用经费控制率, 系统维护费, 资金使用合规性 …) with its unit, a target that fits it, an actual around the
 * target (met, missed, far over, exactly on it), now and then in words, blank or not applicable; a
 * stated direction now and then; points and a reported score (自评得分) that need not agree with any
 * rule. Every method returns a new, configured copy.
 *
 * <pre>{@code
 * PerfevalArbitraries.indicators().directions(Direction.REVERSE).points(BigDecimal.TEN).missingShare(0)
 * }</pre>
 */
public interface IndicatorArbitrary extends Arbitrary<Indicator> {

    /**
     * @param directions the directions the indicators have, not empty
     * @return a copy generating only indicators whose {@link Indicator#direction()} is one of them
     * @throws IllegalArgumentException if no direction is given
     */
    IndicatorArbitrary directions(Direction... directions);

    /**
     * @param share the probability of a blank actual, in [0, 1] (by default 0.05)
     * @return a copy generating blank actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    IndicatorArbitrary missingShare(double share);

    /**
     * @param share the probability of a not-applicable actual, in [0, 1] (by default 0.05)
     * @return a copy generating not-applicable actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    IndicatorArbitrary notApplicableShare(double share);

    /**
     * @param points the points every indicator states, not negative
     * @return a copy stating exactly these points (by default 1 to 30 points, now and then none)
     * @throws IllegalArgumentException if the points are negative
     */
    IndicatorArbitrary points(BigDecimal points);

    /** @return a copy whose indicators state no points, to be allocated by a rule set */
    IndicatorArbitrary withoutPoints();

    /**
     * @param share the probability that an indicator with points states a reported score (自评得分),
     *     in [0, 1] (by default 0.7); the score lies anywhere in [0, points], so it often disagrees
     *     with what a rule awards
     * @return a copy stating reported scores that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    IndicatorArbitrary reportedScoreShare(double share);
}
