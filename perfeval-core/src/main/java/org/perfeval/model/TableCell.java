package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perfeval.internal.Decimals;

/**
 * One cell of a printed self-evaluation table, kept exactly as printed: a number ({@code 387664.62},
 * {@code 0.00}), a percentage ({@code 102.59%}), a dash ({@code —}, {@code -}) that says "nothing
 * here", a blank, the transcription marker {@value #ILLEGIBLE_MARK} for a cell that cannot be read or
 * placed, or any other text ({@code ≥266米}, {@code 有效}).
 *
 * <pre>{@code
 * TableCell.parse("100%").ratio();     // Optional[1.00]
 * TableCell.parse("0.0000").ratio();   // Optional[0.0000]: a rate printed as a decimal
 * TableCell.parse("—").kind();         // DASH
 * }</pre>
 *
 * <p>{@link #print()} gives back the printed text; instances are immutable and thread-safe.
 *
 * @param kind what the cell holds, derived from the text
 * @param printed the text as printed, never null; empty for a blank cell
 */
public record TableCell(Kind kind, String printed) {
    /** The transcription marker of a cell that cannot be read or placed. */
    public static final String ILLEGIBLE_MARK = "【缺】";
    /** Longest cell, in characters: a goal or a deviation note is a few hundred. */
    public static final int MAX_LENGTH = 4000;

    private static final TableCell BLANK = new TableCell(Kind.BLANK, "");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?[%％]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a cell holds. */
    public enum Kind {
        /** Nothing printed. */
        BLANK,
        /** A dash ({@code —}, {@code -}, {@code －}, {@code /}): printed "nothing here". */
        DASH,
        /** A plain number, such as {@code 43.2} or {@code 0.0000}. */
        NUMBER,
        /** A percentage, such as {@code 86%}. */
        PERCENT,
        /** The marker {@value TableCell#ILLEGIBLE_MARK}: something stood here that cannot be read or placed. */
        ILLEGIBLE,
        /** Any other text. */
        TEXT
    }

    /**
     * Checks that the kind is the one the text gives; see the record's description.
     *
     * @param kind see the record's description
     * @param printed see the record's description
     * @throws IllegalArgumentException if the text is longer than {@value #MAX_LENGTH} characters,
     *     has surrounding space, or is not of the kind given
     */
    public TableCell {
        requireNonNull(kind, "kind");
        requireNonNull(printed, "printed");
        if (printed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a table cell must be at most " + MAX_LENGTH + " characters but has "
                + printed.length());
        }
        if (!printed.strip().equals(printed)) {
            throw new IllegalArgumentException("a table cell must not have surrounding space but was \"" + printed + "\"");
        }
        Kind expected = kindOf(printed);
        if (kind != expected) {
            throw new IllegalArgumentException("the table cell \"" + printed + "\" is " + expected + ", not " + kind);
        }
        if (kind == Kind.NUMBER || kind == Kind.PERCENT) {
            Decimals.checkBounded(new BigDecimal(digits(printed)), "table cell \"" + printed + "\"");
        }
    }

    /**
     * @param printed the cell's text as printed, not null; surrounding space is removed
     * @return the cell
     * @throws IllegalArgumentException if the text is too long or a number is beyond the model's bounds
     */
    public static TableCell parse(String printed) {
        String text = requireNonNull(printed, "printed").strip();
        return text.isEmpty() ? BLANK : new TableCell(kindOf(text), text);
    }

    /** @return a blank cell */
    public static TableCell blank() {
        return BLANK;
    }

    private static Kind kindOf(String text) {
        if (text.isEmpty()) {
            return Kind.BLANK;
        }
        if (text.equals("—") || text.equals("-") || text.equals("－") || text.equals("/") || text.equals("——")) {
            return Kind.DASH;
        }
        if (text.equals(ILLEGIBLE_MARK)) {
            return Kind.ILLEGIBLE;
        }
        if (NUMBER.matcher(text).matches()) {
            return Kind.NUMBER;
        }
        if (PERCENT.matcher(text).matches()) {
            return Kind.PERCENT;
        }
        return Kind.TEXT;
    }

    private static String digits(String text) {
        return text.endsWith("%") || text.endsWith("％") ? text.substring(0, text.length() - 1) : text;
    }

    /** @return the number of a {@link Kind#NUMBER} cell, exactly as printed ({@code 0.00} keeps its scale) */
    public Optional<BigDecimal> number() {
        return kind == Kind.NUMBER ? Optional.of(new BigDecimal(printed)) : Optional.empty();
    }

    /**
     * A rate as the table prints it: a percentage ({@code 86%} is 0.86) or a decimal ({@code 0.0000},
     * {@code 1.0259}).
     *
     * @return the ratio, exact, or empty for a cell that holds neither
     */
    public Optional<BigDecimal> ratio() {
        if (kind == Kind.PERCENT) {
            return Optional.of(new BigDecimal(digits(printed)).divide(HUNDRED));
        }
        return number();
    }

    /** @return the decimal places the cell prints, as a percentage for a {@link Kind#PERCENT} cell */
    public int printedScale() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT ? Math.max(0, new BigDecimal(digits(printed)).scale()) : 0;
    }

    /** @return whether the cell holds a value: a number, a percentage or text */
    public boolean isFilled() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT || kind == Kind.TEXT;
    }

    /** @return the printed text */
    public String print() {
        return printed;
    }

    @Override
    public String toString() {
        return printed.isEmpty() ? "(blank)" : printed;
    }
}
