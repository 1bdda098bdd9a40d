package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/** Reads printed targets and actuals. */
final class TargetParser {
    static final int MAX_LENGTH = 200;

    private static final String NUMBER = "[-+－＋]?[0-9０-９]+(?:[.．][0-9０-９]+)?";
    private static final Pattern QUANTITY = Pattern.compile(
        "(≥|≧|>=|＞＝|＞=|>|＞|≤|≦|<=|＜＝|＜=|<|＜|==|=|＝)?\\s*(" + NUMBER + ")(\\s*)(\\D*)");
    private static final Pattern RANGE = Pattern.compile(
        "(" + NUMBER + ")\\s*([-~～至])\\s*(" + NUMBER + ")\\s*(\\D*)");
    private static final Pattern STARTS_NUMERIC = Pattern.compile("^(?:[≥≧≤≦<>＜＞=＝]|[-+－＋]?[0-9０-９]).*", Pattern.DOTALL);
    private static final String EXPECTED = "a comparator (≥ ≤ = > <, or none), a number and an optional unit, "
        + "such as \"≥98%\", \"≤365天\" or \"1 期\"; a range such as \"80-90%\"; or a qualitative word such as \"符合\"";

    private TargetParser() {}

    static Target parse(String raw) {
        String text = checkLength(raw).strip();
        if (text.isEmpty()) {
            throw new ValueFormatException(raw, EXPECTED);
        }
        if (!startsNumeric(text)) {
            return new Target.Qualitative(text);
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            BigDecimal lower = number(range.group(1), raw);
            BigDecimal upper = number(range.group(3), raw);
            if (lower.compareTo(upper) > 0) {
                throw new ValueFormatException(raw, "a range from the lower to the upper bound, such as \"80-90%\"");
            }
            return new Target.Range(lower, upper, range.group(2), unit(range.group(4), raw));
        }
        Matcher quantity = QUANTITY.matcher(text);
        if (!quantity.matches()) {
            throw new ValueFormatException(raw, EXPECTED);
        }
        String symbol = quantity.group(1) == null ? "" : quantity.group(1);
        Comparator comparator = symbol.isEmpty() ? Comparator.NONE : Comparator.bySymbol(symbol);
        Optional<Unit> unit = unit(quantity.group(4), raw);
        boolean spaced = unit.isPresent() && !quantity.group(3).isEmpty();
        return new Target.Quantitative(comparator, symbol, number(quantity.group(2), raw), unit, spaced);
    }

    /** @return whether {@link #parse(String)} reads the stripped text as a quantity or range, not a word */
    static boolean startsNumeric(String stripped) {
        return STARTS_NUMERIC.matcher(stripped).matches();
    }

    /**
     * Checks a word (a qualitative target, a described actual) built directly rather than parsed.
     *
     * @throws IllegalArgumentException naming {@code what} and the word if it is blank, has
     *     surrounding space or is longer than {@link #MAX_LENGTH}
     */
    static void checkWord(String word, String what) {
        if (word.isBlank() || !word.strip().equals(word)) {
            throw new IllegalArgumentException(what + " must be text without surrounding space but was \"" + word + "\"");
        }
        if (word.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH + " characters but was "
                + word.length() + ": \"" + word.substring(0, 40) + "…\"");
        }
    }

    /** A decimal in exponent form with a negative scale ({@code 1E+3}) as the plain number it prints as. */
    static String checkLength(String raw) {
        if (raw.length() > MAX_LENGTH) {
            throw new ValueFormatException(raw.substring(0, 40) + "…",
                "at most " + MAX_LENGTH + " characters but the text has " + raw.length());
        }
        return raw;
    }

    static BigDecimal number(String text, String raw) {
        try {
            return Decimals.parse(text, EXPECTED);
        } catch (ValueFormatException e) {
            throw new ValueFormatException(raw, "a number of at most " + Decimals.MAX_PRECISION + " digits and "
                + Decimals.MAX_SCALE + " decimal places");
        }
    }

    static Optional<Unit> unit(String text, String raw) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Unit.of(text));
        } catch (IllegalArgumentException e) {
            throw new ValueFormatException(raw, EXPECTED);
        }
    }
}
