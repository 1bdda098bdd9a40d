package org.perfeval.examples;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * A custom scoring rule, {@value #NAME}: a positive (正向) indicator gets its points in proportion
 * below the target (B / A × w, as S1), full points from the target on, and only {@code keep} × w
 * once the actual reaches {@code ratio} × the target, because an actual that far above its target
 * suggests the target was set too low (some provinces cut points there; Guangxi asks for an
 * explanation from 130%).
 *
 * <p>Parameters, as a rule set states them: {@code ratio} (default 1.3, above 1) and {@code keep}
 * (default 0.8, from 0 to 1). The rule compares the numbers as printed; it does not convert units.
 *
 * <p>Like every {@link ScoringRule}, it is pure, immutable and thread-safe, returns its points
 * unrounded within {@code [0, w]}, and reports an indicator it cannot score as an outcome rather
 * than an exception.
 */
public final class OverTargetRule implements ScoringRule {
    /** The name rule sets use for this rule. */
    public static final String NAME = "example:over-target";

    private static final BigDecimal DEFAULT_RATIO = new BigDecimal("1.3");
    private static final BigDecimal DEFAULT_KEEP = new BigDecimal("0.8");
    /** Decimal places of the unrounded proportional points; the engine rounds them to the rule set's. */
    private static final int SCALE = 12;

    private final BigDecimal ratio;
    private final BigDecimal keep;

    private OverTargetRule(BigDecimal ratio, BigDecimal keep) {
        this.ratio = ratio;
        this.keep = keep;
    }

    /**
     * Makes the rule from its parameters, for a {@link org.perfeval.scoring.RuleRegistry}.
     *
     * @return the factory; it throws {@link IllegalArgumentException} for unknown parameters, a
     *     {@code ratio} not above 1 or a {@code keep} outside [0, 1], which a rule set's lint reports
     */
    public static ScoringRule.Factory factory() {
        return OverTargetRule::create;
    }

    // The README shows this region as it is (ReadmeSnippetsTest checks it).
    // tag::over-target-rule[]
    private static OverTargetRule create(RuleSpec spec) {
        requireNonNull(spec, "spec");
        spec.requireOnly(Set.of("ratio", "keep"), Set.of(), false);
        BigDecimal ratio = spec.number("ratio", DEFAULT_RATIO);
        BigDecimal keep = spec.number("keep", DEFAULT_KEEP);
        if (ratio.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("rule " + NAME + " parameter ratio must be above 1 but was " + ratio.toPlainString());
        }
        if (keep.signum() < 0 || keep.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rule " + NAME + " parameter keep must be in [0, 1] but was " + keep.toPlainString());
        }
        return new OverTargetRule(ratio, keep);
    }

    @Override
    public RuleOutcome score(Indicator indicator, ScoringContext context) {
        if (indicator.direction() != Direction.POSITIVE) {
            return RuleOutcome.notScorable(NAME + " scores positive (正向) indicators; this one is " + indicator.direction());
        }
        if (!(indicator.target().orElse(null) instanceof Target.Quantitative target) || target.value().signum() <= 0) {
            return RuleOutcome.notScorable(NAME + " needs a target above 0, such as ≥90");
        }
        if (!(indicator.actual() instanceof Actual.Measured actual)) {
            return RuleOutcome.notScorable(NAME + " needs a measured actual but the report gives \"" + indicator.actual().print() + "\"");
        }
        BigDecimal a = target.value();
        BigDecimal b = actual.value();
        BigDecimal w = context.points();
        RuleOutcome.Builder outcome = RuleOutcome.builder()
            .input("A", a).input("B", b).input("w", w).input("ratio", ratio).input("keep", keep)
            .compared(b, a);
        if (b.compareTo(a) < 0) {
            BigDecimal proportional = b.signum() <= 0 ? BigDecimal.ZERO : b.multiply(w).divide(a, SCALE, RoundingMode.HALF_UP);
            return outcome.awarded(proportional).formula("B < A → B / A × w").targetStatus(TargetStatus.MISSED).build();
        }
        if (b.compareTo(ratio.multiply(a)) >= 0) {
            return outcome.awarded(keep.multiply(w)).formula("B ≥ ratio × A → keep × w").targetStatus(TargetStatus.MET)
                .note("the actual is at least " + ratio.toPlainString() + " times the target: the target looks set too low")
                .build();
        }
        return outcome.awarded(w).formula("A ≤ B < ratio × A → w").targetStatus(TargetStatus.MET).build();
    }
    // end::over-target-rule[]

    /** @return such as {@code example:over-target{ratio=1.3, keep=0.8}} */
    @Override
    public String toString() {
        return NAME + "{ratio=" + ratio.toPlainString() + ", keep=" + keep.toPlainString() + "}";
    }
}
