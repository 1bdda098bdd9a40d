package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.perfeval.model.Actual;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/** The deduction rules S7 (step deduction, 扣分) and S9 (count deduction); 扣完为止: never below 0. */
final class DeductionRules {
    private static final String[] STEP_NAMES = {"value", "threshold", "deduction", "w"};
    private static final String[] COUNT_NAMES = {"count", "perItem", "w"};

    private DeductionRules() {}

    /**
     * S7: {@code max(0, w − deduction × excess)}, the excess being how far the actual value lies
     * beyond {@code threshold}: above it ({@code side = above}, the default) or below it
     * ({@code side = below}). Parameters {@code threshold} and {@code deduction} (per unit of excess,
     * above 0) are required. Example: 5 points, −0.5 per percentage point over 100%.
     */
    static final ScoringRule.Factory STEP = spec -> {
        spec.requireOnly(Set.of("threshold", "deduction"), Set.of("side"), false);
        BigDecimal threshold = spec.requiredNumber("threshold");
        BigDecimal deduction = positive(spec.requiredNumber("deduction"), "step-deduction", "deduction");
        boolean below = spec.word("side", List.of("above", "below")).equals("below");
        return (indicator, context) -> {
            Actual actual = indicator.actual();
            if (!(actual instanceof Actual.Measured)) {
                return RuleOutcome.notScorable(Comparison.notMeasured(actual, null));
            }
            BigDecimal value = ((Actual.Measured) actual).value();
            BigDecimal w = context.points();
            BigDecimal excess = below ? threshold.subtract(value) : value.subtract(threshold);
            BigDecimal[] values = {value, threshold, deduction, w};
            if (excess.signum() <= 0) {
                return outcome(w, TargetStatus.MET, below ? "value ≥ threshold → w" : "value ≤ threshold → w", STEP_NAMES, values);
            }
            BigDecimal raw = w.subtract(deduction.multiply(excess));
            return outcome(raw.signum() < 0 ? BigDecimal.ZERO : raw, TargetStatus.MISSED,
                below ? "max(0, w − deduction × (threshold − value))" : "max(0, w − deduction × (value − threshold))",
                STEP_NAMES, values);
        };
    };

    /**
     * S9: {@code max(0, w − perItem × count)}, the count being the actual value (violations found);
     * {@code perItem} defaults to 1 and must be above 0. A negative count cannot be scored.
     */
    static final ScoringRule.Factory COUNT = spec -> {
        spec.requireOnly(Set.of("perItem"), Set.of(), false);
        BigDecimal perItem = positive(spec.number("perItem", BigDecimal.ONE), "count-deduction", "perItem");
        return (indicator, context) -> {
            Actual actual = indicator.actual();
            if (!(actual instanceof Actual.Measured)) {
                return RuleOutcome.notScorable(Comparison.notMeasured(actual, null));
            }
            BigDecimal count = ((Actual.Measured) actual).value();
            if (count.signum() < 0) {
                return RuleOutcome.notScorable("a count of violations cannot be negative but was " + count.toPlainString());
            }
            BigDecimal w = context.points();
            BigDecimal raw = w.subtract(perItem.multiply(count));
            return outcome(raw.signum() < 0 ? BigDecimal.ZERO : raw,
                count.signum() == 0 ? TargetStatus.MET : TargetStatus.MISSED, "max(0, w − perItem × count)",
                COUNT_NAMES, new BigDecimal[] {count, perItem, w});
        };
    };

    static BigDecimal positive(BigDecimal value, String rule, String name) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("rule " + rule + " needs " + name + " > 0 but has " + value.toPlainString());
        }
        return value;
    }

    static RuleOutcome outcome(BigDecimal raw, TargetStatus status, String formula, String[] names, BigDecimal[] values) {
        return Outcomes.scored(raw, status, null, formula, names, values, null, null, null);
    }
}
