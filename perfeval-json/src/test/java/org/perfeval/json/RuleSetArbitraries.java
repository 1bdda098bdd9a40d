package org.perfeval.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Allocation;
import org.perfeval.rules.AuditThresholds;
import org.perfeval.rules.Category;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.Rounding;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSource;
import org.perfeval.rules.RuleSpec;
import org.perfeval.rules.UnscorablePolicy;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * Rule sets with every field set or left to its default, for the round-trip properties. They need not
 * lint clean (the format must carry what lint later refuses: unknown rule names, gaps in a grade
 * scale); they are what the model lets one build. Rule specs come from the scoring kit's valid specs
 * and from arbitrary names and parameters.
 */
final class RuleSetArbitraries {
    private static final List<RoundingMode> MODES = List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

    private RuleSetArbitraries() {}

    static Arbitrary<RuleSet> ruleSets() {
        Arbitrary<RuleSet.Builder> head = Combinators.combine(nonBlank(), nonBlank(), nonBlank(),
                EvaluationArbitraries.text().optional(), dates(), dates().optional(), Arbitraries.of(EvaluationKind.values()).optional())
            .as((id, version, jurisdiction, title, from, until, kind) -> RuleSet.builder().id(id).version(version)
                .jurisdiction(jurisdiction).title(title).effectiveFrom(from).effectiveUntil(until).kind(kind));
        Arbitrary<RuleSet.Builder> sourced = Combinators.combine(head, sources().optional()).as((b, source) -> b.source(source));
        Arbitrary<RuleSet.Builder> structure = Combinators.combine(sourced, categories().list().ofMaxSize(4),
                bindings().list().ofMaxSize(5), aggregatorBindings().list().ofMaxSize(2))
            .as((b, categories, bindings, aggregators) -> b.addAllCategories(categories).addAllBindings(bindings)
                .addAllAggregators(aggregators));
        Arbitrary<RuleSet.Builder> aggregation = Combinators.combine(structure, specs().optional(), specs().optional(),
                allocations().optional(), roundings().optional())
            .as((b, group, total, allocation, rounding) -> {
                group.ifPresent(b::groupAggregator);
                total.ifPresent(b::totalAggregator);
                allocation.ifPresent(b::allocation);
                rounding.ifPresent(b::rounding);
                return b;
            });
        return Combinators.combine(aggregation, gradeScales().optional(), Arbitraries.of(NotApplicablePolicy.values()).optional(),
                Arbitraries.of(UnscorablePolicy.values()).optional(), deviations().optional(), audits().optional())
            .as((b, scale, notApplicable, unscorable, deviation, audit) -> {
                scale.ifPresent(b::gradeScale);
                notApplicable.ifPresent(b::notApplicable);
                unscorable.ifPresent(b::unscorable);
                deviation.ifPresent(b::deviation);
                audit.ifPresent(b::audit);
                return b.build();
            });
    }

    private static Arbitrary<RuleSource> sources() {
        return Combinators.combine(nonBlank().optional(), nonBlank().optional(), nonBlank(), nonBlank().list().ofMaxSize(3),
                nonBlank().list().ofMaxSize(3))
            .as((number, title, issuer, read, defaults) -> RuleSource.builder().number(number).title(title).issuer(issuer)
                .addAllRead(read).addAllDefaults(defaults).build());
    }

