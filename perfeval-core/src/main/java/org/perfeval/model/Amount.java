package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.Text;

/**
 * An exact amount of money in the unit it was stated in, {@code 元} or {@code 万元}.
 *
 * <p>Reports state most figures in 万元 (10,000 yuan); {@code 918.886283 万元} is exactly
 * {@code 9188862.83 元}. An amount keeps the number and unit it was given with, so it prints back
 * digit for digit, and converts between the two units without loss ({@link #yuan()},
 * {@link #wanYuan()}). Arithmetic and comparison are exact.
 *
 * <p>A number in exponent form with a negative scale ({@code 1E+3}, as
 * {@link BigDecimal#stripTrailingZeros()} makes it) is kept as the plain number it prints as
 * ({@code 1000}), so that every amount prints and reads back equal.
 *
 * <p>{@link #equals(Object)} is strict, like {@link BigDecimal#equals(Object)}: {@code 12 万元},
 * {@code 12.00 万元} and {@code 120000 元} are three different statements of one sum. Use
 * {@link #compareTo(Amount)} or {@link #isSameSumAs(Amount)} to compare sums.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {
    private static final String EXPECTED = "a decimal number followed by 元 or 万元, such as \"918.886283 万元\"";

    private final BigDecimal number;
    private final Unit unit;

    private Amount(BigDecimal number, Unit unit) {
        this.number = Decimals.plainBounded(requireNonNull(number, "number"), "amount");
        this.unit = requireNonNull(unit, "unit");
        if (!unit.isMoney()) {
            throw new IllegalArgumentException("amount unit must be 元 or 万元 but was " + unit);
        }
    }

    /**
     * Returns an amount stated in yuan.
     *
     * @param yuan the number of yuan, not null, at most 34 digits and 12 decimal places
     * @return the amount
     */
    public static Amount ofYuan(BigDecimal yuan) {
        return new Amount(yuan, Unit.YUAN);
    }

    /**
     * Returns an amount stated in 万元.
     *
     * @param wanYuan the number of 万元, not null, at most 34 digits and 12 decimal places
     * @return the amount
     */
    public static Amount ofWanYuan(BigDecimal wanYuan) {
        return new Amount(wanYuan, Unit.WAN_YUAN);
    }

    /**
     * Returns an amount from a decimal text in 万元, such as {@code "918.886283"}.
     *
     * @param wanYuan a plain decimal, not null
     * @return the amount
     * @throws ValueFormatException if the text is not a plain decimal
     */
    public static Amount ofWanYuan(String wanYuan) {
        return ofWanYuan(Decimals.parse(requireNonNull(wanYuan, "wanYuan"), "a decimal number of 万元"));
    }

    /**
     * Returns an amount stated in {@code unit}.
     *
     * @param number the number, not null
     * @param unit {@link Unit#YUAN} or {@link Unit#WAN_YUAN}
     * @return the amount
     * @throws IllegalArgumentException if the unit is not money
     */
    public static Amount of(BigDecimal number, Unit unit) {
        return new Amount(number, unit);
    }

    /**
     * Reads an amount as printed: {@code "918.886283 万元"}, {@code "12万元"}, {@code "9188862.83 元"}.
     *
     * @param text the printed amount, not null
     * @return the amount, in the unit printed
     * @throws ValueFormatException if the text is not a number followed by 元 or 万元
     */
    public static Amount parse(String text) {
        requireNonNull(text, "text");
        String folded = Text.foldWidth(text);
        Unit unit;
        if (folded.endsWith("万元")) {
            unit = Unit.WAN_YUAN;
        } else if (folded.endsWith("元")) {
            unit = Unit.YUAN;
        } else {
            throw new ValueFormatException(text, EXPECTED);
        }
        String number = folded.substring(0, folded.length() - unit.symbol().length());
        return new Amount(Decimals.parse(number, EXPECTED), unit);
    }

    /** @return the number as stated, in {@link #unit()} */
    public BigDecimal number() {
        return number;
    }

    /** @return {@link Unit#YUAN} or {@link Unit#WAN_YUAN} */
    public Unit unit() {
        return unit;
    }

    /** @return the sum in yuan, exact */
    public BigDecimal yuan() {
        return unit.equals(Unit.YUAN) ? number : number.movePointRight(4);
    }

    /** @return the sum in 万元, exact */
    public BigDecimal wanYuan() {
        return unit.equals(Unit.WAN_YUAN) ? number : number.movePointLeft(4);
    }

    /** @return this sum stated in 万元 (unchanged if it already is) */
    public Amount inWanYuan() {
        return unit.equals(Unit.WAN_YUAN) ? this : ofWanYuan(wanYuan());
    }

    /**
     * Adds exactly. The result is in this amount's unit when both units agree, else in yuan.
     *
     * @param other the amount to add, not null
     * @return the sum
     * @throws IllegalArgumentException if the sum is beyond the model's bounds (34 significant digits):
     *     add {@link #yuan()} values for an unbounded sum
     */
    public Amount plus(Amount other) {
        requireNonNull(other, "other");
        return unit.equals(other.unit)
            ? new Amount(number.add(other.number), unit)
            : ofYuan(yuan().add(other.yuan()));
    }

    /**
     * Subtracts exactly. The result is in this amount's unit when both units agree, else in yuan.
     *
     * @param other the amount to subtract, not null
     * @return the difference, which may be negative
     */
    public Amount minus(Amount other) {
        requireNonNull(other, "other");
        return unit.equals(other.unit)
            ? new Amount(number.subtract(other.number), unit)
            : ofYuan(yuan().subtract(other.yuan()));
    }

    /** @return -1, 0 or 1 as this amount is negative, zero or positive */
    public int signum() {
        return number.signum();
    }

    /** @return whether the sum is zero, in any scale */
    public boolean isZero() {
        return number.signum() == 0;
    }

    /**
     * @param other the amount to compare with, not null
     * @return whether both amounts are the same sum, whatever unit or scale they were stated in
     */
    public boolean isSameSumAs(Amount other) {
        return compareTo(other) == 0;
    }

    /** Compares sums, whatever unit or scale they were stated in. */
    @Override
    public int compareTo(Amount other) {
        return yuan().compareTo(other.yuan());
    }

    /** Strict: same unit and the same number with the same scale. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Amount
            && ((Amount) other).unit.equals(unit)
            && ((Amount) other).number.equals(number);
    }

    @Override
    public int hashCode() {
        return 31 * number.hashCode() + unit.hashCode();
    }

    /** @return the amount as a report prints it, such as {@code "918.886283 万元"} */
    @Override
    public String toString() {
        return number.toPlainString() + " " + unit.symbol();
    }
}
