package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Direction;
import org.perfeval.model.GradeScale;
import org.perfeval.rules.Allocation;
import org.perfeval.rules.Category;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.Rounding;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.rules.UnscorablePolicy;
import org.perfeval.testing.RuleSetArbitrary;

/** The implementation of {@link RuleSetArbitrary}. */
public final class DefaultRuleSetArbitrary extends ArbitraryDecorator<RuleSet> implements RuleSetArbitrary {
    private boolean respectingDirections;
    private List<List<Category>> categories = List.of(
        Profiles.departmentOverall().categories(), Profiles.ministryProject().categories(), List.of());
    private List<GradeScale> scales = List.of(GradeScale.standard(), GradeScale.omb());

    @Override
    protected Arbitrary<RuleSet> arbitrary() {
        Arbitrary<RuleSet.Builder> parts = Combinators.combine(Arbitraries.of(categories), bindings(),
                RuleSpecs.aggregatorSpecs(), rounding(), Arbitraries.integers().between(0, 4),
                Arbitraries.of(NotApplicablePolicy.values()), Arbitraries.of(UnscorablePolicy.values()),
                Arbitraries.of(scales))
            .as((cats, binds, aggregator, round, scale, notApplicable, unscorable, grades) -> RuleSet.builder()
                .id("generated").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2018, 1, 1))
                .addAllCategories(cats).addAllBindings(binds).groupAggregator(aggregator).rounding(round)
                .allocation(Allocation.builder().scale(scale).build()).notApplicable(notApplicable).unscorable(unscorable)
                .gradeScale(grades));
        return Combinators.combine(parts, deviation()).as((builder, d) -> builder.deviation(d).build());
    }

    private Arbitrary<List<RuleBinding>> bindings() {
        if (respectingDirections) {
            return Combinators.combine(Arbitraries.of("reverse-ratio", "reverse-linear"), RuleSpecs.qualitativeSpecs())
                .as((reverse, qualitative) -> List.of(
                    RuleBinding.byDirection(Direction.POSITIVE, RuleSpec.of("positive")),
                    RuleBinding.byDirection(Direction.REVERSE, RuleSpec.of(reverse)),
                    RuleBinding.byDirection(Direction.EQUAL, RuleSpec.of("equality")),
                    RuleBinding.byDirection(Direction.QUALITATIVE, qualitative)));
        }
        Arbitrary<RuleSpec> any = RuleSpecs.ruleSpecs();
        return Combinators.combine(any, any, any, any, any.optional(0.3))
            .as((positive, reverse, equal, qualitative, path) -> {
                List<RuleBinding> list = new ArrayList<>();
                path.ifPresent(spec -> list.add(RuleBinding.byPath("产出指标/**", spec)));
                list.add(RuleBinding.byDirection(Direction.POSITIVE, positive));
                list.add(RuleBinding.byDirection(Direction.REVERSE, reverse));
                list.add(RuleBinding.byDirection(Direction.EQUAL, equal));
                list.add(RuleBinding.byDirection(Direction.QUALITATIVE, qualitative));
                return list;
            });
    }

    private static Arbitrary<Rounding> rounding() {
        return Combinators.combine(RuleSpecs.roundingSteps(), RuleSpecs.roundingSteps(), RuleSpecs.roundingSteps())
            .as((indicator, group, total) -> Rounding.builder().indicator(indicator).group(group).total(total).build());
    }

    private static Arbitrary<DeviationThresholds> deviation() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(100)).ofScale(0).optional(0.5),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(101), BigDecimal.valueOf(300)).ofScale(0).optional(0.5))
            .as((execution, far) -> DeviationThresholds.builder().executionRateBelowPercent(execution)
                .farAboveTargetPercent(far).build());
    }

    @Override
    public RuleSetArbitrary respectingDirections() {
        DefaultRuleSetArbitrary clone = typedClone();
        clone.respectingDirections = true;
        return clone;
    }

    @Override
    public RuleSetArbitrary categories(List<Category> given) {
        Objects.requireNonNull(given, "categories");
        DefaultRuleSetArbitrary clone = typedClone();
        clone.categories = List.of(List.copyOf(given));
        return clone;
    }

    @Override
    public RuleSetArbitrary gradeScales(GradeScale... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("grade scales must not be empty");
        }
        DefaultRuleSetArbitrary clone = typedClone();
        clone.scales = List.of(given);
        return clone;
    }
}
