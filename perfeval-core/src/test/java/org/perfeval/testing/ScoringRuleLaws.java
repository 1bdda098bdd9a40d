package org.perfeval.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.testing.internal.Improvements;

/**
 * The laws of {@link Law} that concern one {@link ScoringRule} on its own: {@link Law#BOUNDED},
 * {@link Law#MONOTONE}, {@link Law#DETERMINISTIC} and {@link Law#NEVER_THROWS}. Each method checks
 * one law on one indicator and throws a {@link LawViolation} when it does not hold; call them from a
 * jqwik property, which generates the indicators and shrinks a failing one.
 *
 * <pre>{@code
 * class CostCapRuleProperties {
 *     static final ScoringRuleLaws LAWS = ScoringRuleLaws.of("sichuan:cost-cap", new CostCapRule());
 *
 *     @Property
 *     void obeysEveryLaw(@ForAll Indicator indicator, @ForAll("points") BigDecimal points) {
 *         LAWS.checkAll(indicator, points);
 *     }
 *
 *     @Provide
 *     Arbitrary<BigDecimal> points() {
 *         return PerfevalArbitraries.points();
 *     }
 * }
 * }</pre>
 *
 * <p>The rule is called as the engine calls it: with a context whose path is the indicator's name,
 * whose points are the ones given, and whose evaluation holds just that indicator (or the one given
 * to {@link #within(Evaluation, RuleSet)}). Instances are immutable and thread-safe.
 */
public final class ScoringRuleLaws {
    private static final RuleSet CONTEXT_RULES = RuleSet.builder().id("scoring-rule-laws").version("1")
        .jurisdiction("测试").effectiveFrom(LocalDate.of(2000, 1, 1)).build();

    private final String name;
    private final ScoringRule rule;
    private final Evaluation evaluation;
    private final RuleSet ruleSet;

    private ScoringRuleLaws(String name, ScoringRule rule, Evaluation evaluation, RuleSet ruleSet) {
        this.name = name;
        this.rule = rule;
        this.evaluation = evaluation;
        this.ruleSet = ruleSet;
    }

    /**
     * @param name the rule's name, for messages, such as {@code sichuan:cost-cap}; not null
     * @param rule the rule, not null
     * @return the laws of that rule
     */
    public static ScoringRuleLaws of(String name, ScoringRule rule) {
        return new ScoringRuleLaws(requireNonNull(name, "name"), requireNonNull(rule, "rule"), null, CONTEXT_RULES);
    }

    /**
     * @param spec the rule's name and parameters, not null
     * @param registry the registry that makes it, not null
     * @return the laws of the rule the registry makes from the spec
     * @throws IllegalArgumentException if the registry knows no such rule or refuses the parameters
     */
    public static ScoringRuleLaws of(RuleSpec spec, RuleRegistry registry) {
        return of(spec.toString(), requireNonNull(registry, "registry").rule(requireNonNull(spec, "spec")));
    }

    /**
     * @param context the evaluation the rule reads (budget, projects) beside the indicator, not null
     * @param rules the rule set of the context (its rounding), not null
     * @return a copy that scores indicators in that evaluation under that rule set
     */
    public ScoringRuleLaws within(Evaluation context, RuleSet rules) {
        return new ScoringRuleLaws(name, rule, requireNonNull(context, "context"), requireNonNull(rules, "rules"));
    }

    /**
     * Checks {@link #bounded}, {@link #deterministic} and {@link #monotone}, in that order.
     *
     * @param indicator the indicator, not null
     * @param points its points (w), not negative
     * @throws LawViolation for the first law broken
     */
    public void checkAll(Indicator indicator, BigDecimal points) {
        bounded(indicator, points);
        deterministic(indicator, points);
        monotone(indicator, points);
    }

    /**
     * As {@link #checkAll(Indicator, BigDecimal)}, with the indicator's stated points, else 10.
     *
     * @param indicator the indicator, not null
     * @throws LawViolation for the first law broken
     */
    public void checkAll(Indicator indicator) {
        checkAll(indicator, indicator.points().orElse(BigDecimal.TEN));
    }

