package org.perfeval.model;

import java.util.List;

/**
 * The comparator of a quantitative target, with every symbol real reports print for it.
 */
public enum Comparator {
    /** {@code ≥}: at least. */
    AT_LEAST(Direction.POSITIVE, "≥", "≧", ">=", "＞＝", "＞="),
    /** {@code >}: more than. */
    MORE_THAN(Direction.POSITIVE, ">", "＞"),
    /** {@code ≤}: at most. */
    AT_MOST(Direction.REVERSE, "≤", "≦", "<=", "＜＝", "＜="),
    /** {@code <}: less than. */
    LESS_THAN(Direction.REVERSE, "<", "＜"),
    /** {@code =}: exactly. */
    EXACTLY(Direction.EQUAL, "=", "＝", "=="),
    /** No comparator printed ({@code 100%}, {@code 12 月}): the direction comes from the indicator. */
    NONE(null, "");

    private final Direction direction;
    private final List<String> symbols;

    Comparator(Direction direction, String... symbols) {
        this.direction = direction;
        this.symbols = List.of(symbols);
    }

    /** @return the canonical symbol, such as {@code "≥"}; empty for {@link #NONE} */
    public String symbol() {
        return symbols.get(0);
    }

    /** @return every symbol that prints this comparator, the canonical one first */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * @return the direction this comparator states; {@link #NONE} states none and throws
     * @throws IllegalStateException for {@link #NONE}
     */
    public Direction direction() {
        if (direction == null) {
            throw new IllegalStateException("a target printed without comparator states no direction");
        }
        return direction;
    }

    /** @return whether the comparator states a direction (all but {@link #NONE}) */
    public boolean statesDirection() {
        return direction != null;
    }

    /**
     * @param symbol a printed symbol, not null
     * @return the comparator printed as {@code symbol}, or null if none is
     */
    static Comparator bySymbol(String symbol) {
        for (Comparator c : values()) {
            if (c != NONE && c.symbols.contains(symbol)) {
                return c;
            }
        }
        return null;
    }
}
