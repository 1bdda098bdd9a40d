package org.perfeval.testing;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.Direction;
import org.perfeval.model.IndicatorNode;

/**
 * Generates indicator trees (the top-level nodes of an 绩效指标体系) of any depth: groups with
 * realistic names (产出指标 / 数量指标 …) over realistic leaves ({@link IndicatorArbitrary}). Points
 * are stated on every node and add up exactly, level by level, to {@link #totalPoints(BigDecimal)};
 * or stated nowhere (as in the Jinshui report, for a rule set to allocate); or, now and then by
 * default, stated here and there without adding up. Every method returns a new, configured copy.
 *
 * <pre>{@code
 * PerfevalArbitraries.indicatorTrees().depth(3, 3).fanOut(2, 5).totalPoints(new BigDecimal("100"))
 * }</pre>
 *
 * <p>A tree has up to {@code fanOut.max ^ depth.max} leaves: keep both small for fast properties.
 */
public interface IndicatorTreeArbitrary extends Arbitrary<List<IndicatorNode>> {

    /**
     * @param min the fewest levels from a top-level node down to a leaf, at least 1
     * @param max the most levels, at least {@code min} (by default 2 to 3; 1 makes the top-level
     *     nodes leaves, 3 is the common 一级 / 二级 / 三级 form)
     * @return a copy generating trees of that depth, branch by branch
     * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
     */
    IndicatorTreeArbitrary depth(int min, int max);

    /**
     * @param min the fewest children of a group and top-level nodes, at least 1
     * @param max the most, at least {@code min} (by default 1 to 4)
     * @return a copy generating groups with that many children
     * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
     */
    IndicatorTreeArbitrary fanOut(int min, int max);

    /**
     * @param total the points of the whole tree, not negative, such as 100
     * @return a copy stating points on every node that add up exactly to their parent's, and the
     *     top-level nodes' to {@code total}
     * @throws IllegalArgumentException if the total is negative
     */
    IndicatorTreeArbitrary totalPoints(BigDecimal total);

    /** @return a copy stating points on no node, for a rule set to allocate */
    IndicatorTreeArbitrary withoutPoints();

    /**
     * @param names the top-level names, distinct, not empty, such as a rule set's categories
     * @return a copy whose top level is exactly these nodes, in this order
     * @throws IllegalArgumentException if no name is given or a name repeats
     */
    IndicatorTreeArbitrary topLevel(String... names);

    /**
     * @param directions the directions of the leaves, not empty
     * @return a copy whose leaves all have one of these directions
     * @throws IllegalArgumentException if no direction is given
     */
    IndicatorTreeArbitrary directions(Direction... directions);

    /**
     * @param share the probability of a blank actual on a leaf, in [0, 1] (by default 0.05)
     * @return a copy generating blank actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    IndicatorTreeArbitrary missingShare(double share);

    /**
     * @param share the probability of a not-applicable actual on a leaf, in [0, 1] (by default 0.05)
     * @return a copy generating not-applicable actuals that often
     * @throws IllegalArgumentException if the share is outside [0, 1] (blank and not-applicable shares
     *     together above 1 fail when values are generated)
     */
    IndicatorTreeArbitrary notApplicableShare(double share);

    /**
     * @param share the probability that a node with points states a reported score, in [0, 1] (by
     *     default 0.7); leaves' scores lie anywhere in [0, points], a group's is mostly the sum of its
     *     children's and now and then not
     * @return a copy stating reported scores that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    IndicatorTreeArbitrary reportedScoreShare(double share);
}
