package org.perfeval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.perfeval.ValueFormatException;


/** Reading and bounding the decimals that reports print. Not API. */
public final class Decimals {
    /** The most significant digits any figure in a report needs; more is hostile or a mistake. */
    public static final int MAX_PRECISION = 34;
    /** The most decimal places any figure in a report needs. */
    public static final int MAX_SCALE = 12;
    /** Most significant digits of a computed value: the bound of a result document. */
    public static final int MAX_COMPUTED_PRECISION = 90;
    /** Most decimal places of a computed value: the bound of a result document. */
    public static final int MAX_COMPUTED_SCALE = 32;
    /** Scale of every intermediate ratio: far beyond the 2 places reports print. */
    public static final int RATIO_SCALE = 12;
    /** Rounding of every intermediate ratio. */
    public static final RoundingMode RATIO_ROUNDING = RoundingMode.HALF_EVEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Decimals() {}

    /**
     * Reads a plain decimal such as {@code 918.886283} or {@code -31.55}; full-width digits, signs
     * and points are folded first. No exponent, no grouping.
     */
    public static BigDecimal parse(String text, String expected) {
        String folded = Text.foldWidth(text).strip();
        if (!PLAIN.matcher(folded).matches()) {
            throw new ValueFormatException(text, expected);
        }
        BigDecimal value = new BigDecimal(folded);
        if (value.precision() > MAX_PRECISION || value.scale() > MAX_SCALE) {
            throw new ValueFormatException(text, "at most " + MAX_PRECISION + " digits and "
                + MAX_SCALE + " decimal places");
        }
        return value;
    }

    /**
     * Checks that a decimal is within the bounds every figure of a report fits.
     *
     * @throws IllegalArgumentException naming {@code what} if it is not
     */
    public static BigDecimal checkBounded(BigDecimal value, String what) {
        if (!isBounded(value)) {
            throw new IllegalArgumentException(what + " must have at most " + MAX_PRECISION
                + " digits and " + MAX_SCALE + " decimal places but was " + value.toString());
        }
        return value;
    }

    /**
     * Checks that a computed decimal (a rule's unrounded points, a raw value in a trace) is within the
     * bounds of a computed value in a result: {@value #MAX_COMPUTED_PRECISION} digits and
     * {@value #MAX_COMPUTED_SCALE} places, what the built-ins reach dividing at 20 places and
     * multiplying by points of up to {@value #MAX_SCALE}.
     *
     * @throws IllegalArgumentException naming {@code what} if it is not
     */
    public static BigDecimal checkComputed(BigDecimal value, String what) {
        if (value.precision() > MAX_COMPUTED_PRECISION || Math.abs(value.scale()) > MAX_COMPUTED_SCALE) {
            throw new IllegalArgumentException(what + " must have at most " + MAX_COMPUTED_PRECISION
                + " digits and " + MAX_COMPUTED_SCALE + " decimal places but was " + value.toString());
        }
        return value;
    }

    /**
     * Checks the bounds, then gives a value in exponent form ({@code 1E+3}) the plain scale it prints
     * with ({@code 1000}). The check comes first: {@code 1E+1000000000} must be refused, not expanded.
     *
     * @throws IllegalArgumentException naming {@code what} if the value is out of bounds
     */
    public static BigDecimal plainBounded(BigDecimal value, String what) {
        if (value.scale() < 0 && value.precision() - (long) value.scale() > MAX_PRECISION) {
            throw new IllegalArgumentException(what + " must have at most " + MAX_PRECISION
                + " digits but was " + value.toString());
        }
        return checkBounded(value.scale() < 0 ? value.setScale(0) : value, what);
    }

    /**
     * @param value a decimal, not null
     * @return whether it is within the bounds {@link #checkBounded(BigDecimal, String)} checks
     */
    public static boolean isBounded(BigDecimal value) {
        return value.precision() <= MAX_PRECISION && value.scale() <= MAX_SCALE && value.scale() >= -MAX_SCALE;
    }

    /** {@code numerator / denominator} at {@link #RATIO_SCALE}; the caller checks the denominator. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RATIO_ROUNDING);
    }

    /** A ratio as a percentage: {@code 0.8051 → 80.51}. */
    public static BigDecimal toPercent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED);
    }

    /** A percentage as a ratio: {@code 80.51 → 0.8051}, exact. */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** Plain text of a decimal, never in exponent form. */
    public static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
