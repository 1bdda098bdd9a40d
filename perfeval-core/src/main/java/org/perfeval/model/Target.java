package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/**
 * A target value (指标值) as a report states it: quantitative with a comparator ({@code ≥98%},
 * {@code ≤365天}, {@code =12}, or none at all: {@code 100%}, {@code 1 期}), a range
 * ({@code 80-90%}), or a qualitative word ({@code 符合}, {@code 合理}, {@code 效果明显}).
 *
 * <p>{@link #parse(String)} reads every printed form of the domain reference, full-width comparators
 * ({@code ＞ ≧ ≦ ＝}) and units ({@code ％}) included; {@link #print()} prints the target back the way it
 * was read. For every target {@code t}, {@code Target.parse(t.print()).equals(t)}.
 *
 * <p>The three forms are the records nested here; switch on {@link #kind()}.
 */
public sealed interface Target permits Target.Quantitative, Target.Range, Target.Qualitative {

    /** The form of a target. */
    enum Kind {
        /** A number with a comparator, or with none. */
        QUANTITATIVE,
        /** Between two numbers, both inclusive. */
        RANGE,
        /** A word. */
        QUALITATIVE
    }

    /** @return the form of this target */
    Kind kind();

    /** @return the target as the report prints it */
    String print();

    /**
     * The unit printed with the target itself, such as {@code %} in {@code ≥98%}; a unit in the
     * report's separate unit column belongs to the {@link Indicator}.
     *
     * @return the unit printed with the target, if any
     */
    Optional<Unit> unit();

    /**
     * Reads a target as printed.
     *
     * @param text the printed target, not null
     * @return the target
     * @throws ValueFormatException if the text is blank, too long, or a comparator is not followed
     *     by a number and an optional unit
     */
    static Target parse(String text) {
        return TargetParser.parse(requireNonNull(text, "text"));
    }

    /**
     * @param value the least acceptable value, not null
     * @param unit the unit printed after the number, or null
     * @return {@code ≥value unit}
     */
    static Target atLeast(BigDecimal value, Unit unit) {
        return new Quantitative(Comparator.AT_LEAST, Comparator.AT_LEAST.symbol(), value, Optional.ofNullable(unit), false);
    }

    /**
     * @param value the greatest acceptable value, not null
     * @param unit the unit printed after the number, or null
     * @return {@code ≤value unit}
     */
    static Target atMost(BigDecimal value, Unit unit) {
        return new Quantitative(Comparator.AT_MOST, Comparator.AT_MOST.symbol(), value, Optional.ofNullable(unit), false);
    }

    /**
     * @param value the value to reach, not null
     * @param unit the unit printed after the number, or null
     * @return {@code value unit}, a target printed without comparator
     */
    static Target of(BigDecimal value, Unit unit) {
        return new Quantitative(Comparator.NONE, "", value, Optional.ofNullable(unit), false);
    }

    /**
     * @param word the word, such as {@code 符合}; see {@link Qualitative} for what a word may be
     * @return the qualitative target
     * @throws IllegalArgumentException if the word is blank, too long or reads as a quantity
     */
    static Target qualitative(String word) {
        return new Qualitative(word);
    }

