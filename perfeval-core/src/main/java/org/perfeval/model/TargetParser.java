package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/** Reads printed targets and actuals with {@link PrintedGrammar}; the grammar is written down there. */
final class TargetParser {
    static final int MAX_LENGTH = 200;

    private static final String EXPECTED = "a comparator (≥ ≤ = > <, 不低于, 不超过 …, or none), a number and an optional unit "
        + "with an optional word after it, such as \"≥98%\", \"不低于95%\", \"98%以上\", \"≤365天\" or \"1 期\"; "
        + "a range such as \"80-90%\"; a date such as \"2023年12月\" or \"9月前\"; or a qualitative word such as \"符合\"";

    private TargetParser() {}

    static Target parse(String raw) {
        String text = checkLength(raw).strip();
        if (text.isEmpty()) {
            throw new ValueFormatException(raw, EXPECTED);
        }
        PrintedGrammar.DeadlineReading deadline = PrintedGrammar.deadline(text);
        if (deadline != null) {
            return new Target.Deadline(deadline.year(), deadline.month(), deadline.day(),
                Optional.ofNullable(deadline.part()), deadline.before(), text);
        }
        PrintedGrammar.RangeReading range = PrintedGrammar.range(text);
        if (range != null) {
            if (range.lower().compareTo(range.upper()) > 0) {
                throw new ValueFormatException(raw, "a range from the lower to the upper bound, such as \"80-90%\"");
            }
            return new Target.Range(range.lower(), range.upper(), range.separator(), range.unit(), text);
        }
        PrintedGrammar.QuantityReading quantity = PrintedGrammar.quantity(text);
        if (quantity != null) {
            return new Target.Quantitative(quantity.comparator(), quantity.symbol(), quantity.value(), quantity.unit(),
                quantity.spaced(), text);
        }
        if (PrintedGrammar.startsLikeValue(text)) {
            throw new ValueFormatException(raw, EXPECTED);
        }
        return new Target.Qualitative(text);
    }

    /** @return whether the stripped text reads as a quantity, range or date, or starts like one: never a word */
    static boolean readsAsValue(String stripped) {
        return PrintedGrammar.startsLikeValue(stripped) || PrintedGrammar.deadline(stripped) != null
            || PrintedGrammar.quantity(stripped) != null;
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
}
