package org.perfeval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Division for raw points. Quotients are truncated (toward zero) at 20 decimal places: truncation
 * never crosses a rounding boundary upward, so rounding the raw value half-up to 2 places later
 * gives exactly the half-up rounding of the true quotient, as the ministry's {@code round(x, 2)}.
 */
public final class Exact {
    public static final int RAW_SCALE = 20;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Exact() {}

    /** @return {@code x × y / z}, truncated at 20 places; {@code z} is not zero */
    public static BigDecimal mulDiv(BigDecimal x, BigDecimal y, BigDecimal z) {
        return x.multiply(y).divide(z, RAW_SCALE, RoundingMode.DOWN);
    }

    /** @return {@code x / y}, truncated at 20 places; {@code y} is not zero */
    public static BigDecimal div(BigDecimal x, BigDecimal y) {
        return x.divide(y, RAW_SCALE, RoundingMode.DOWN);
    }

    public static boolean between0And1(BigDecimal x) {
        return x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0;
    }
}
