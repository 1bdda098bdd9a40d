package org.perfeval.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Project;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.scoring.Allocation;
import org.perfeval.scoring.Bracket;
import org.perfeval.scoring.Category;
import org.perfeval.scoring.DeviationThresholds;
import org.perfeval.scoring.NotApplicablePolicy;
import org.perfeval.scoring.Profiles;
import org.perfeval.scoring.Rounding;
import org.perfeval.scoring.RoundingStep;
import org.perfeval.scoring.RuleBinding;
import org.perfeval.scoring.RuleSet;
import org.perfeval.scoring.RuleSpec;
import org.perfeval.scoring.UnscorablePolicy;

/**
 * Generators for property tests of scoring: indicators with every form of target and actual,
 * whole evaluations (trees of any shape, points stated everywhere, nowhere or here and there,
 * budgets and projects or none) and rule sets that lint clean under the built-in registry.
 *
 * <p>Uses only the public API of perfeval-core, so that it can ship as a test kit.
 */
public final class ScoringArbitraries {
    private static final List<String> TOP_NAMES = List.of("预算执行", "投入管理", "产出指标", "效益指标", "满意度指标",
        "预算执行率", "成本指标", "管理指标");
    private static final List<String> NAMES = List.of("完成率", "及时率", "覆盖率", "满意度", "标兵奖", "系统维护费",
        "邮递费", "结转结余率", "预算调整率", "公用经费控制率", "培训人次", "质量达标率", "资金使用合规性", "决算真实性",
        "工作任务", "履职效益", "社会效益", "经济效益", "数量", "质量", "时效");
    private static final List<String> WORDS = List.of("符合", "合理", "完整", "规范", "效果明显");
    private static final List<Unit> UNITS = List.of(Unit.PERCENT, Unit.PERSON, Unit.DAY, Unit.ISSUE);

    private ScoringArbitraries() {}

