package org.perfeval.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;

/**
 * A provincial rule of the kind applications register themselves: B / A × w, capped at w; when the
 * target is 0 or below, full points for reaching it and none otherwise. A target range counts from
 * its lower bound.
 */
class CappedRatioRule implements ScoringRule {
    /** Points to 10 places: a rule's award may have at most 12, and the engine rounds it anyway. */
    private static final int AWARD_SCALE = 10;

    @Override
    public RuleOutcome score(Indicator indicator, ScoringContext context) {
        Optional<BigDecimal> target = target(indicator);
        if (target.isEmpty()) {
            return RuleOutcome.notScorable("the target is not a number");
        }
        if (!(indicator.actual() instanceof Actual.Measured)) {
            return RuleOutcome.notScorable("the actual is not a number");
        }
        Actual.Measured actual = (Actual.Measured) indicator.actual();
        Optional<Unit> targetUnit = indicator.effectiveUnit();
        if (actual.unit().isPresent() && targetUnit.isPresent() && !actual.unit().equals(targetUnit)) {
            return RuleOutcome.notScorable("the actual is in " + actual.unit().get() + ", the target in " + targetUnit.get());
        }
        return RuleOutcome.scored(award(target.get(), actual.value(), context.points()), "min(B / A, 1) × w");
    }

    /** The points for actual {@code b} against target {@code a}, out of {@code w}. */
    BigDecimal award(BigDecimal a, BigDecimal b, BigDecimal w) {
        if (a.signum() <= 0) {
            return b.compareTo(a) >= 0 ? w : BigDecimal.ZERO;
        }
        BigDecimal award = w.multiply(b).divide(a, AWARD_SCALE, RoundingMode.DOWN);
        return award.min(w).max(BigDecimal.ZERO);
    }

    private static Optional<BigDecimal> target(Indicator indicator) {
        return indicator.target().flatMap(t -> t instanceof Target.Quantitative
            ? Optional.of(((Target.Quantitative) t).value())
            : t instanceof Target.Range ? Optional.of(((Target.Range) t).lower()) : Optional.empty());
    }
}
