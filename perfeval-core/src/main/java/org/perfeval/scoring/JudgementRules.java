package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Set;
import org.perfeval.internal.Exact;
import org.perfeval.model.Actual;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/** The rules that take a judgement the report states: S10 coefficient, S11 reported score, S12 not applicable. */
final class JudgementRules {
    private static final String[] COEFFICIENT_NAMES = {"coefficient", "w"};
    private static final String[] REPORTED_NAMES = {"reported", "w"};

    private JudgementRules() {}

    /**
     * S10 score coefficient (得分系数): {@code coefficient × w}, the coefficient being the actual value,
     * a percentage read as a fraction ({@code 85%} is 0.85). Outside {@code [0, 1]} it cannot score.
     */
    static final ScoringRule COEFFICIENT = (indicator, context) -> {
        Actual actual = indicator.actual();
        if (!(actual instanceof Actual.Measured)) {
            return RuleOutcome.notScorable(Comparison.notMeasured(actual, null));
        }
        Actual.Measured m = (Actual.Measured) actual;
        BigDecimal coefficient = m.unit().isPresent() && m.unit().get().isPercent() ? m.value().movePointLeft(2) : m.value();
        if (!Exact.between0And1(coefficient)) {
            return RuleOutcome.notScorable("a score coefficient must lie in [0, 1] but was " + actual.print());
        }
        BigDecimal w = context.points();
        return DeductionRules.outcome(coefficient.multiply(w), TargetStatus.NOT_JUDGED, "coefficient × w",
            COEFFICIENT_NAMES, new BigDecimal[] {coefficient, w});
    };

    /**
     * S11 assessor's judgement: the score the report gives itself, kept with its reason (the
     * indicator's deviation note). Without a reported score, or with one above the points, it cannot
     * score.
     */
    static final ScoringRule REPORTED = (indicator, context) -> {
        if (indicator.reportedScore().isEmpty()) {
            return RuleOutcome.notScorable("the report gives the indicator no score");
        }
        BigDecimal reported = indicator.reportedScore().get();
        BigDecimal w = context.points();
        if (reported.compareTo(w) > 0) {
            return RuleOutcome.notScorable("the reported score " + reported.toPlainString() + " exceeds the points "
                + w.toPlainString());
        }
        return Outcomes.scored(reported, TargetStatus.NOT_JUDGED, null, "reported score",
            REPORTED_NAMES, new BigDecimal[] {reported, w}, indicator.deviationNote().orElse("the report gives no reason"),
            null, null);
    };

    /** S12 not applicable, for indicators a rule set declares out of scope: the points leave the total. */
    static final ScoringRule NOT_APPLICABLE =
        (indicator, context) -> RuleOutcome.notApplicable("the rule set declares the indicator not applicable");

    static ScoringRule.Factory parameterless(ScoringRule rule) {
        return spec -> {
            spec.requireOnly(Set.of(), Set.of(), false);
            return rule;
        };
    }
}
