package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/**
 * A target value (指标值) as a report states it: quantitative with a comparator ({@code ≥98%},
 * {@code ≤365天}, {@code =12}, or none at all: {@code 100%}, {@code 1 期}), a range
 * ({@code 80-90%}), or a qualitative word ({@code 符合}, {@code 合理}, {@code 效果明显}).
 *
 * <p>{@link #parse(String)} reads every printed form real tables print, by the grammar written down in
 * the README ("Printed targets and actuals"): comparators as symbols ({@code ≥ ≧ >= ＞ > ≤ ≦ <= < = ═ ＝},
 * full-width and half-width) or as words before or after the number ({@code 不低于95%}, {@code 98%以上},
 * {@code 不超过30万元}, {@code 30天以内}), units, spaces, ranges ({@code 80-90%}) and dates
 * ({@code 2023年12月}, {@code 9月前}, {@code 12月底前}). A target keeps the text it was read from and
 * {@link #print()} prints it back unchanged (stripped of surrounding space). For every target {@code t},
 * {@code Target.parse(t.print()).equals(t)}.
 *
 * <p>The four forms are the records nested here; switch on {@link #kind()}.
 */
public sealed interface Target permits Target.Quantitative, Target.Range, Target.Deadline, Target.Qualitative {

    /** The form of a target. */
    enum Kind {
        /** A number with a comparator, or with none. */
        QUANTITATIVE,
        /** Between two numbers, both inclusive. */
        RANGE,
        /** A date or deadline: {@code 2023年12月}, {@code 9月前}, {@code 12月底前}. */
        DEADLINE,
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
     * @param symbol the comparator as printed: a symbol or a word before the number, or a word after it
     *     ({@link Comparator#printsAs(String)}); empty for {@link Comparator#NONE}
     * @param value the number, not null, at most 34 digits and 12 decimal places; a value in exponent
     *     form with a negative scale ({@code 1E+3}) is kept as the plain number it prints as ({@code 1000})
     * @param unit the unit printed with the number, if any
     * @param spaced whether a space separates number and unit ({@code 1 期})
     * @param printed the text as printed, without surrounding space, at most 200 characters; it must
     *     read as this comparator, symbol, value, unit and spacing
     */
    record Quantitative(Comparator comparator, String symbol, BigDecimal value, Optional<Unit> unit, boolean spaced,
            String printed) implements Target {
        /**
         * Checks the components; see the record's description.
         *
         * @param comparator what the number bounds
         * @param symbol the comparator as printed
         * @param value the number
         * @param unit the unit printed with the number, if any
         * @param spaced whether a space separates number and unit
         * @param printed the text as printed
         */
        public Quantitative {
            requireNonNull(comparator, "comparator");
            requireNonNull(symbol, "symbol");
            requireNonNull(value, "value");
            requireNonNull(unit, "unit");
            requireNonNull(printed, "printed");
            value = Decimals.plainBounded(value, "target value");
            if (!comparator.printsAs(symbol)) {
                throw new IllegalArgumentException("symbol \"" + symbol + "\" does not print comparator " + comparator
                    + "; expected one of " + comparator.symbols() + " " + comparator.wordsBefore() + " " + comparator.wordsAfter());
            }
            if (spaced && unit.isEmpty()) {
                throw new IllegalArgumentException("a target without unit cannot be spaced");
            }
            if (!printed.equals(canonical(symbol, value, unit, spaced))) {
                TargetParser.checkWord(printed, "printed target");
                PrintedGrammar.QuantityReading read = PrintedGrammar.quantity(printed);
                if (read == null || read.comparator() != comparator || !read.symbol().equals(symbol)
                        || !read.value().equals(value) || !read.unit().equals(unit) || read.spaced() != spaced) {
                    throw new IllegalArgumentException("printed target \"" + printed + "\" does not read as "
                        + canonical(symbol, value, unit, spaced));
                }
            }
        }

        /**
         * A target printed in its plain form: the symbol or word before the number, or the word after
         * the number and unit.
         *
         * @param comparator what the number bounds, not null
         * @param symbol the comparator as printed, see the record's description
         * @param value the number, not null
         * @param unit the unit, if any
         * @param spaced whether a space separates number and unit
         */
        public Quantitative(Comparator comparator, String symbol, BigDecimal value, Optional<Unit> unit, boolean spaced) {
            this(comparator, symbol, value, unit, spaced,
                canonical(symbol, Decimals.plainBounded(requireNonNull(value, "value"), "target value"),
                    requireNonNull(unit, "unit"), spaced));
        }

        private static String canonical(String symbol, BigDecimal value, Optional<Unit> unit, boolean spaced) {
            String number = value.toPlainString() + unit.map(u -> (spaced ? " " : "") + u.symbol()).orElse("");
            return Comparator.byWordAfter(symbol) != null ? number + symbol : symbol + number;
        }

        @Override
        public Kind kind() {
            return Kind.QUANTITATIVE;
        }

        @Override
        public String print() {
            return printed;
        }

        /** @return whether this target's unit is a percentage */
        public boolean isPercent() {
            return unit.map(Unit::isPercent).orElse(false);
        }

        /** @return whether the value itself misses the target: {@code >0} is not met by 0 */
        public boolean isStrict() {
            return comparator.isStrict();
        }
    }

    /**
     * Between two numbers, both inclusive, such as {@code 80-90%}.
     *
     * @param lower the lower bound, not null; like every target value, kept as the plain number it prints as
     * @param upper the upper bound, not null, not below {@code lower}
     * @param separator the separator as printed: {@code -}, {@code ~}, {@code ～} or {@code 至}
     * @param unit the unit printed after the upper bound, if any
     * @param printed the text as printed, without surrounding space; it must read as these bounds,
     *     separator and unit ({@code 80%-90%}, {@code 80 - 90%})
     */
    record Range(BigDecimal lower, BigDecimal upper, String separator, Optional<Unit> unit, String printed)
            implements Target {
        static final String SEPARATORS = "-~～至到－−";

        /**
         * Checks the components; see the record's description.
         *
         * @param lower the lower bound
         * @param upper the upper bound
         * @param separator the separator as printed
         * @param unit the unit printed after the upper bound, if any
         * @param printed the text as printed
         */
        public Range {
            requireNonNull(lower, "lower");
            requireNonNull(upper, "upper");
            requireNonNull(separator, "separator");
            requireNonNull(unit, "unit");
            lower = Decimals.plainBounded(lower, "range lower bound");
            upper = Decimals.plainBounded(upper, "range upper bound");
            if (separator.length() != 1 || SEPARATORS.indexOf(separator.charAt(0)) < 0) {
                throw new IllegalArgumentException("range separator must be one of - ~ ～ 至 到 but was \"" + separator + "\"");
            }
            if (lower.compareTo(upper) > 0) {
                throw new IllegalArgumentException(
                    "range lower bound " + lower.toPlainString() + " is above its upper bound " + upper.toPlainString());
            }
            requireNonNull(printed, "printed");
            if (!printed.equals(canonical(lower, upper, separator, unit))) {
                TargetParser.checkWord(printed, "printed target");
                PrintedGrammar.RangeReading read = PrintedGrammar.range(printed);
                if (read == null || !read.lower().equals(lower) || !read.upper().equals(upper)
                        || !read.separator().equals(separator) || !read.unit().equals(unit)) {
                    throw new IllegalArgumentException("printed range \"" + printed + "\" does not read as "
                        + canonical(lower, upper, separator, unit));
                }
            }
        }

        /**
         * A range printed in its plain form, such as {@code 80-90%}.
         *
         * @param lower the lower bound, not null
         * @param upper the upper bound, not null
         * @param separator the separator, see the record's description
         * @param unit the unit, if any
         */
        public Range(BigDecimal lower, BigDecimal upper, String separator, Optional<Unit> unit) {
            this(lower, upper, separator, unit, canonical(
                Decimals.plainBounded(requireNonNull(lower, "lower"), "range lower bound"),
                Decimals.plainBounded(requireNonNull(upper, "upper"), "range upper bound"),
                requireNonNull(separator, "separator"), requireNonNull(unit, "unit")));
        }

        private static String canonical(BigDecimal lower, BigDecimal upper, String separator, Optional<Unit> unit) {
            return lower.toPlainString() + separator + upper.toPlainString() + unit.map(Unit::symbol).orElse("");
        }

        @Override
        public Kind kind() {
            return Kind.RANGE;
        }

        @Override
        public String print() {
            return printed;
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
     * A date or deadline (时效 targets): {@code 2023年12月} (in December 2023), {@code 9月前} (before
     * September), {@code 12月底前} (by the end of December), {@code 2023年12月31日}. A month alone with
     * neither year nor 前 or 底 ({@code 12月}, {@code 12 月}) is a period of months, a {@link Quantitative}.
     *
     * @param year the year printed, if any
     * @param month the month printed (1–12), if any; absent only with a year ({@code 2023年底})
     * @param day the day of the month printed, if any
     * @param part the part of the month or year printed: {@code 底}, {@code 末}, {@code 初}, {@code 上旬},
     *     {@code 中旬} or {@code 下旬}, if any
     * @param before whether the date is a bound printed with {@code 前}, {@code 之前} or {@code 以前}
     * @param printed the text as printed, without surrounding space; it must read as these fields
     */
    record Deadline(OptionalInt year, OptionalInt month, OptionalInt day, Optional<String> part, boolean before,
            String printed) implements Target {
        /**
         * Checks the components; see the record's description.
         *
         * @param year the year printed, if any
         * @param month the month printed, if any
         * @param day the day printed, if any
         * @param part the part of the month or year printed, if any
         * @param before whether the date is printed with 前
         * @param printed the text as printed
         */
        public Deadline {
            requireNonNull(year, "year");
            requireNonNull(month, "month");
            requireNonNull(day, "day");
            requireNonNull(part, "part");
            requireNonNull(printed, "printed");
            TargetParser.checkWord(printed, "printed date");
            PrintedGrammar.DeadlineReading read = PrintedGrammar.deadline(printed);
            if (read == null || !read.year().equals(year) || !read.month().equals(month) || !read.day().equals(day)
                    || !Optional.ofNullable(read.part()).equals(part) || read.before() != before) {
                throw new IllegalArgumentException("printed date \"" + printed + "\" does not read as year " + year
                    + ", month " + month + ", day " + day + ", part " + part + (before ? ", before" : ""));
            }
        }

        @Override
        public Kind kind() {
            return Kind.DEADLINE;
        }

        @Override
        public String print() {
            return printed;
        }

        @Override
        public Optional<Unit> unit() {
            return Optional.empty();
        }

        /**
         * The last day that meets the deadline: {@code 9月前} → 31 August, {@code 12月底前} and
         * {@code 2023年12月} → 31 December, {@code 2023年12月15日前} → 14 December.
         *
         * @param defaultYear the year to take when none is printed (the evaluation's year)
         * @return the last day that meets it
         */
        public LocalDate lastDay(int defaultYear) {
            int y = year.orElse(defaultYear);
            if (day.isPresent()) {
                LocalDate date = LocalDate.of(y, month.getAsInt(), day.getAsInt());
                return before ? date.minusDays(1) : date;
            }
            if (month.isEmpty()) {
                return before && part.isEmpty() ? LocalDate.of(y, 1, 1).minusDays(1) : LocalDate.of(y, 12, 31);
            }
            LocalDate first = LocalDate.of(y, month.getAsInt(), 1);
            if (before && part.isEmpty()) {
                return first.minusDays(1);
            }
            if (part.isPresent() && (part.get().equals("初") || part.get().equals("上旬"))) {
                return first.plusDays(9);
            }
            if (part.isPresent() && part.get().equals("中旬")) {
                return first.plusDays(19);
            }
            return first.withDayOfMonth(first.lengthOfMonth());
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
            if (TargetParser.readsAsValue(word)) {
                throw new IllegalArgumentException("qualitative target must not start with a comparator or a number, "
                    + "nor read as a quantity or a date, but was \"" + word + "\"");
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
