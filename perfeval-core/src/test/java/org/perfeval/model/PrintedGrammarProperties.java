package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated variants of printed targets and actuals: every comparator in every printed form (symbols
 * full-width and half-width, words before and after the number), digits in both widths, spaces (ASCII
 * and ideographic) between the parts, units before or after a comparator word. Each reads as the
 * comparator, number and unit it was made from and prints back exactly as printed.
 */
class PrintedGrammarProperties {
    private static final List<String> UNITS = List.of("%", "％", "百分比", "元", "万元", "万", "人", "人次", "万人次", "个",
        "天", "月", "期", "篇", "份", "米", "亩", "种", "次", "户");
    private static final List<String> SPACES = List.of("", "", "", " ", "　", "  ");

    /** A printed target and what it was made from. */
    record Variant(String text, Comparator comparator, BigDecimal value, Optional<Unit> unit) {
        @Override
        public String toString() {
            return "\"" + text + "\" from " + comparator + " " + value.toPlainString() + " " + unit;
        }
    }

    @Provide
    Arbitrary<Variant> targets() {
        Arbitrary<Comparator> comparators = Arbitraries.of(Comparator.values());
        return Combinators.combine(comparators, Arbitraries.integers().between(0, 1000), numbers(),
                Arbitraries.of(UNITS).injectNull(0.25), Arbitraries.of(SPACES).list().ofSize(4), Arbitraries.of(false, true),
                Arbitraries.of(false, true))
            .as((comparator, pick, number, unit, spaces, fullWidth, unitLast) -> {
                List<String> forms = new ArrayList<>();
                forms.addAll(comparator.symbols());
                forms.addAll(comparator.wordsBefore());
                forms.addAll(comparator.wordsAfter());
                String form = forms.get(pick % forms.size());
                boolean after = comparator.wordsAfter().contains(form);
                String digits = fullWidth ? fullWidth(number.toPlainString()) : number.toPlainString();
                String u = unit == null ? "" : unit;
                String text;
                if (!after) {
                    text = spaces.get(0) + form + spaces.get(1) + digits + (u.isEmpty() ? "" : spaces.get(2) + u) + spaces.get(3);
                } else if (unitLast && !u.isEmpty()) {
                    text = digits + spaces.get(1) + form + spaces.get(2) + u + spaces.get(3);
                } else {
                    text = spaces.get(0) + digits + (u.isEmpty() ? "" : spaces.get(1) + u) + spaces.get(2) + form;
                }
                return new Variant(text, comparator, number, Optional.ofNullable(unit).map(Unit::of));
            });
    }

    private static Arbitrary<BigDecimal> numbers() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000")).ofScale(0)
            .flatMap(n -> Arbitraries.integers().between(0, 3).map(scale -> n.movePointLeft(scale)));
    }

    private static String fullWidth(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= '0' && c <= '9' || c == '-' || c == '.' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    @Property(tries = 2000)
    void everyVariantReadsAsMadeAndPrintsBackAsPrinted(@ForAll("targets") Variant variant) {
        Target target = Target.parse(variant.text());
        assertEquals(Target.Kind.QUANTITATIVE, target.kind(), variant::toString);
        Target.Quantitative q = (Target.Quantitative) target;
        assertEquals(variant.comparator(), q.comparator(), variant::toString);
        assertEquals(variant.value(), q.value(), variant::toString);
        assertEquals(variant.unit(), q.unit(), variant::toString);
        assertEquals(variant.text().strip(), target.print(), variant::toString);
        assertEquals(target, Target.parse(target.print()), variant::toString);
        assertEquals(target, Target.parse(" " + target.print() + "　"), variant::toString);
    }

    @Property(tries = 1000)
    void measuredActualsInEveryWidthAndSpacingPrintBackAsPrinted(@ForAll("measured") Variant variant) {
        Actual actual = Actual.parse(variant.text());
        assertEquals(Actual.Kind.MEASURED, actual.kind(), variant::toString);
        Actual.Measured m = (Actual.Measured) actual;
        assertEquals(variant.value(), m.value(), variant::toString);
        assertEquals(variant.unit(), m.unit(), variant::toString);
        assertEquals(variant.text().strip(), actual.print(), variant::toString);
        assertEquals(actual, Actual.parse(actual.print()), variant::toString);
    }

    @Provide
    Arbitrary<Variant> measured() {
        return Combinators.combine(numbers(), Arbitraries.of(UNITS).injectNull(0.25), Arbitraries.of(SPACES),
                Arbitraries.of(SPACES), Arbitraries.of(false, true))
            .as((number, unit, lead, gap, fullWidth) -> {
                String digits = fullWidth ? fullWidth(number.toPlainString()) : number.toPlainString();
                String text = lead + digits + (unit == null ? "" : gap + unit);
                return new Variant(text, Comparator.NONE, number, Optional.ofNullable(unit).map(Unit::of));
            });
    }

    @Property(tries = 500)
    void datesReadWithTheirLastDay(@ForAll("months") int month, @ForAll("years") int year) {
        Target.Deadline withYear = (Target.Deadline) Target.parse(year + "年" + month + "月");
        assertEquals(java.time.YearMonth.of(year, month).atEndOfMonth(), withYear.lastDay(2000));
        Target.Deadline before = (Target.Deadline) Target.parse(fullWidth(String.valueOf(month)) + "月前");
        assertEquals(java.time.LocalDate.of(year, month, 1).minusDays(1), before.lastDay(year));
        Target.Deadline byEnd = (Target.Deadline) Target.parse(month + " 月底前");
        assertEquals(java.time.YearMonth.of(year, month).atEndOfMonth(), byEnd.lastDay(year));
        assertEquals(month + " 月底前", byEnd.print());
        Target period = Target.parse(month + "月");
        assertEquals(Target.Kind.QUANTITATIVE, period.kind());
    }

    @Provide
    Arbitrary<Integer> months() {
        return Arbitraries.integers().between(1, 12);
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1990, 2100);
    }
}
