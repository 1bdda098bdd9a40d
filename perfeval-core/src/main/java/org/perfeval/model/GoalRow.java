package org.perfeval.model;

import static java.util.Objects.requireNonNull;

/**
 * A row of a table's 年度总体目标 block: the 预期目标 (年初设定目标) beside the 实际完成情况 (完成情况综述),
 * both as printed; some tables print amounts there.
 *
 * @param expected the 预期目标 as printed
 * @param achieved the 实际完成情况 as printed
 */
public record GoalRow(TableCell expected, TableCell achieved) {
    /**
     * Checks that neither cell is null.
     *
     * @param expected see the record's description
     * @param achieved see the record's description
     */
    public GoalRow {
        requireNonNull(expected, "expected");
        requireNonNull(achieved, "achieved");
    }

    /**
     * @param expected the 预期目标 as printed, not null
     * @param achieved the 实际完成情况 as printed, not null
     * @return the row
     */
    public static GoalRow of(String expected, String achieved) {
        return new GoalRow(TableCell.parse(expected), TableCell.parse(achieved));
    }
}