    /** @return points from 0 to 100 with 0 to 2 places, and now and then 3 */
    public static Arbitrary<BigDecimal> points() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)),
            Tuple.of(3, Arbitraries.integers().between(0, 30).map(BigDecimal::valueOf)),
            Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(3)));
    }

    /** @return values as reports print them: −50 to 400, 0 to 2 places, zero often */
    public static Arbitrary<BigDecimal> values() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(400)).ofScale(2)),
            Tuple.of(3, Arbitraries.integers().between(0, 400).map(BigDecimal::valueOf)),
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)));
    }

    /** @return quantitative, range and word targets, with and without a unit */
    public static Arbitrary<Target> targets() {
        Arbitrary<Optional<Unit>> unit = Arbitraries.of(UNITS).optional(0.7);
        Arbitrary<Target> quantitative = Combinators.combine(
                Arbitraries.of(Comparator.AT_LEAST, Comparator.MORE_THAN, Comparator.AT_MOST, Comparator.LESS_THAN,
                    Comparator.EXACTLY, Comparator.NONE), values(), unit)
            .as((c, v, u) -> new Target.Quantitative(c, c.symbol(), v, u, false));
        Arbitrary<Target> range = Combinators.combine(values(), values(), unit)
            .as((a, b, u) -> new Target.Range(a.min(b), a.max(b), "-", u));
        return Arbitraries.frequencyOf(Tuple.of(7, quantitative), Tuple.of(1, range),
            Tuple.of(2, Arbitraries.of(WORDS).map(Target::qualitative)));
    }

    /** @return measured values (mostly), ratings, text (the target's word now and then), not applicable, blanks */
    public static Arbitrary<Actual> actuals() {
        Arbitrary<Actual> measured = Combinators.combine(values(), Arbitraries.of(UNITS).injectNull(0.4))
            .as(Actual::measured);
        return Arbitraries.frequencyOf(
            Tuple.of(12, measured),
            Tuple.of(4, Arbitraries.of(Rating.values()).map(Actual.Rated::of)),
            Tuple.of(2, Arbitraries.of(WORDS).map(Actual.Described::new)),
            Tuple.of(1, Arbitraries.just(new Actual.NotApplicable("不适用"))),
            Tuple.of(1, Arbitraries.just(Actual.missing())));
    }

    /**
     * @param name the indicator's name
     * @param statePoints whether it states points
     * @return leaves with any target (or none), actual, stated direction now and then, reported score
     */
    public static Arbitrary<Indicator> indicators(String name, boolean statePoints) {
        Arbitrary<Optional<BigDecimal>> points = statePoints
            ? points().map(p -> p.min(BigDecimal.valueOf(30))).map(Optional::of) : Arbitraries.just(Optional.empty());
        return Combinators.combine(targets().optional(0.9), actuals(), points,
                Arbitraries.of(Direction.values()).optional(0.1), Arbitraries.integers().between(0, 100))
            .as((target, actual, stated, direction, share) -> {
                Optional<BigDecimal> reported = stated.map(p -> p.multiply(BigDecimal.valueOf(share))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
                return Indicator.builder().name(name).target(target).actual(actual).points(stated)
                    .statedDirection(direction).reportedScore(reported).build();
            });
    }

    /** @return whole evaluations of either kind, 0 to 4 top-level nodes, up to 3 levels, with or without budget */
    public static Arbitrary<Evaluation> evaluations() {
        Arbitrary<PointsMode> mode = Arbitraries.of(PointsMode.values());
        return mode.flatMap(m -> Combinators.combine(
                Arbitraries.of(TOP_NAMES).list().uniqueElements().ofMaxSize(4).flatMapEach((all, name) -> node(name, 2, m)),
                Arbitraries.of(EvaluationKind.values()), budgets().optional(0.8), projects())
            .as((tops, kind, budget, projects) -> Evaluation.builder().unit("测试单位").year(2021).kind(kind)
                .addAllIndicators(tops).budget(budget).addAllProjects(projects).build()));
    }

    /** How an evaluation states points. */
    private enum PointsMode {
        /** On no node, as Jinshui. */
        NONE,
        /** On every leaf. */
        LEAVES,
        /** Here and there. */
        SOME
    }

    private static Arbitrary<IndicatorNode> node(String name, int depth, PointsMode mode) {
        Arbitrary<Boolean> stated = mode == PointsMode.LEAVES ? Arbitraries.just(true)
            : mode == PointsMode.NONE ? Arbitraries.just(false) : Arbitraries.of(true, false);
        Arbitrary<IndicatorNode> leaf = stated.flatMap(s -> indicators(name, s)).map(i -> i);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<IndicatorNode> group = Combinators.combine(
                Arbitraries.of(NAMES).list().uniqueElements().ofMinSize(1).ofMaxSize(4)
                    .flatMapEach((all, child) -> node(child, depth - 1, mode)),
                mode == PointsMode.SOME ? points().optional(0.3) : Arbitraries.just(Optional.<BigDecimal>empty()))
            .as((children, points) -> IndicatorGroup.builder().name(name).addAllChildren(children).points(points).build());
        return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(3, group));
    }

    /** @return budgets with execution, adjustment and year-start figures, any of them missing or zero */
    public static Arbitrary<DepartmentBudget> budgets() {
        Arbitrary<Optional<Amount>> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000))
            .ofScale(2).map(Amount::ofWanYuan).optional(0.9);
        return Combinators.combine(amount, amount, amount).as((spent, adjusted, start) -> DepartmentBudget.builder()
            .expenditure(spent).adjustedBudget(adjusted).yearStartBudget(start).build());
    }

    /** @return 0 to 3 projects */
    public static Arbitrary<List<Project>> projects() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(500)).ofScale(2);
        return Combinators.combine(amount, amount).as((a, e) -> new BigDecimal[] {a, e}).list().ofMaxSize(3)
            .map(pairs -> {
                List<Project> projects = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    projects.add(Project.builder().name("项目" + i).approved(Amount.ofWanYuan(pairs.get(i)[0]))
                        .executed(Amount.ofWanYuan(pairs.get(i)[1])).build());
                }
                return projects;
            });
    }

    /** @return a valid spec of every built-in rule, with random valid parameters */
    public static Arbitrary<RuleSpec> ruleSpecs() {
        Arbitrary<RuleSpec> execution = Combinators.combine(Arbitraries.of("evaluation", "actual"),
                Arbitraries.of("full-year", "year-start"))
            .as((source, denominator) -> source.equals("actual")
                ? RuleSpec.builder().name("budget-execution").putWords("source", source).build()
                : RuleSpec.builder().name("budget-execution").putWords("denominator", denominator).build());
        return Arbitraries.oneOf(
            Arbitraries.of("positive", "reverse-ratio", "reverse-linear", "equality", "coefficient", "reported",
                "not-applicable").map(RuleSpec::of),
            qualitativeSpecs(), stepDeductionSpecs(), countDeductionSpecs(), bracketSpecs(), execution);
    }

    /** @return {@code qualitative} with random bands and position */
    public static Arbitrary<RuleSpec> qualitativeSpecs() {
        Arbitrary<BigDecimal> fraction = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
        return Combinators.combine(fraction, Arbitraries.bigDecimals()
                .between(new BigDecimal("0.1"), new BigDecimal("0.45")).ofScale(2))
            .as((position, partial) -> RuleSpec.builder().name("qualitative").putNumbers("position", position)
                .putNumbers("partial", partial).putNumbers("achieved", partial.add(new BigDecimal("0.5"))).build());
    }

    /** @return {@code step-deduction} with a random threshold, deduction and side */
    public static Arbitrary<RuleSpec> stepDeductionSpecs() {
        return Combinators.combine(values(), Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), BigDecimal.TEN).ofScale(2), Arbitraries.of("above", "below"))
            .as((threshold, deduction, side) -> RuleSpec.builder().name("step-deduction").putNumbers("threshold", threshold)
                .putNumbers("deduction", deduction).putWords("side", side).build());
    }

    /** @return {@code count-deduction} with a random deduction per item */
    public static Arbitrary<RuleSpec> countDeductionSpecs() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.valueOf(3)).ofScale(1)
            .map(k -> RuleSpec.builder().name("count-deduction").putNumbers("perItem", k).build());
    }

    /** @return {@code brackets} with a random ascending table, either closing, on the value or its absolute */
    public static Arbitrary<RuleSpec> bracketSpecs() {
        return Combinators.combine(brackets(), Arbitraries.of("lower", "upper"), Arbitraries.of("value", "absolute"))
            .as((table, closed, use) -> RuleSpec.builder().name("brackets").addAllTable(table).putWords("closed", closed)
                .putWords("use", use).build());
    }

    /** @return ascending, contiguous bracket tables from −∞ to +∞ giving 0 to 5 points, values ascending */
    public static Arbitrary<List<Bracket>> brackets() {
        return Arbitraries.integers().between(-50, 300).set().ofMinSize(1).ofMaxSize(5).flatMap(bounds -> {
            List<Integer> cuts = new ArrayList<>(bounds);
            cuts.sort(null);
            return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5)).ofScale(1)
                .list().ofSize(cuts.size() + 1).map(values -> {
                    List<BigDecimal> sorted = new ArrayList<>(values);
                    sorted.sort(null);
                    List<Bracket> table = new ArrayList<>();
                    for (int i = 0; i <= cuts.size(); i++) {
                        BigDecimal from = i == 0 ? null : BigDecimal.valueOf(cuts.get(i - 1));
                        BigDecimal to = i == cuts.size() ? null : BigDecimal.valueOf(cuts.get(i));
                        table.add(Bracket.of(from, to, sorted.get(i)));
                    }
                    return table;
                });
        });
    }

    /** @return the aggregators' specs: weighted sum, weakest link, a lookup table of rates */
    public static Arbitrary<RuleSpec> aggregatorSpecs() {
        Arbitrary<RuleSpec> lookup = Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(4).map(bounds -> {
            List<Integer> cuts = new ArrayList<>(bounds);
            cuts.sort(null);
            RuleSpec.Builder spec = RuleSpec.builder().name("lookup");
            for (int i = 0; i <= cuts.size(); i++) {
                BigDecimal from = i == 0 ? null : BigDecimal.valueOf(cuts.get(i - 1));
                BigDecimal to = i == cuts.size() ? null : BigDecimal.valueOf(cuts.get(i));
                // the rate's value itself at the lower cut, capped at 100: ascending
                spec.addTable(Bracket.of(from, to, from == null ? BigDecimal.ZERO : from));
            }
            return spec.build();
        });
        return Arbitraries.oneOf(Arbitraries.of("weighted-sum", "weakest-link").map(RuleSpec::of), lookup);
    }

    /** @return rounding steps of 0 to 4 places in every rounding mode but UNNECESSARY */
    public static Arbitrary<RoundingStep> roundingSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN,
                RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN))
            .as(RoundingStep::of);
    }

    /** @return rule sets that lint clean under the built-in registry: the profiles' categories or none, any rules */
    public static Arbitrary<RuleSet> ruleSets() {
        Arbitrary<List<Category>> categories = Arbitraries.of(
            Profiles.departmentOverall().categories(), Profiles.ministryProject().categories(), List.<Category>of());
        Arbitrary<List<RuleBinding>> bindings = Combinators.combine(ruleSpecs(), ruleSpecs(), ruleSpecs(), ruleSpecs(),
                ruleSpecs().optional(0.3))
            .as((positive, reverse, equal, qualitative, path) -> {
                List<RuleBinding> list = new ArrayList<>();
                path.ifPresent(spec -> list.add(RuleBinding.byPath("产出指标/**", spec)));
                list.add(RuleBinding.byDirection(Direction.POSITIVE, positive));
                list.add(RuleBinding.byDirection(Direction.REVERSE, reverse));
                list.add(RuleBinding.byDirection(Direction.EQUAL, equal));
                list.add(RuleBinding.byDirection(Direction.QUALITATIVE, qualitative));
                return list;
            });
        Arbitrary<Rounding> rounding = Combinators.combine(roundingSteps(), roundingSteps(), roundingSteps())
            .as((indicator, group, total) -> Rounding.builder().indicator(indicator).group(group).total(total).build());
        Arbitrary<DeviationThresholds> deviation = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(100)).ofScale(0).optional(0.5),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(101), BigDecimal.valueOf(300)).ofScale(0).optional(0.5))
            .as((execution, far) -> DeviationThresholds.builder().executionRateBelowPercent(execution)
                .farAboveTargetPercent(far).build());
        Arbitrary<RuleSet.Builder> parts = Combinators.combine(categories, bindings, aggregatorSpecs(), rounding,
                Arbitraries.integers().between(0, 4), Arbitraries.of(NotApplicablePolicy.values()),
                Arbitraries.of(UnscorablePolicy.values()), Arbitraries.of(GradeScale.standard(), GradeScale.omb()))
            .as((cats, binds, aggregator, round, scale, notApplicable, unscorable, grades) -> RuleSet.builder()
                .id("generated").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1))
                .addAllCategories(cats).addAllBindings(binds).groupAggregator(aggregator).rounding(round)
                .allocation(Allocation.builder().scale(scale).build()).notApplicable(notApplicable).unscorable(unscorable)
                .gradeScale(grades));
        return Combinators.combine(parts, deviation).as((builder, d) -> builder.deviation(d).build());
    }
}
