package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A unit of measure (度量单位) as printed in a report: {@code %}, {@code 元}, {@code 万元}, {@code 人},
 * {@code 个}, {@code 次}, {@code 天}, {@code 月}, {@code 期} and any unit a report invents.
 *
 * <p>The set is open: {@link #of(String)} accepts any symbol. Two units are equal when their symbols
 * are equal, so {@code 百分比} (a form that occurs in real reports) stays {@code 百分比} when printed
 * back, while {@link #isPercent()} treats it, and the full-width {@code ％}, as a percentage.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Unit {
    /** Percent, {@code %}. */
    public static final Unit PERCENT = new Unit("%");
    /** Yuan, {@code 元}. */
    public static final Unit YUAN = new Unit("元");
    /** Ten thousand yuan, {@code 万元}. */
    public static final Unit WAN_YUAN = new Unit("万元");
    /** Persons, {@code 人}. */
    public static final Unit PERSON = new Unit("人");
    /** Items, {@code 个}. */
    public static final Unit ITEM = new Unit("个");
    /** Times, {@code 次}. */
    public static final Unit TIMES = new Unit("次");
    /** Days, {@code 天}. */
    public static final Unit DAY = new Unit("天");
    /** Months, {@code 月}. */
    public static final Unit MONTH = new Unit("月");
    /** Issues or periods, {@code 期}. */
    public static final Unit ISSUE = new Unit("期");
    /** Articles, {@code 篇}. */
    public static final Unit ARTICLE = new Unit("篇");
    /** Copies, {@code 份}. */
    public static final Unit COPY = new Unit("份");
    /**
     * The unit column's marker for a qualitative indicator, {@code 定性指标}: not a unit of measure,
     * but printed in the unit column of real reports.
     */
    public static final Unit QUALITATIVE = new Unit("定性指标");

    private static final List<Unit> KNOWN = List.of(
        PERCENT, YUAN, WAN_YUAN, PERSON, ITEM, TIMES, DAY, MONTH, ISSUE, ARTICLE, COPY, QUALITATIVE);
    private static final int MAX_SYMBOL_LENGTH = 16;

    private final String symbol;

    private Unit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the unit printed as {@code symbol}.
     *
     * @param symbol the unit as printed, not null, not blank, at most 16 characters, no digits
     * @return the unit, a shared constant for the known units
     * @throws IllegalArgumentException if the symbol is blank, too long, or holds a digit or space
     */
    public static Unit of(String symbol) {
        requireNonNull(symbol, "symbol");
        for (Unit known : KNOWN) {
            if (known.symbol.equals(symbol)) {
                return known;
            }
        }
        if (symbol.isBlank() || symbol.length() > MAX_SYMBOL_LENGTH
                || symbol.codePoints().anyMatch(c -> Character.isDigit(c) || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(
                "unit must be 1 to 16 characters without digits or spaces but was \"" + symbol + "\"");
        }
        return new Unit(symbol);
    }

    /** @return the unit as printed, such as {@code "万元"} */
    public String symbol() {
        return symbol;
    }

    /** @return whether this unit is a percentage: {@code %}, {@code ％} or {@code 百分比} */
    public boolean isPercent() {
        return symbol.equals("%") || symbol.equals("％") || symbol.equals("百分比");
    }

    /** @return whether this is the {@code 定性指标} marker rather than a unit of measure */
    public boolean isQualitativeMarker() {
        return this.equals(QUALITATIVE);
    }

    /** @return whether this unit is money: {@code 元} or {@code 万元} */
    public boolean isMoney() {
        return this.equals(YUAN) || this.equals(WAN_YUAN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unit && ((Unit) other).symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    /** @return the symbol */
    @Override
    public String toString() {
        return symbol;
    }

}
