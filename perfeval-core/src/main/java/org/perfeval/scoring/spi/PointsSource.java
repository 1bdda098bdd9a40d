package org.perfeval.scoring.spi;

/** Where a node's points (分值) come from. */
public enum PointsSource {
    /** The report states them on the node. */
    STATED,
    /** The report states none on this group, but on every child: the sum of the children's. */
    IMPLIED,
    /** The rule set gives them: a category's points (预算执行 10, 投入管理 20 …). */
    RULE_SET,
    /** Allocated from the parent's points by the rule set's {@link org.perfeval.rules.Allocation}. */
    ALLOCATED
}
