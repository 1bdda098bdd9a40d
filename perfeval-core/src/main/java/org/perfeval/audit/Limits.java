package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.model.GradeScale;
import org.perfeval.rules.AuditThresholds;
import org.perfeval.rules.RuleSet;

/** What the audit reads from a rule set: tolerances, thresholds, the grade scale, how groups add up. */
final class Limits {
    static final String WEIGHTED_SUM = "weighted-sum";

    final BigDecimal pointsTolerance;
    final BigDecimal percentTolerance;
    final BigDecimal largeAdjustmentPercent;
    final Optional<BigDecimal> farAboveTargetPercent;
    final Optional<BigDecimal> executionRateBelowPercent;
    final GradeScale gradeScale;
    /** Whether every group is the plain sum of its children (the default weighted sum, no other aggregator bound). */
    final boolean groupsAreSums;
    /** Whether the total is the plain sum of the top-level nodes. */
    final boolean totalIsSum;

    Limits(RuleSet ruleSet) {
        AuditThresholds audit = ruleSet.audit();
        this.pointsTolerance = audit.pointsTolerance();
        this.percentTolerance = audit.percentTolerance();
        this.largeAdjustmentPercent = audit.largeAdjustmentPercent();
        this.farAboveTargetPercent = ruleSet.deviation().farAboveTargetPercent();
        this.executionRateBelowPercent = ruleSet.deviation().executionRateBelowPercent();
        this.gradeScale = ruleSet.gradeScale();
        this.groupsAreSums = ruleSet.groupAggregator().name().equals(WEIGHTED_SUM) && ruleSet.aggregators().isEmpty();
        this.totalIsSum = ruleSet.totalAggregator().name().equals(WEIGHTED_SUM);
    }

    /**
     * @return whether {@code a} passes {@code b} by more than the points tolerance; a value at or
     *     below the other passes it by nothing, which needs no subtraction (the tolerance is never negative)
     */
    boolean pointsAbove(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) > 0 && a.subtract(b).compareTo(pointsTolerance) > 0;
    }
}
