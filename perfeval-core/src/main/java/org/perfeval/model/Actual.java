package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/**
 * An actual value (实际完成值) as a report states it: a measured number ({@code 100%},
 * {@code -31.55%}, {@code 365}), a qualitative rating ({@code 达成预期指标}), other text ({@code 符合}),
 * not applicable ({@code 不适用}), nothing at all (a blank cell), or a cell that cannot be read
 * ({@link Unreadable}: illegible, or cut off with the table).
 *
 * <p>{@link #parse(String)} reads every printed form; {@link #print()} prints it back as read, and
 * {@code Actual.parse(a.print()).equals(a)} for every actual {@code a} but {@link Unreadable}, which
 * has no printed form: it is made with {@link #unreadable(Unreadable.Reason)} (in JSON
 * {@code {"unreadable": "ILLEGIBLE"}}).
 *
 * <p>The forms are the records nested here; switch on {@link #kind()}.
 */
public sealed interface Actual
        permits Actual.Measured, Actual.Rated, Actual.Described, Actual.NotApplicable, Actual.Missing, Actual.Unreadable {

    /** The form of an actual value. */
    enum Kind {
        /** A number, with or without unit. */
        MEASURED,
        /** A qualitative rating. */
        RATED,
        /** Text that is neither a number nor a rating. */
        DESCRIBED,
        /** The report says the indicator does not apply. */
        NOT_APPLICABLE,
        /** The report leaves the actual blank. */
        MISSING,
        /** The cell is there but cannot be read: illegible, or cut off with the table. */
        UNREADABLE
    }

    /** @return the form of this actual */
    Kind kind();

    /** @return the actual as the report prints it; empty for {@link Missing} */
    String print();

    /**
     * Reads an actual as printed. Blank text is {@link Missing}; {@code 不适用}, {@code 不涉及},
     * {@code N/A} and {@code /} are {@link NotApplicable}; a rating's words ({@link Rating#words()})
     * are {@link Rated}; a number with an optional unit is {@link Measured}; anything else, a number
     * followed by something that is no unit included, is {@link Described}.
     *
     * @param text the printed actual, not null
     * @return the actual
     * @throws org.perfeval.ValueFormatException if the text is longer than 200 characters or holds
     *     a number beyond 34 digits or 12 decimal places
     */
    static Actual parse(String text) {
        String stripped = TargetParser.checkLength(requireNonNull(text, "text")).strip();
        if (stripped.isEmpty()) {
            return Missing.INSTANCE;
        }
        if (NotApplicable.WORDS.contains(stripped)) {
            return new NotApplicable(stripped);
        }
        Rating rating = Rating.byWords(stripped);
        if (rating != null) {
            return new Rated(rating, stripped);
        }
        Measured measured = Measured.read(stripped, text);
        return measured != null ? measured : new Described(stripped);
    }

    /**
     * @param value the measured number, not null
     * @param unit the unit printed after it, or null
     * @return the measured actual
     */
    static Actual measured(BigDecimal value, Unit unit) {
        return new Measured(value, Optional.ofNullable(unit), false);
    }

    /** @return the actual of a blank cell */
    static Actual missing() {
        return Missing.INSTANCE;
    }

    /**
     * @param reason why the cell cannot be read, not null
     * @return the actual of a cell that cannot be read; what depends on it is not computable
     */
    static Actual unreadable(Unreadable.Reason reason) {
        return new Unreadable(reason);
    }

    /**
     * A measured number.
     *
     * @param value the number, not null, at most 34 digits and 12 decimal places; a value in exponent
     *     form with a negative scale ({@code 1E+3}) is kept as the plain number it prints as ({@code 1000})
     * @param unit the unit printed with it, if any
     * @param spaced whether a space separates number and unit
     * @param printed the text as printed ({@code ９８％}, {@code 12 月}), without surrounding space; it must
     *     read as this value, unit and spacing
     */
    record Measured(BigDecimal value, Optional<Unit> unit, boolean spaced, String printed) implements Actual {
        /**
         * Checks the components; see the record's description.
         *
         * @param value the number
         * @param unit the unit printed with it, if any
         * @param spaced whether a space separates number and unit
         * @param printed the text as printed
         */
        public Measured {
            requireNonNull(value, "value");
            requireNonNull(unit, "unit");
            requireNonNull(printed, "printed");
            value = Decimals.plainBounded(value, "actual value");
            if (spaced && unit.isEmpty()) {
                throw new IllegalArgumentException("an actual without unit cannot be spaced");
            }
            if (!printed.equals(canonical(value, unit, spaced))) {
                TargetParser.checkWord(printed, "printed actual");
                PrintedGrammar.QuantityReading read = PrintedGrammar.measured(printed);
                if (read == null || !read.value().equals(value) || !read.unit().equals(unit) || read.spaced() != spaced) {
                    throw new IllegalArgumentException("printed actual \"" + printed + "\" does not read as "
                        + canonical(value, unit, spaced));
                }
            }
        }

        /**
         * A measured number printed in its plain form, such as {@code 100%} or {@code 12 月}.
         *
         * @param value the number, not null
         * @param unit the unit, if any
         * @param spaced whether a space separates number and unit
         */
        public Measured(BigDecimal value, Optional<Unit> unit, boolean spaced) {
            this(value, unit, spaced, canonical(Decimals.plainBounded(requireNonNull(value, "value"), "actual value"),
                requireNonNull(unit, "unit"), spaced));
        }

        private static String canonical(BigDecimal value, Optional<Unit> unit, boolean spaced) {
            return value.toPlainString() + unit.map(u -> (spaced ? " " : "") + u.symbol()).orElse("");
        }

        /**
         * @param stripped a printed actual, stripped
         * @param raw the text as given, for messages
         * @return the measured actual, or null if the text is not a number with an optional unit
         */
        static Measured read(String stripped, String raw) {
            PrintedGrammar.QuantityReading read = PrintedGrammar.measured(stripped);
            return read == null ? null : new Measured(read.value(), read.unit(), read.spaced(), stripped);
        }

        @Override
        public Kind kind() {
            return Kind.MEASURED;
        }

        @Override
        public String print() {
            return printed;
        }
    }

    /**
     * A qualitative rating.
     *
     * @param rating the rating, not null
     * @param words the words printed, one of {@link Rating#words()} of the rating
     */
    record Rated(Rating rating, String words) implements Actual {
        /**
         * Checks the components; see the record's description.
         *
         * @param rating the rating
         * @param words the words printed
         */
        public Rated {
            requireNonNull(rating, "rating");
            requireNonNull(words, "words");
            if (!rating.words().contains(words)) {
                throw new IllegalArgumentException(
                    "\"" + words + "\" does not print rating " + rating + "; expected one of " + rating.words());
            }
        }

        /**
         * @param rating the rating, not null
         * @return the rating in the platform's own words
         */
        public static Rated of(Rating rating) {
            return new Rated(rating, rating.canonicalWords());
        }

        @Override
        public Kind kind() {
            return Kind.RATED;
        }

        @Override
        public String print() {
            return words;
        }
    }

    /**
     * Text that is neither a number nor a rating, such as {@code 符合} or {@code 按时完成}.
     *
     * @param text the text, not blank, without surrounding space, at most 200 characters, and not text
     *     that {@link Actual#parse(String)} reads as another kind (a number, a rating's words, a
     *     not-applicable word)
     */
    record Described(String text) implements Actual {
        /**
         * Checks the text; see the record's description.
         *
         * @param text the text
         */
        public Described {
            requireNonNull(text, "text");
            TargetParser.checkWord(text, "described actual");
            Kind other = NotApplicable.WORDS.contains(text) ? Kind.NOT_APPLICABLE
                : Rating.byWords(text) != null ? Kind.RATED
                : readsAsNumber(text) ? Kind.MEASURED
                : null;
            if (other != null) {
                throw new IllegalArgumentException("described actual \"" + text + "\" reads as " + other
                    + "; use Actual.parse");
            }
        }

        private static boolean readsAsNumber(String text) {
            try {
                return Measured.read(text, text) != null;
            } catch (ValueFormatException beyondBounds) {
                return true;
            }
        }

        @Override
        public Kind kind() {
            return Kind.DESCRIBED;
        }

        @Override
        public String print() {
            return text;
        }
    }

    /**
     * The report says the indicator does not apply (rule S12 leaves it out and rescales).
     *
     * @param words the words printed: {@code 不适用}, {@code 不涉及}, {@code N/A} or {@code /}
     */
    record NotApplicable(String words) implements Actual {
        static final List<String> WORDS = List.of("不适用", "不涉及", "N/A", "/", "／");

        /**
         * Checks the words; see the record's description.
         *
         * @param words the words printed
         */
        public NotApplicable {
            requireNonNull(words, "words");
            if (!WORDS.contains(words)) {
                throw new IllegalArgumentException("not-applicable must be printed as one of " + WORDS + " but was \"" + words + "\"");
            }
        }

        @Override
        public Kind kind() {
            return Kind.NOT_APPLICABLE;
        }

        @Override
        public String print() {
            return words;
        }
    }

    /** The report leaves the actual blank. */
    record Missing() implements Actual {
        static final Missing INSTANCE = new Missing();

        @Override
        public Kind kind() {
            return Kind.MISSING;
        }

        @Override
        public String print() {
            return "";
        }
    }

    /**
     * A cell that the report has but that cannot be read: distinct from a blank cell ({@link Missing}),
     * which the report leaves empty. Nothing is computed from it: what depends on it is not computable.
     *
     * @param reason why it cannot be read, not null
     */
    record Unreadable(Reason reason) implements Actual {
        /** Why a cell cannot be read. */
        public enum Reason {
            /** The cell is printed but illegible (a poor scan, a stain, characters that cannot be made out). */
            ILLEGIBLE,
            /** The cell is cut off: the table ends (a page missing, a screenshot cut short) before it. */
            CUT_OFF
        }

        /**
         * Checks the reason.
         *
         * @param reason why the cell cannot be read, not null
         */
        public Unreadable {
            requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.UNREADABLE;
        }

        /** @return a marker for display, {@code 〔illegible〕} or {@code 〔cut off〕}: not a printed value */
        @Override
        public String print() {
            return reason == Reason.ILLEGIBLE ? "〔illegible〕" : "〔cut off〕";
        }

        /** @return the reason in words, such as {@code illegible} */
        public String describe() {
            return reason == Reason.ILLEGIBLE ? "illegible" : "cut off";
        }
    }
}
