package org.perfeval.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of model values for property tests. Every generated value is one the model accepts, and
 * together they cover every form: every comparator symbol, ranges, words, every kind of actual,
 * amounts in both units from zero to the 34-digit bound, budgets with any field missing.
 */
final class ModelArbitraries {
    /** The largest unscaled value a figure may have: 34 nines. */
    static final BigInteger MAX_UNSCALED = BigInteger.TEN.pow(34).subtract(BigInteger.ONE);

    private static final List<String> KNOWN_UNITS =
        List.of("%", "％", "百分比", "元", "万元", "人", "个", "次", "天", "月", "期", "篇", "份", "定性指标");
    private static final List<String> PRINTED_WORDS = List.of("符合", "科学", "合理", "完整", "真实", "合规", "健全",
        "公开", "规范", "高", "好", "效果明显", "严格执行相关制度规定", "在项目计划完成时间内完成");

    private ModelArbitraries() {}

    /** Decimals within the model's bounds (34 digits, 0 to 12 places), mostly of the size reports print. */
    static Arbitrary<BigDecimal> decimals() {
        return decimals(MAX_UNSCALED.negate(), 0);
    }

    /** As {@link #decimals()}, zero or more. */
    static Arbitrary<BigDecimal> nonNegativeDecimals() {
        return decimals(BigInteger.ZERO, 0);
    }

    /**
     * As {@link #decimals()}, and also in exponent form with a negative scale ({@code 1E+3}), as
     * {@link BigDecimal#stripTrailingZeros()} makes them.
     */
    static Arbitrary<BigDecimal> decimalsInAnyForm() {
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

    /** Amounts in 元 or 万元, zero included, up to the 34-digit bound, exponent forms included. */
    static Arbitrary<Amount> amounts() {
        return Combinators.combine(decimalsInAnyForm().map(BigDecimal::abs), Arbitraries.of(Unit.YUAN, Unit.WAN_YUAN))
            .as(Amount::of);
    }

    /** The units reports print and units they invent (CJK, Latin letters, signs). */
    static Arbitrary<Unit> units() {
        Arbitrary<String> invented = Arbitraries.strings()
            .withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z').withChars('%', '/', '·', '㎡')
            .ofMinLength(1).ofMaxLength(16);
        return Arbitraries.oneOf(Arbitraries.of(KNOWN_UNITS), invented).map(Unit::of);
    }

    /** Words: the qualitative targets of the domain reference and invented CJK phrases, spaces inside allowed. */
    static Arbitrary<String> words() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> spaced = Combinators.combine(cjk, cjk).as((a, b) -> a + " " + b);
        return Arbitraries.oneOf(Arbitraries.of(PRINTED_WORDS), cjk, spaced);
    }

    /** Targets of every form: every comparator symbol, with and without unit and space; ranges; words. */
    static Arbitrary<Target> targets() {
        return Arbitraries.oneOf(quantitativeTargets(), rangeTargets(), words().map(Target::qualitative));
    }

    static Arbitrary<Target> quantitativeTargets() {
        return Arbitraries.of(Comparator.values()).flatMap(comparator -> Combinators.combine(
                Arbitraries.of(comparator.symbols()), decimalsInAnyForm(), units().optional(), Arbitraries.of(true, false))
            .as((symbol, value, unit, spaced) ->
                new Target.Quantitative(comparator, symbol, value, unit, spaced && unit.isPresent())));
    }

    static Arbitrary<Target> rangeTargets() {
        return Combinators.combine(decimalsInAnyForm(), decimalsInAnyForm(), Arbitraries.of("-", "~", "～", "至"),
                units().optional())
            .as((a, b, separator, unit) -> a.compareTo(b) <= 0
                ? new Target.Range(a, b, separator, unit)
                : new Target.Range(b, a, separator, unit));
    }

    /** Actuals of every kind: measured, every rating in each of its printed words, text, not applicable, blank. */
    static Arbitrary<Actual> actuals() {
        Arbitrary<Actual> measured = Combinators.combine(decimalsInAnyForm(), units().optional(), Arbitraries.of(true, false))
            .as((value, unit, spaced) -> new Actual.Measured(value, unit, spaced && unit.isPresent()));
        Arbitrary<Actual> rated = Arbitraries.of(Rating.values())
            .flatMap(rating -> Arbitraries.of(rating.words()).map(words -> new Actual.Rated(rating, words)));
        Arbitrary<Actual> described = words()
            .filter(text -> Rating.byWords(text) == null && !Actual.NotApplicable.WORDS.contains(text))
            .map(Actual.Described::new);
        Arbitrary<Actual> notApplicable = Arbitraries.of(Actual.NotApplicable.WORDS).map(Actual.NotApplicable::new);
        return Arbitraries.oneOf(measured, rated, described, notApplicable, Arbitraries.just(Actual.missing()));
    }

    /** Budgets with every figure independently missing, zero or any amount, in either unit. */
    static Arbitrary<DepartmentBudget> budgets() {
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

    /** Scores from 0 to 100 with two decimal places, as reports print them; the band edges included. */
    static Arbitrary<BigDecimal> scores() {
        Arbitrary<BigDecimal> any = Arbitraries.integers().between(0, 10_000).map(n -> BigDecimal.valueOf(n, 2));
        Arbitrary<BigDecimal> edges = Arbitraries.of("0", "0.00", "59.99", "60", "60.00", "79.99", "80", "89.99", "90",
            "90.00", "99.99", "100", "100.00").map(BigDecimal::new);
        return Arbitraries.frequencyOf(Tuple.of(9, any), Tuple.of(1, edges));
    }

    /** Text built from the characters printed values are made of, blanks and odd characters included. */
    static Arbitrary<String> printedLikeText() {
        Arbitrary<String> near = Arbitraries.strings()
            .withChars("≥≤=＞＜≧≦＝<>+-－＋.．0123456789０９~～至%％ \t　天期个万元达成不适用/")
            .withChars('\u00A0', '\u2003', '\u0663', '\u2212')
            .ofMaxLength(14);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(220);
        return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(1, any));
    }
}
