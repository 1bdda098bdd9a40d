package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleSpec;

/** Specs of the built-in rules and aggregators with valid random parameters. */
public final class RuleSpecs {
    private RuleSpecs() {}

    /** @return a valid spec of every built-in rule */
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
        return Combinators.combine(Points.values(), Arbitraries.bigDecimals()
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

    /** @return the aggregators' specs: weighted sum, weakest link, an ascending lookup table of rates */
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
}
