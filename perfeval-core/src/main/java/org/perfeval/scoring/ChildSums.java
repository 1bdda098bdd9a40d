package org.perfeval.scoring;

import java.math.BigDecimal;

/**
 * The sums of a group's children's points, of their applicable points, and of the applicable
 * points of those that count (more than zero). The last two follow the first, which costs one
 * addition per child, until a child applies with other points than its own. Sums made one by one
 * from zero, they keep the largest scale of what they add, as {@link BigDecimal#add} does.
 */
final class ChildSums {
    private BigDecimal points = BigDecimal.ZERO;
    /** Null while it is {@link #points()}. */
    private BigDecimal applicable;
    /** Null while it is {@link #applicable()}; differs in scale only, by the zeros it leaves out. */
    private BigDecimal counted;

    void add(BigDecimal childPoints, BigDecimal childApplicable) {
        BigDecimal applicableBefore = applicable();
        BigDecimal countedBefore = counted();
        points = points.add(childPoints);
        // The engine passes a child that applies whole with the very points it has.
        if (applicable != null || childApplicable != childPoints) {
            applicable = applicableBefore.add(childApplicable);
        }
        if (childApplicable.signum() > 0) {
            if (counted != null) {
                counted = counted.add(childApplicable);
            }
        } else if (counted == null) {
            counted = countedBefore;
        }
    }

    BigDecimal points() {
        return points;
    }

    BigDecimal applicable() {
        return applicable != null ? applicable : points;
    }

    BigDecimal counted() {
        return counted != null ? counted : applicable();
    }
}
