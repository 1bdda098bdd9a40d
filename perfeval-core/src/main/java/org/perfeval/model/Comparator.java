package org.perfeval.model;

import java.util.List;

/**
 * The comparator of a quantitative target, with every symbol and word real reports print for it.
 *
 * <p>A comparator is printed as a symbol before the number ({@link #symbols()}: {@code ≥98%},
 * {@code ＞95%}, {@code ═100}), as a word before it ({@link #wordsBefore()}: {@code 不低于95%},
 * {@code 不超过30万元}) or as a word after the number and its unit ({@link #wordsAfter()}:
 * {@code 98%以上}, {@code 30天以内}). Strict comparators stay strict: {@code >0} is not met by 0, and
 * {@code 低于5%} is not met by 5%.
 */
public enum Comparator {
    /** {@code ≥}: at least. */
    AT_LEAST(Direction.POSITIVE, List.of("≥", "≧", ">=", "＞＝", "＞=", ">＝"),
        List.of("不低于", "不少于", "不小于", "大于等于", "大于或等于", "不得低于", "不得少于", "至少", "达到"),
        List.of("以上", "及以上", "或以上")),
    /** {@code >}: more than; not met by the value itself. */
    MORE_THAN(Direction.POSITIVE, List.of(">", "＞"), List.of("大于", "高于", "超过", "多于"), List.of()),
    /** {@code ≤}: at most. */
    AT_MOST(Direction.REVERSE, List.of("≤", "≦", "<=", "＜＝", "＜=", "<＝"),
        List.of("不超过", "不高于", "不大于", "不多于", "小于等于", "小于或等于", "不得超过", "不得高于", "至多"),
        List.of("以内", "以下", "及以下", "或以下", "之内")),
    /** {@code <}: less than; not met by the value itself. */
    LESS_THAN(Direction.REVERSE, List.of("<", "＜"), List.of("小于", "低于", "少于"), List.of()),
    /** {@code =}: exactly. {@code ═} (a box-drawing character) is printed for it in real tables. */
    EXACTLY(Direction.EQUAL, List.of("=", "＝", "==", "═", "＝＝"), List.of("等于"), List.of()),
    /** No comparator printed ({@code 100%}, {@code 12 月}): the direction comes from the indicator. */
    NONE(null, List.of(""), List.of(), List.of());

    private final Direction direction;
    private final List<String> symbols;
    private final List<String> wordsBefore;
    private final List<String> wordsAfter;

    Comparator(Direction direction, List<String> symbols, List<String> wordsBefore, List<String> wordsAfter) {
        this.direction = direction;
        this.symbols = symbols;
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
    }

    /** @return the canonical symbol, such as {@code "≥"}; empty for {@link #NONE} */
    public String symbol() {
        return symbols.get(0);
    }

    /** @return every symbol that prints this comparator, the canonical one first */
    public List<String> symbols() {
        return symbols;
    }

    /** @return every word printed before the number for this comparator, such as {@code 不低于} */
    public List<String> wordsBefore() {
        return wordsBefore;
    }

    /** @return every word printed after the number and its unit for this comparator, such as {@code 以上} */
    public List<String> wordsAfter() {
        return wordsAfter;
    }

    /** @return whether the value itself does not meet the comparator: {@link #MORE_THAN} and {@link #LESS_THAN} */
    public boolean isStrict() {
        return this == MORE_THAN || this == LESS_THAN;
    }

    /**
     * @param printed a symbol or word, not null
     * @return whether {@code printed} prints this comparator, before or after the number
     */
    public boolean printsAs(String printed) {
        return symbols.contains(printed) || wordsBefore.contains(printed) || wordsAfter.contains(printed);
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

    /**
     * @param word a word printed before the number, not null
     * @return the comparator, or null if the word is none
     */
    static Comparator byWordBefore(String word) {
        for (Comparator c : values()) {
            if (c.wordsBefore.contains(word)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param word a word printed after the number, not null
     * @return the comparator, or null if the word is none
     */
    static Comparator byWordAfter(String word) {
        for (Comparator c : values()) {
            if (c.wordsAfter.contains(word)) {
                return c;
            }
        }
        return null;
    }
}
