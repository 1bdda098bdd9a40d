package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Comparator;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * Values at the edges of what the model accepts: numbers of up to 34 digits and 12 places, the
 * exponent forms {@link BigDecimal#stripTrailingZeros()} makes, every printed symbol, invented units
 * and words, budgets whose figures are unrelated. For tests of the model's own promises (print and
 * read back, metrics never throw), not for realistic reports.
 */
public final class ModelValues {
    /** The largest unscaled value a figure may have: 34 nines. */
    public static final BigInteger MAX_UNSCALED = BigInteger.TEN.pow(34).subtract(BigInteger.ONE);

    private static final List<String> KNOWN_UNITS =
        List.of("%", "％", "百分比", "元", "万元", "人", "个", "次", "天", "月", "期", "篇", "份", "定性指标");

    private ModelValues() {}

    /** @return decimals within the model's bounds (34 digits, 0 to 12 places), mostly of the size reports print */
    public static Arbitrary<BigDecimal> decimals() {
        return decimals(MAX_UNSCALED.negate(), 0);
    }

    /** @return as {@link #decimals()}, and also in exponent form with a negative scale ({@code 1E+3}) */
    public static Arbitrary<BigDecimal> decimalsInAnyForm() {
        return decimals(MAX_UNSCALED.negate(), -4);
    }

