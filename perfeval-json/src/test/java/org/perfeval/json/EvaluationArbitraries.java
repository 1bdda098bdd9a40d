package org.perfeval.json;

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
import org.perfeval.model.Claim;
import org.perfeval.model.Comparator;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Direction;
import org.perfeval.model.Division;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * Whole evaluations for the round-trip properties: every field present or absent, decimals from zero
 * to 34 digits and 12 places (trailing zeros and exponent forms included), text with the characters
 * JSON must escape, trees of any shape up to four levels.
 */
final class EvaluationArbitraries {
    private static final BigInteger MAX_UNSCALED = BigInteger.TEN.pow(34).subtract(BigInteger.ONE);
    private static final List<String> UNITS = List.of("%", "％", "百分比", "元", "万元", "人", "个", "次", "天", "月", "期", "定性指标");

    private EvaluationArbitraries() {}

    static Arbitrary<Evaluation> evaluations() {
        Arbitrary<Evaluation.Builder> head = Combinators.combine(text().filter(t -> !t.isBlank()),
                Arbitraries.integers().between(Evaluation.MIN_YEAR, Evaluation.MAX_YEAR),
                Arbitraries.of(EvaluationKind.values()), text().optional(), budgets().optional())
            .as((unit, year, kind, title, budget) -> Evaluation.builder().unit(unit).year(year).kind(kind)
                .title(title).budget(budget));
        Arbitrary<Evaluation.Builder> placed = Combinators.combine(head, divisions().optional())
            .as((b, division) -> b.division(division));
        return Combinators.combine(placed, projects(), nodes(3).list().ofMaxSize(4).uniqueElements(IndicatorNode::name),
                nonNegativeDecimals().optional(), text().filter(t -> !t.isBlank()).optional(), claims().list().ofMaxSize(3))
            .as((b, projects, indicators, total, grade, claims) -> b.addAllProjects(projects).addAllIndicators(indicators)
                .reportedTotal(total).reportedGrade(grade).addAllClaims(claims).build())
            .ignoreException(IllegalArgumentException.class);
    }

