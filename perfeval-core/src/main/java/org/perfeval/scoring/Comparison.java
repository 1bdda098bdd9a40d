package org.perfeval.scoring;

import java.math.BigDecimal;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * The target value (A) and the actual value (B) of a quantitative indicator, in the target's unit,
 * or the reason they cannot be compared.
 */
final class Comparison {
    final BigDecimal a;
    final BigDecimal b;
    final Target.Range range;
    final String reason;
    /** Whether the target is strict ({@code >A}, {@code <A}): A itself misses it. */
    final boolean strict;

    private Comparison(BigDecimal a, BigDecimal b, Target.Range range, String reason, boolean strict) {
        this.a = a;
        this.b = b;
        this.range = range;
        this.reason = reason;
        this.strict = strict;
    }

    /**
     * @param upperOfRange for a range target, compare with its upper bound (else its lower one)
     */
    static Comparison read(Indicator indicator, boolean upperOfRange) {
        Target target = indicator.target().orElse(null);
        if (target == null) {
            return failed("the indicator has no target");
        }
        BigDecimal a;
        Target.Range range = null;
        boolean strict = false;
        if (target instanceof Target.Quantitative) {
            a = ((Target.Quantitative) target).value();
            strict = ((Target.Quantitative) target).isStrict();
        } else if (target instanceof Target.Range) {
            range = (Target.Range) target;
            a = upperOfRange ? range.upper() : range.lower();
        } else if (target instanceof Target.Deadline) {
            return failed("the target \"" + target.print() + "\" is a date, not a number");
        } else {
            return failed("the target \"" + target.print() + "\" is a word, not a number");
        }
        Actual actual = indicator.actual();
        if (!(actual instanceof Actual.Measured)) {
            return failed(notMeasured(actual, target));
        }
        Actual.Measured m = (Actual.Measured) actual;
        BigDecimal b = m.value();
        if (m.unit().isPresent()) {
            Unit actualUnit = indicator.moneyUnit(m.unit().get());
            Unit targetUnit = targetUnit(indicator, target);
            if (targetUnit != null && !sameUnit(actualUnit, targetUnit)) {
                if (!actualUnit.isMoney() || !targetUnit.isMoney()) {
                    return failed("the actual is in " + actualUnit + ", the target \"" + target.print() + "\" in " + targetUnit);
                }
                b = targetUnit.equals(Unit.YUAN) ? b.movePointRight(4) : b.movePointLeft(4);
            }
        }
        return new Comparison(a, b, range, null, strict);
    }

    static String notMeasured(Actual actual, Target target) {
        String against = target == null ? "" : ", the target \"" + target.print() + "\" a number";
        switch (actual.kind()) {
            case MISSING:
                return "the actual is blank";
            case NOT_APPLICABLE:
                return "the actual says not applicable (" + actual.print() + ")";
            default:
                return "the actual \"" + actual.print() + "\" is text" + against;
        }
    }

    private static Unit targetUnit(Indicator indicator, Target target) {
        if (target.unit().isPresent()) {
            return indicator.moneyUnit(target.unit().get());
        }
        Unit column = indicator.unit().orElse(null);
        return column == null || column.isQualitativeMarker() ? null : column;
    }

    private static boolean sameUnit(Unit x, Unit y) {
        return x.equals(y) || x.isPercent() && y.isPercent();
    }

    private static Comparison failed(String reason) {
        return new Comparison(null, null, null, reason, false);
    }
}