    private static Arbitrary<BigDecimal> decimals(BigInteger least, int leastScale) {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.bigIntegers().between(least.max(BigInteger.valueOf(-1_000_000)), BigInteger.valueOf(1_000_000))),
            Tuple.of(1, Arbitraries.bigIntegers().between(least, MAX_UNSCALED)));
        Arbitrary<BigDecimal> plain = Combinators.combine(unscaled, Arbitraries.integers().between(0, 12)).as(BigDecimal::new);
        if (leastScale >= 0) {
            return plain;
        }
        // Only where the plain form stays within 34 digits.
        Arbitrary<BigDecimal> exponent = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-999_999), BigInteger.valueOf(999_999)),
                Arbitraries.integers().between(leastScale, -1))
            .as(BigDecimal::new);
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, exponent));
    }

    /** @return amounts in 元 or 万元, zero included, up to the 34-digit bound, exponent forms included */
    public static Arbitrary<Amount> amounts() {
        return Combinators.combine(decimalsInAnyForm().map(BigDecimal::abs), Arbitraries.of(Unit.YUAN, Unit.WAN_YUAN))
            .as(Amount::of);
    }

    /** @return the units reports print and units they invent (CJK, Latin letters, signs) */
    public static Arbitrary<Unit> units() {
        Arbitrary<String> invented = Arbitraries.strings()
            .withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z').withChars('%', '/', '·', '㎡')
            .ofMinLength(1).ofMaxLength(16);
        return Arbitraries.oneOf(Arbitraries.of(KNOWN_UNITS), invented).map(Unit::of);
    }

    /** @return the qualitative words of the domain reference and invented CJK phrases, spaces inside allowed */
    public static Arbitrary<String> words() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> spaced = Combinators.combine(cjk, cjk).as((a, b) -> a + " " + b);
        return Arbitraries.oneOf(Arbitraries.of(Vocabulary.WORDS), cjk, spaced);
    }

    /** @return every symbol and word that prints the comparator, before or after the number */
    public static java.util.List<String> printedForms(Comparator comparator) {
        java.util.List<String> forms = new java.util.ArrayList<>(comparator.symbols());
        forms.addAll(comparator.wordsBefore());
        forms.addAll(comparator.wordsAfter());
        return forms;
    }

    /** @return targets of every form: every comparator symbol and word, with and without unit and space; ranges; words */
    public static Arbitrary<Target> targets() {
        Arbitrary<Target> quantitative = Arbitraries.of(Comparator.values()).flatMap(comparator -> Combinators.combine(
                Arbitraries.of(printedForms(comparator)), decimalsInAnyForm(), units().optional(), Arbitraries.of(true, false))
            .as((symbol, value, unit, spaced) ->
                new Target.Quantitative(comparator, symbol, value, unit, spaced && unit.isPresent())));
        Arbitrary<Target> range = Combinators.combine(decimalsInAnyForm(), decimalsInAnyForm(),
                Arbitraries.of("-", "~", "～", "至"), units().optional())
            .as((a, b, separator, unit) -> a.compareTo(b) <= 0
                ? new Target.Range(a, b, separator, unit)
                : new Target.Range(b, a, separator, unit));
        return Arbitraries.oneOf(quantitative, range, words().map(Target::qualitative));
    }

    /** @return actuals of every kind: measured, every rating in each of its printed words, text, not applicable, blank */
    public static Arbitrary<Actual> actuals() {
        Arbitrary<Actual> measured = Combinators.combine(decimalsInAnyForm(), units().optional(), Arbitraries.of(true, false))
            .as((value, unit, spaced) -> new Actual.Measured(value, unit, spaced && unit.isPresent()));
        Arbitrary<Actual> rated = Arbitraries.of(Rating.values())
            .flatMap(rating -> Arbitraries.of(rating.words()).map(words -> new Actual.Rated(rating, words)));
        Arbitrary<Actual> described = words()
            .filter(text -> Actual.parse(text).kind() == Actual.Kind.DESCRIBED)
            .map(Actual.Described::new);
        Arbitrary<Actual> notApplicable = Arbitraries.of("不适用", "不涉及", "N/A", "/", "／").map(Actual.NotApplicable::new);
        return Arbitraries.oneOf(measured, rated, described, notApplicable, Arbitraries.just(Actual.missing()));
    }

    /** @return budgets with every figure independently missing, zero or any amount, in either unit */
    public static Arbitrary<DepartmentBudget> budgets() {
        Arbitrary<Optional<Amount>> figure = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Optional.<Amount>empty())),
            Tuple.of(1, Arbitraries.of(Unit.YUAN, Unit.WAN_YUAN).map(u -> Optional.of(Amount.of(BigDecimal.ZERO, u)))),
            Tuple.of(4, amounts().map(Optional::of)));
        Arbitrary<Optional<Integer>> headcount = Arbitraries.integers().between(0, 10_000).optional();
        return Combinators.combine(figure.list().ofSize(21), headcount, headcount, amounts().optional())
            .as((f, staff, authorized, income) -> {
                DepartmentBudget.Builder b = DepartmentBudget.builder();
                b.yearStartBudget(f.get(0)).adjustedBudget(f.get(1)).income(f.get(2)).expenditure(f.get(3))
                    .basicExpenditure(f.get(4)).personnelExpenditure(f.get(5)).publicExpenditure(f.get(6))
                    .projectExpenditure(f.get(7)).carryOver(f.get(8)).priorCarryOver(f.get(9))
                    .threePublicBudget(f.get(10)).threePublicExpenditure(f.get(11))
                    .priorThreePublicExpenditure(f.get(12)).publicFundsBudget(f.get(13)).procurementBudget(f.get(14))
                    .procurementExpenditure(f.get(15)).keyProjectExpenditure(f.get(16)).fixedAssetsInUse(f.get(17))
                    .fixedAssetsTotal(f.get(18)).plannedPayments(f.get(19)).actualPayments(f.get(20));
                staff.ifPresent(b::staff);
                authorized.ifPresent(b::authorizedStaff);
                income.ifPresent(a -> b.putIncomeBySource("财政拨款收入", a));
                return b.build();
            });
    }

    /** @return text built from the characters printed values are made of, blanks and odd characters included */
    public static Arbitrary<String> printedLikeText() {
        Arbitrary<String> near = Arbitraries.strings()
            .withChars("≥≤=＞＜≧≦＝<>+-－＋.．0123456789０９~～至%％ \t　天期个万元达成不适用/")
            .withChars('\u00A0', '\u2003', '\u0663', '\u2212')
            .ofMaxLength(14);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(220);
        return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(1, any));
    }
}