    /** Divisions: six digits with a province other than 00, names with any text. */
    static Arbitrary<Division> divisions() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(0, 9999),
                text().filter(t -> !t.isBlank()))
            .as((province, rest, name) -> Division.of(String.format("%02d%04d", province, rest), name));
    }

    /** Text with CJK, Latin, digits, quotes, backslashes, control characters and characters beyond the BMP. */
    static Arbitrary<String> text() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> odd = Arbitraries.strings().withCharRange(' ', '~').withChars("\"\\/\n\t\u0000\u001f\u2028“”、。（）")
            .ofMaxLength(12);
        Arbitrary<String> astral = Arbitraries.of("𠀀", "😀", "𝄞").list().ofMaxSize(3).map(l -> String.join("", l));
        return Arbitraries.oneOf(cjk, odd, Combinators.combine(cjk, odd, astral).as((a, b, c) -> a + b + c));
    }

    /** Names of indicators: not blank, no surrounding space, no {@code /}. */
    static Arbitrary<String> names() {
        return text().map(t -> t.replace("/", "").strip()).filter(t -> !t.isEmpty());
    }

    /** Decimals within the bounds: mostly the sizes reports print, some at 34 digits, some with trailing zeros. */
    static Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000), BigInteger.valueOf(1_000_000))),
            Tuple.of(1, Arbitraries.bigIntegers().between(MAX_UNSCALED.negate(), MAX_UNSCALED)));
        Arbitrary<BigDecimal> plain = Combinators.combine(unscaled, Arbitraries.integers().between(0, 12)).as(BigDecimal::new);
        // Exponent forms (1E+3) where the plain number stays within 34 digits.
        Arbitrary<BigDecimal> exponent = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-999_999), BigInteger.valueOf(999_999)),
                Arbitraries.integers().between(-6, -1))
            .as(BigDecimal::new);
        return Arbitraries.frequencyOf(Tuple.of(9, plain), Tuple.of(1, exponent));
    }

    static Arbitrary<BigDecimal> nonNegativeDecimals() {
        return decimals().map(BigDecimal::abs);
    }

    static Arbitrary<Unit> units() {
        Arbitrary<String> invented = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z')
            .withChars('%', '/', '·', '㎡').ofMinLength(1).ofMaxLength(16);
        return Arbitraries.oneOf(Arbitraries.of(UNITS), invented).map(Unit::of);
    }

    static Arbitrary<Amount> amounts() {
        return Combinators.combine(nonNegativeDecimals(), Arbitraries.of(Unit.YUAN, Unit.WAN_YUAN)).as(Amount::of);
    }

    static Arbitrary<Target> targets() {
        Arbitrary<Target> quantitative = Arbitraries.of(Comparator.values()).flatMap(c -> Combinators.combine(
                Arbitraries.of(org.perfeval.testing.internal.ModelValues.printedForms(c)), decimals(), units().optional(),
                Arbitraries.of(true, false))
            .as((symbol, value, unit, spaced) -> new Target.Quantitative(c, symbol, value, unit, spaced && unit.isPresent())));
        Arbitrary<Target> range = Combinators.combine(decimals(), decimals(), Arbitraries.of("-", "~", "～", "至"), units().optional())
            .as((a, b, separator, unit) -> new Target.Range(a.min(b), a.max(b), separator, unit));
        Arbitrary<Target> word = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(20)
            .map(Target::qualitative);
        return Arbitraries.oneOf(quantitative, range, word);
    }

    static Arbitrary<Actual> actuals() {
        Arbitrary<Actual> measured = Combinators.combine(decimals(), units().optional(), Arbitraries.of(true, false))
            .as((value, unit, spaced) -> new Actual.Measured(value, unit, spaced && unit.isPresent()));
        Arbitrary<Actual> rated = Arbitraries.of(Rating.values())
            .flatMap(rating -> Arbitraries.of(rating.words()).map(words -> new Actual.Rated(rating, words)));
        Arbitrary<Actual> described = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(20)
            .map(Actual::parse);
        Arbitrary<Actual> notApplicable = Arbitraries.of("不适用", "不涉及", "N/A", "/", "／").map(Actual::parse);
        return Arbitraries.oneOf(measured, rated, described, notApplicable, Arbitraries.just(Actual.missing()));
    }

    static Arbitrary<IndicatorNode> nodes(int depth) {
        return depth == 0 ? leaves() : Arbitraries.frequencyOf(Tuple.of(2, leaves()), Tuple.of(1, groups(depth)));
    }

    private static Arbitrary<BigDecimal[]> pointsAndScore() {
        return Combinators.combine(nonNegativeDecimals().optional(), nonNegativeDecimals().optional())
            .as((points, score) -> new BigDecimal[] {
                points.orElse(null),
                score.map(s -> points.isPresent() && s.compareTo(points.get()) > 0 ? points.get() : s).orElse(null)});
    }

    private static Arbitrary<IndicatorNode> leaves() {
        Arbitrary<Indicator.Builder> head = Combinators.combine(names(), code(), pointsAndScore(), targets().optional(),
                units().optional(), actuals())
            .as((name, code, ps, target, unit, actual) -> {
                Indicator.Builder b = Indicator.builder().name(name).code(code).target(target).unit(unit).actual(actual);
                return scored(b, ps);
            });
        return Combinators.combine(head, text().filter(t -> !t.isBlank()).optional(), Arbitraries.of(true, false),
                Arbitraries.of(Direction.values()).optional())
            .as((b, note, core, direction) -> b.deviationNote(note).core(core).statedDirection(direction).build());
    }

    private static Indicator.Builder scored(Indicator.Builder b, BigDecimal[] pointsAndScore) {
        if (pointsAndScore[0] != null) {
            b.points(pointsAndScore[0]);
        }
        if (pointsAndScore[1] != null) {
            b.reportedScore(pointsAndScore[1]);
        }
        return b;
    }

    private static Arbitrary<IndicatorNode> groups(int depth) {
        return Combinators.combine(names(), code(), pointsAndScore(), decimals().optional(),
                Arbitraries.lazy(() -> nodes(depth - 1)).list().ofMinSize(1).ofMaxSize(4).uniqueElements(IndicatorNode::name))
            .as((name, code, ps, rate, children) -> {
                IndicatorGroup.Builder b = IndicatorGroup.builder().name(name).code(code).reportedRate(rate).addAllChildren(children);
                if (ps[0] != null) {
                    b.points(ps[0]);
                }
                if (ps[1] != null) {
                    b.reportedScore(ps[1]);
                }
                return b.build();
            });
    }

    /** Codes are rare and drawn from a large space, so that codes stay unique in a tree. */
    private static Arbitrary<Optional<String>> code() {
        return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Optional.<String>empty())),
            Tuple.of(1, Arbitraries.strings().numeric().ofLength(9).map(n -> Optional.of("C-" + n))));
    }

    static Arbitrary<DepartmentBudget> budgets() {
        Arbitrary<Optional<Amount>> figure = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Optional.<Amount>empty())), Tuple.of(3, amounts().map(Optional::of)));
        Arbitrary<Optional<Integer>> headcount = Arbitraries.integers().between(0, 10_000_000).optional();
        Arbitrary<List<String>> sources = names().list().ofMaxSize(3).uniqueElements();
        return Combinators.combine(figure.list().ofSize(21), headcount, headcount, sources, amounts().list().ofSize(3))
            .as((f, staff, authorized, sourceNames, sourceAmounts) -> {
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
                for (int i = 0; i < sourceNames.size(); i++) {
                    b.putIncomeBySource(sourceNames.get(i), sourceAmounts.get(i));
                }
                return b.build();
            });
    }

    static Arbitrary<List<Project>> projects() {
        Arbitrary<Project> project = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3).optional(),
                text().filter(t -> !t.isBlank()), text().optional(), amounts().optional(), amounts(), amounts(),
                Arbitraries.of(Project.Status.values()).optional(),
                nodes(2).list().ofMaxSize(3).uniqueElements(IndicatorNode::name))
            .as((number, name, purpose, yearStart, approved, executed, status, indicators) -> Project.builder()
                .number(number).name(name).purpose(purpose).yearStartBudget(yearStart).approved(approved)
                .executed(executed).status(status).addAllIndicators(indicators).build());
        return project.list().ofMaxSize(3).uniqueElements(Project::label);
    }

    static Arbitrary<Claim> claims() {
        return Combinators.combine(Arbitraries.of(Metric.values()), decimals(), text().filter(t -> !t.isBlank()), text().optional())
            .as((metric, percent, quote, section) -> Claim.builder().metric(metric).percent(percent).quote(quote)
                .section(section).build());
    }
}
