package org.perfeval.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rule that looks sensible and is not: as {@link CappedRatioRule}, but an actual at 120% of the
 * target or more is taken for a target set too low and gets half the points. A better actual can
 * then score less: the rule is not monotone, and the kit's laws say so.
 */
final class OverTargetCutRule extends CappedRatioRule {
    private static final BigDecimal FAR_OVER = new BigDecimal("1.2");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    BigDecimal award(BigDecimal a, BigDecimal b, BigDecimal w) {
        if (a.signum() > 0 && b.divide(a, 20, RoundingMode.DOWN).compareTo(FAR_OVER) >= 0) {
            return w.multiply(HALF);
        }
        return super.award(a, b, w);
    }
}