    /**
     * A number with a comparator, or with none.
     *
     * @param comparator what the number bounds, not null
     * @param symbol the comparator as printed, one of {@link Comparator#symbols()}; empty for
     *     {@link Comparator#NONE}
     * @param value the number, not null, at most 34 digits and 12 decimal places; a value in exponent
     *     form with a negative scale ({@code 1E+3}) is kept as the plain number it prints as ({@code 1000})
     * @param unit the unit printed with the number, if any
     * @param spaced whether a space separates number and unit ({@code 1 期})
     */
    record Quantitative(Comparator comparator, String symbol, BigDecimal value, Optional<Unit> unit, boolean spaced)
            implements Target {
        /**
         * Checks the components; see the record's description.
         *
         * @param comparator what the number bounds
         * @param symbol the comparator as printed
         * @param value the number
         * @param unit the unit printed with the number, if any
         * @param spaced whether a space separates number and unit
         */
        public Quantitative {
            requireNonNull(comparator, "comparator");
            requireNonNull(symbol, "symbol");
            requireNonNull(value, "value");
            requireNonNull(unit, "unit");
            value = Decimals.plainBounded(value, "target value");
            if (!comparator.symbols().contains(symbol)) {
                throw new IllegalArgumentException(
                    "symbol \"" + symbol + "\" does not print comparator " + comparator + "; expected one of " + comparator.symbols());
            }
            if (spaced && unit.isEmpty()) {
                throw new IllegalArgumentException("a target without unit cannot be spaced");
            }
        }

        @Override
        public Kind kind() {
            return Kind.QUANTITATIVE;
        }

        @Override
        public String print() {
            return symbol + value.toPlainString() + unit.map(u -> (spaced ? " " : "") + u.symbol()).orElse("");
        }

        /** @return whether this target's unit is a percentage */
        public boolean isPercent() {
            return unit.map(Unit::isPercent).orElse(false);
        }
    }

    /**
     * Between two numbers, both inclusive, such as {@code 80-90%}.
     *
     * @param lower the lower bound, not null; like every target value, kept as the plain number it prints as
     * @param upper the upper bound, not null, not below {@code lower}
     * @param separator the separator as printed: {@code -}, {@code ~}, {@code ～} or {@code 至}
     * @param unit the unit printed after the upper bound, if any
     */
    record Range(BigDecimal lower, BigDecimal upper, String separator, Optional<Unit> unit) implements Target {
        static final String SEPARATORS = "-~～至";

        /**
         * Checks the components; see the record's description.
         *
         * @param lower the lower bound
         * @param upper the upper bound
         * @param separator the separator as printed
         * @param unit the unit printed after the upper bound, if any
         */
        public Range {
            requireNonNull(lower, "lower");
            requireNonNull(upper, "upper");
            requireNonNull(separator, "separator");
            requireNonNull(unit, "unit");
            lower = Decimals.plainBounded(lower, "range lower bound");
            upper = Decimals.plainBounded(upper, "range upper bound");
            if (separator.length() != 1 || SEPARATORS.indexOf(separator.charAt(0)) < 0) {
                throw new IllegalArgumentException("range separator must be one of - ~ ～ 至 but was \"" + separator + "\"");
            }
            if (lower.compareTo(upper) > 0) {
                throw new IllegalArgumentException(
                    "range lower bound " + lower.toPlainString() + " is above its upper bound " + upper.toPlainString());
            }
        }

        @Override
        public Kind kind() {
            return Kind.RANGE;
        }

        @Override
        public String print() {
            return lower.toPlainString() + separator + upper.toPlainString() + unit.map(Unit::symbol).orElse("");
        }

        /**
         * @param value a value, not null
         * @return whether {@code lower ≤ value ≤ upper}
         */
        public boolean contains(BigDecimal value) {
            return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
        }
    }

    /**
     * A word, such as {@code 符合}, {@code 合理} or {@code 在项目计划完成时间内完成}.
     *
     * @param word the word as printed, not blank, without leading or trailing space, at most 200
     *     characters, and not starting with a comparator or a number (such text reads as a quantity:
     *     use {@link Target#parse(String)})
     */
    record Qualitative(String word) implements Target {
        /**
         * Checks the word; see the record's description.
         *
         * @param word the word as printed
         */
        public Qualitative {
            requireNonNull(word, "word");
            TargetParser.checkWord(word, "qualitative target");
            if (TargetParser.startsNumeric(word)) {
                throw new IllegalArgumentException("qualitative target must not start with a comparator or a number, "
                    + "which reads as a quantity, but was \"" + word + "\"");
            }
        }

        @Override
        public Kind kind() {
            return Kind.QUALITATIVE;
        }

        @Override
        public String print() {
            return word;
        }

        @Override
        public Optional<Unit> unit() {
            return Optional.empty();
        }
    }
}
