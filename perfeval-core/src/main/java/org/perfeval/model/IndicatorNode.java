package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A node of an indicator tree (绩效指标体系): a group ({@link IndicatorGroup}, such as the 一级 indicator
 * 产出指标 or the 二级 indicator 履职目标实现) or a leaf ({@link Indicator}, a 三级 indicator with a
 * target and an actual). Trees have any depth.
 *
 * <p>Within one parent, siblings have distinct names; a node is addressed by the path of names from
 * the top, such as {@code 产出指标/履职目标实现/标兵奖} ({@link IndicatorPath}).
 */
public sealed interface IndicatorNode permits Indicator, IndicatorGroup {

    /**
     * Longest name, in characters. Names are what a table cell prints (a few to a few dozen
     * characters); a node's path repeats the names above it, and every result and finding about the
     * node repeats its path, so a name of unbounded length would make a small document's result huge.
     */
    int MAX_NAME_LENGTH = 200;

    /**
     * @return the name as printed, such as {@code 标兵奖}; not blank, without surrounding space or {@code /},
     *     at most {@value #MAX_NAME_LENGTH} characters
     */
    String name();

    /** @return an optional stable code, unique within an evaluation, such as {@code "OUT-01"} */
    Optional<String> code();

    /**
     * The points (分值, 权重) the report gives the node. When absent, a rule set allocates points
     * from the parent.
     *
     * @return the points, not negative, if stated
     */
    Optional<BigDecimal> points();

    /**
     * @return the score the report gives itself (自评得分), not negative; as printed, so it may lie above
     *     the points (the audit then reports {@code SCORE_EXCEEDS_POINTS} on the node)
     */
    Optional<BigDecimal> reportedScore();

    /**
     * @return the score rate (得分率) the report prints for the node, as a percentage such as
     *     {@code 98.375}, if printed (score tables print it for categories and for rows such as 预算执行)
     */
    Optional<BigDecimal> reportedRate();

    /** @return whether this is a leaf {@link Indicator} */
    boolean isLeaf();
}