    private static Arbitrary<String> nonBlank() {
        return EvaluationArbitraries.text().filter(t -> !t.isBlank());
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 150).map(d -> LocalDate.of(1949, 1, 1).plusDays(d));
    }

    private static Arbitrary<BigDecimal> positive() {
        return EvaluationArbitraries.nonNegativeDecimals().filter(d -> d.signum() > 0);
    }

    /** Valid specs of the built-in rules and aggregators, and specs of any well-formed name with any parameters. */
    static Arbitrary<RuleSpec> specs() {
        Arbitrary<RuleSpec> any = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-.:").ofMinLength(1).ofMaxLength(64),
                Arbitraries.maps(EvaluationArbitraries.text(), EvaluationArbitraries.decimals()).ofMaxSize(3),
                Arbitraries.maps(EvaluationArbitraries.text(), EvaluationArbitraries.text()).ofMaxSize(2),
                PerfevalArbitraries.brackets().optional(0.3))
            .as((name, numbers, words, table) -> RuleSpec.builder().name(name).putAllNumbers(numbers).putAllWords(words)
                .addAllTable(table.orElse(List.of())).build());
        return Arbitraries.oneOf(PerfevalArbitraries.ruleSpecs(), PerfevalArbitraries.aggregatorSpecs(), any);
    }

    private static Arbitrary<Category> categories() {
        Arbitrary<String> name = nonBlank().map(n -> n.replace("/", "")).filter(n -> !n.isBlank());
        return Combinators.combine(name, EvaluationArbitraries.nonNegativeDecimals(), specs().optional(0.3),
                Arbitraries.maps(nonBlank(), positive()).ofMaxSize(2))
            .as((n, points, rule, whenAbsent) -> Category.builder().name(n).points(points).rule(rule)
                .putAllWhenAbsent(whenAbsent).build());
    }

    private static Arbitrary<RuleBinding> bindings() {
        return Combinators.combine(Arbitraries.of(RuleBinding.By.values()), nonBlank(), specs())
            .as((by, value, rule) -> RuleBinding.builder().by(by).value(value).rule(rule).build());
    }

    private static Arbitrary<AggregatorBinding> aggregatorBindings() {
        return Combinators.combine(EvaluationArbitraries.text(), specs()).as(AggregatorBinding::of);
    }

    private static Arbitrary<Allocation> allocations() {
        return Combinators.combine(Arbitraries.integers().between(0, RoundingStep.MAX_SCALE),
                Arbitraries.maps(EvaluationArbitraries.text(), positive()).ofMaxSize(3))
            .as((scale, weights) -> Allocation.builder().scale(scale).putAllWeights(weights).build());
    }

    private static Arbitrary<RoundingStep> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, RoundingStep.MAX_SCALE), Arbitraries.of(MODES))
            .as(RoundingStep::of);
    }

    private static Arbitrary<Rounding> roundings() {
        return Combinators.combine(steps(), steps(), steps(), steps())
            .as((indicator, group, total, rate) -> Rounding.builder().indicator(indicator).group(group).total(total)
                .rate(rate).build());
    }

    /** Scales as the model lets one build them: gaps, overlaps and repeated labels included; lint refuses those. */
    private static Arbitrary<GradeScale> gradeScales() {
        Arbitrary<Grade> grade = Combinators.combine(nonBlank(), EvaluationArbitraries.decimals(), positive())
            .as((label, lower, width) -> Grade.of(label, lower, lower.add(width)))
            .ignoreException(IllegalArgumentException.class);
        return Combinators.combine(nonBlank(), positive(), grade.list().ofMinSize(1).ofMaxSize(4))
            .as((id, maximum, grades) -> GradeScale.builder().id(id).maximum(maximum).addAllGrades(grades).build());
    }

    private static Arbitrary<DeviationThresholds> deviations() {
        Arbitrary<BigDecimal> above100 = positive().map(d -> d.add(BigDecimal.valueOf(100)))
            .filter(d -> d.precision() <= 34);
        return Combinators.combine(Arbitraries.of(true, false), positive().optional(), above100.optional())
            .as((missed, execution, far) -> DeviationThresholds.builder().whenTargetMissed(missed)
                .executionRateBelowPercent(execution).farAboveTargetPercent(far).build());
    }

    private static Arbitrary<AuditThresholds> audits() {
        Arbitrary<BigDecimal> value = EvaluationArbitraries.nonNegativeDecimals();
        // Tolerances up to AuditThresholds.MAX_TOLERANCE, reaching it.
        Arbitrary<BigDecimal> tolerance = Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE)
            .ofScale(4), Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.01"), BigDecimal.ONE, new BigDecimal("1.000")));
        return Combinators.combine(tolerance, tolerance, value)
            .as((points, percent, adjustment) -> AuditThresholds.builder().pointsTolerance(points)
                .percentTolerance(percent).largeAdjustmentPercent(adjustment).build());
    }
}