    /**
     * {@link Law#BOUNDED}: a scored outcome awards points in {@code [0, points]}; an outcome that is not
     * scored awards 0 and says why.
     *
     * @param indicator the indicator, not null
     * @param points its points (w), not negative
     * @throws LawViolation if the law does not hold, or {@link Law#NEVER_THROWS} if the rule throws or returns null
     */
    public void bounded(Indicator indicator, BigDecimal points) {
        RuleOutcome outcome = score(indicator, points);
        boolean within = outcome.status() == RuleOutcome.Status.SCORED
            ? outcome.awarded().signum() >= 0 && outcome.awarded().compareTo(points) <= 0
            : outcome.awarded().signum() == 0 && outcome.note().isPresent();
        if (!within) {
            throw violation(Law.BOUNDED, describe(indicator, points) + ": " + outcome);
        }
    }

    /**
     * {@link Law#DETERMINISTIC}: two calls with the same arguments give the same outcome.
     *
     * @param indicator the indicator, not null
     * @param points its points (w), not negative
     * @throws LawViolation if the law does not hold
     */
    public void deterministic(Indicator indicator, BigDecimal points) {
        RuleOutcome first = score(indicator, points);
        RuleOutcome second = score(indicator, points);
        boolean same = first.status() == second.status() && first.awarded().compareTo(second.awarded()) == 0
            && first.formula().equals(second.formula()) && first.inputs().equals(second.inputs())
            && first.note().equals(second.note()) && first.band().equals(second.band())
            && first.targetStatus() == second.targetStatus();
        if (!same) {
            throw violation(Law.DETERMINISTIC, describe(indicator, points) + ": " + first + ", then " + second);
        }
    }

    /**
     * {@link Law#MONOTONE}: an actual better in the indicator's direction (higher for a positive one,
     * lower for a reverse one, nearer the target for an equality one, a better rating) never scores
     * fewer points, when both are scored.
     *
     * @param indicator the indicator, not null
     * @param points its points (w), not negative
     * @throws LawViolation naming both actuals and their points if the law does not hold
     */
    public void monotone(Indicator indicator, BigDecimal points) {
        RuleOutcome before = score(indicator, points);
        if (before.status() != RuleOutcome.Status.SCORED) {
            return;
        }
        for (Actual better : Improvements.of(indicator)) {
            RuleOutcome after = score(Trees.withActual(indicator, better), points);
            if (after.status() == RuleOutcome.Status.SCORED && after.awarded().compareTo(before.awarded()) < 0) {
                throw violation(Law.MONOTONE, describe(indicator, points) + ": actual " + indicator.actual().print()
                    + " scores " + before.awarded().toPlainString() + ", actual " + better.print() + " scores "
                    + after.awarded().toPlainString());
            }
        }
    }

    private RuleOutcome score(Indicator indicator, BigDecimal points) {
        requireNonNull(indicator, "indicator");
        requireNonNull(points, "points");
        Evaluation context = evaluation != null ? evaluation : Evaluation.builder().unit("测试单位").year(2021)
            .kind(EvaluationKind.DEPARTMENT_OVERALL).addIndicators(indicator).build();
        RuleOutcome outcome;
        try {
            outcome = rule.score(indicator, ScoringContext.of(IndicatorPath.root().child(indicator.name()), points,
                PointsSource.STATED, context, ruleSet));
        } catch (RuntimeException e) {
            throw new LawViolation(Law.NEVER_THROWS, "rule " + name, describe(indicator, points) + ": the rule threw " + e, e);
        }
        if (outcome == null) {
            throw violation(Law.NEVER_THROWS, describe(indicator, points) + ": the rule returned null");
        }
        return outcome;
    }

    private LawViolation violation(Law law, String counterexample) {
        return new LawViolation(law, "rule " + name, counterexample, null);
    }

    /** Such as {@code 培训人次 (POSITIVE, target ≥500人次, actual 480人次, 10 points)}. */
    private static String describe(Indicator indicator, BigDecimal points) {
        return indicator.name() + " (" + indicator.direction() + ", target " + indicator.target().map(t -> t.print())
            .orElse("none") + ", actual " + (indicator.actual().kind() == Actual.Kind.MISSING ? "(blank)"
            : indicator.actual().print()) + ", " + points.toPlainString() + " points)";
    }

    /** @return such as {@code ScoringRuleLaws[positive]} */
    @Override
    public String toString() {
        return "ScoringRuleLaws[" + name + "]";
    }
}
