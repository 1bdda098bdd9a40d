package org.perfeval.testing;

import org.perfeval.model.DepartmentWithProjects;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.testing.internal.TableGenerator;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.perfeval.model.Claim;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Metric;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleSpec;
import org.perfeval.testing.internal.DefaultActualArbitrary;
import org.perfeval.testing.internal.DefaultAmountArbitrary;
import org.perfeval.testing.internal.DefaultBudgetArbitrary;
import org.perfeval.testing.internal.DefaultEvaluationArbitrary;
import org.perfeval.testing.internal.DefaultIndicatorArbitrary;
import org.perfeval.testing.internal.DefaultIndicatorTreeArbitrary;
import org.perfeval.testing.internal.DefaultProjectArbitrary;
import org.perfeval.testing.internal.DefaultRuleSetArbitrary;
import org.perfeval.testing.internal.DefaultTargetArbitrary;
import org.perfeval.testing.internal.GradeScales;
import org.perfeval.testing.internal.ModelValues;
import org.perfeval.testing.internal.Points;
import org.perfeval.testing.internal.RuleSpecs;

/**
 * Arbitraries of every perfeval domain type, for jqwik properties: the entry point of the kit.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Evaluation> reports() {
 *     return PerfevalArbitraries.evaluations().depth(3, 3).fanOut(2, 4).totalPoints(new BigDecimal("100"));
 * }
 * }</pre>
 *
 * <p>Values are realistic (names, units and targets of published reports, amounts in 万元 to the fen)
 * and reach the edges (zero budgets, blank and not-applicable actuals, reported scores that disagree
 * with every rule). Each {@code XxxArbitrary} returned is immutable and configured fluently; the
 * plain types ({@code @ForAll Evaluation}, {@code @ForAll Indicator}, …) are also provided by default
 * through the kit's {@link net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class PerfevalArbitraries {
    private PerfevalArbitraries() {}

    /**
     * @return printed project tables (项目支出绩效自评表): a budget block with its total and source rows, the
     *     printed rate and score, indicator rows with met targets; some print an error published tables
     *     print (a total row of zeros over full source rows, a wrong rate, a score repeated on a source
     *     row, a 总分 that the rows do not add up to), none more than one
     */
    public static Arbitrary<SelfEvaluationTable> tables() {
        return TableGenerator.projects(List.of(TableGenerator.PrintedError.values())).map(TableGenerator.Case::table);
    }

    /** @return printed project tables as {@link #tables()} without any printed error: they agree with themselves */
    public static Arbitrary<SelfEvaluationTable> consistentTables() {
        return TableGenerator.projects(List.of(TableGenerator.PrintedError.NONE)).map(TableGenerator.Case::table);
    }

    /**
     * @return a department's table with one to five consistent project tables, its 项目支出 row holding
     *     exactly what they budget and execute
     */
    public static Arbitrary<DepartmentWithProjects> departmentsWithProjects() {
        return TableGenerator.departments();
    }

    /** @return amounts in 万元 (up to 6 places) and 元, zero now and then */
    public static AmountArbitrary amounts() {
        return new DefaultAmountArbitrary();
    }

    /** @return targets of real indicators, every comparator symbol, with and without unit */
    public static TargetArbitrary targets() {
        return new DefaultTargetArbitrary();
    }

    /** @return actuals around realistic targets, ratings, text, blanks and not-applicable ones */
    public static ActualArbitrary actuals() {
        return new DefaultActualArbitrary();
    }

    /** @return leaf indicators with a realistic name, target, actual, points and reported score */
    public static IndicatorArbitrary indicators() {
        return new DefaultIndicatorArbitrary();
    }

    /** @return indicator trees of any depth, with points that add up, or none, or here and there */
    public static IndicatorTreeArbitrary indicatorTrees() {
        return new DefaultIndicatorTreeArbitrary();
    }

    /** @return projects with approved and executed amounts in 万元 */
    public static ProjectArbitrary projects() {
        return new DefaultProjectArbitrary();
    }

    /** @return department budgets whose figures fit together, figures missing and zero budgets now and then */
    public static BudgetArbitrary budgets() {
        return new DefaultBudgetArbitrary();
    }

    /** @return whole evaluations: unit, year, kind, indicator tree, budget, projects, reported total and grade, claims */
    public static EvaluationArbitrary evaluations() {
        return new DefaultEvaluationArbitrary();
    }

    /** @return rule sets that lint clean under the built-in registry */
    public static RuleSetArbitrary ruleSets() {
        return new DefaultRuleSetArbitrary();
    }

    /** @return claims of budget metrics in the words of a report, with any percentage */
    public static Arbitrary<Claim> claims() {
        return Combinators.combine(Arbitraries.of(Metric.values()),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100), BigDecimal.valueOf(200)).ofScale(2))
            .as((metric, percent) -> Claim.of(metric, percent, metric.chineseName() + "为" + percent.toPlainString() + "%"));
    }

    /**
     * @return grade scales without gaps or overlaps over 0 to 100: the standard 优/良/中/差, the OMB
     *     ratings, and two to five bands cut at random whole scores
     */
    public static Arbitrary<GradeScale> gradeScales() {
        return GradeScales.gradeScales();
    }

    /** @return points from 0 to 100 with 0 to 2 places, and now and then 3 */
    public static Arbitrary<BigDecimal> points() {
        return Points.points();
    }

    /** @return measured values as reports print them: −50 to 400, 0 to 2 places, zero often */
    public static Arbitrary<BigDecimal> values() {
        return Points.values();
    }

    /** @return scores from 0 to 100 with two places, the band edges of the built-in grade scales included */
    public static Arbitrary<BigDecimal> scores() {
        return Points.scores();
    }

    /** @return decimals anywhere within the model's bounds (34 digits, 0 to 12 places), mostly of the size reports print */
    public static Arbitrary<BigDecimal> decimals() {
        return ModelValues.decimals();
    }

    /**
     * @return text near what reports print in a cell (comparators, digits, units, full-width forms,
     *     odd spaces) and any text at all: for tests that readers accept or reject input cleanly
     */
    public static Arbitrary<String> printedLikeText() {
        return ModelValues.printedLikeText();
    }

    /** @return a valid spec of every built-in rule, with random valid parameters */
    public static Arbitrary<RuleSpec> ruleSpecs() {
        return RuleSpecs.ruleSpecs();
    }

    /** @return {@code qualitative} specs with random bands and position */
    public static Arbitrary<RuleSpec> qualitativeSpecs() {
        return RuleSpecs.qualitativeSpecs();
    }

    /** @return {@code step-deduction} specs with a random threshold, deduction and side */
    public static Arbitrary<RuleSpec> stepDeductionSpecs() {
        return RuleSpecs.stepDeductionSpecs();
    }

    /** @return {@code count-deduction} specs with a random deduction per item */
    public static Arbitrary<RuleSpec> countDeductionSpecs() {
        return RuleSpecs.countDeductionSpecs();
    }

    /** @return {@code brackets} specs with a random ascending table, either closing, on the value or its absolute */
    public static Arbitrary<RuleSpec> bracketSpecs() {
        return RuleSpecs.bracketSpecs();
    }

    /** @return contiguous bracket tables from −∞ to +∞, values ascending from 0 to 5 */
    public static Arbitrary<List<Bracket>> brackets() {
        return RuleSpecs.brackets();
    }

    /** @return aggregator specs: weighted sum, weakest link, an ascending lookup table of rates */
    public static Arbitrary<RuleSpec> aggregatorSpecs() {
        return RuleSpecs.aggregatorSpecs();
    }

    /** @return rounding steps of 0 to 4 places in every rounding mode but UNNECESSARY */
    public static Arbitrary<RoundingStep> roundingSteps() {
        return RuleSpecs.roundingSteps();
    }
}
