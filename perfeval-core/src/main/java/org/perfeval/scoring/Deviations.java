package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.internal.Exact;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Metric;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** Applies a rule set's {@link DeviationThresholds} (S13) to one scored indicator. */
final class Deviations {
    private static final List<NodeResult.DeviationReason> MISSED = List.of(NodeResult.DeviationReason.TARGET_MISSED);

    private final boolean whenMissed;
    private final BigDecimal executionBelow;
    private final BigDecimal farAbove;

    Deviations(DeviationThresholds thresholds) {
        this.whenMissed = thresholds.whenTargetMissed();
        this.executionBelow = thresholds.executionRateBelowPercent().orElse(null);
        this.farAbove = thresholds.farAboveTargetPercent().orElse(null);
    }

    List<NodeResult.DeviationReason> reasons(Indicator indicator, IndicatorPath path, RuleOutcome outcome,
            TargetStatus target, String ruleId) {
        boolean missed = whenMissed && target == TargetStatus.MISSED;
        if (executionBelow == null && farAbove == null) {
            return missed ? MISSED : List.of();
        }
        // Most indicators owe no note: the three reasons are decided first, and a list is made only for those that do.
        boolean low = false;
        if (executionBelow != null) {
            BigDecimal rate = executionRatePercent(indicator, outcome, ruleId);
            low = rate != null && rate.compareTo(executionBelow) < 0;
        }
        boolean far = false;
        if (farAbove != null && target == TargetStatus.MET && indicator.direction(path) == Direction.POSITIVE) {
            BigDecimal a = outcome.targetValue().orElse(null);
            BigDecimal b = outcome.actualValue().orElse(null);
            if (a == null || b == null) {
                Comparison c = Comparison.read(indicator, false);
                a = c.a;
                b = c.b;
            }
            far = a != null && a.signum() > 0 && b.multiply(Exact.HUNDRED).compareTo(a.multiply(farAbove)) >= 0;
        }
        if (!low && !far) {
            return missed ? MISSED : List.of();
        }
        List<NodeResult.DeviationReason> reasons = new ArrayList<>(3);
        if (missed) {
            reasons.add(NodeResult.DeviationReason.TARGET_MISSED);
        }
        if (low) {
            reasons.add(NodeResult.DeviationReason.EXECUTION_RATE_LOW);
        }
        if (far) {
            reasons.add(NodeResult.DeviationReason.FAR_ABOVE_TARGET);
        }
        return reasons;
    }

    private static BigDecimal executionRatePercent(Indicator indicator, RuleOutcome outcome, String ruleId) {
        if (ruleId.equals("budget-execution")) {
            return outcome.actualValue().orElse(null);
        }
        if (indicator.actual() instanceof Actual.Measured && indicator.metric().orElse(null) == Metric.EXECUTION_RATE) {
            return ((Actual.Measured) indicator.actual()).value();
        }
        return null;
    }
}
