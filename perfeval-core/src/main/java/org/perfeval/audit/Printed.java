package org.perfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Amount;
import org.perfeval.model.Unit;

/**
 * How a printed figure is compared with the value computed from the report's own figures, and how
 * numbers are printed in messages. A printed figure carries the report's rounding: {@code 82.28}
 * matches a computed value that rounds half-up (四舍五入) to it at 2 places, {@code 100} one that
 * rounds to it at 0 places; either also matches a value within the rule set's tolerance.
 */
final class Printed {
    /** Amounts are printed to at least 0.01 万元 (or 元): a figure printed as {@code 2} is 2.00. */
    static final int MIN_AMOUNT_SCALE = 2;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Printed() {}

    /**
     * @param printed the figure as printed, with its digits
     * @param computed the exact value
     * @param tolerance how far apart they may be
     * @return whether the printed figure states the computed value
     */
    static boolean matches(BigDecimal printed, BigDecimal computed, BigDecimal tolerance) {
        int scale = Math.max(printed.scale(), 0);
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0
            || computed.subtract(printed).abs().compareTo(tolerance) <= 0;
    }

    /** @return a ratio as a percentage at 2 places, half-up, or at the printed figure's places if more */
    static BigDecimal percent(BigDecimal ratio, BigDecimal printed) {
        return Decimals.toPercent(ratio).setScale(Math.max(MIN_AMOUNT_SCALE, printed.scale()), RoundingMode.HALF_UP);
    }

    /** @return a ratio as a percentage at 2 places, half-up */
    static BigDecimal percent(BigDecimal ratio) {
        return Decimals.toPercent(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Half a unit in the last place an amount is printed to, at least {@link #MIN_AMOUNT_SCALE}
     * places, in 万元: the most its printing can have rounded away.
     */
    static BigDecimal roundingSlack(Amount amount) {
        int scale = Math.max(amount.number().scale(), MIN_AMOUNT_SCALE);
        BigDecimal half = HALF.movePointLeft(scale);
        return amount.unit().equals(Unit.YUAN) ? half.movePointLeft(4) : half;
    }

    /** @return the plain digits of a number, never in exponent form */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** @return a percentage with its sign, such as {@code +458.21%} or {@code -31.55%} */
    static String signedPercent(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
