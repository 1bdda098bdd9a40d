package org.perfeval.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.Aggregator;
import org.perfeval.scoring.spi.ScoringRule;

/**
 * The built-in rules (S1–S12 of the domain reference) and aggregators: the one table that
 * {@link RuleRegistry#builtIns()} registers, and a typed static factory for each, for code that
 * builds rules without a rule set. A factory checks its parameters as the rule set's lint does and
 * makes the same rule the name would.
 *
 * <pre>{@code
 * ScoringRule rule = BuiltInRules.stepDeduction(new BigDecimal("100"), new BigDecimal("0.5"));
 * BuiltInRules.ruleNames();   // [positive, reverse-ratio, …, not-applicable]
 * }</pre>
 *
 *
 * <h2>The rules</h2>
 * A = target, B = actual, w = the indicator's points. Rules return unrounded points; the rule set's
 * indicator rounding (by default 2 places half-up, the ministry platform's {@code round(x, 2)})
 * rounds them. Quotients are truncated at 20 places first, which keeps half-up rounding exact.
 * <table class="striped">
 * <caption>Rules by name</caption>
 * <thead><tr><th>name</th><th>rule</th><th>parameters</th></tr></thead>
 * <tbody>
 * <tr><td>{@code positive}</td><td>S1: B ≥ A → w; else B / A × w (0 if B ≤ 0 or A ≤ 0)</td><td>none</td></tr>
 * <tr><td>{@code reverse-ratio}</td><td>S2: B ≤ A → w; else A / B × w (0 if A ≤ 0)</td><td>none</td></tr>
 * <tr><td>{@code reverse-linear}</td><td>S3: B ≤ A → w; A &lt; B &lt; 2A → (1 − (B − A) / A) × w; B ≥ 2A → 0
 *     (0 if A ≤ 0)</td><td>none</td></tr>
 * <tr><td>{@code equality}</td><td>S4: A = 0: B ≤ 0 → w, else 0; A ≠ 0: as S1. A range target: inside → w,
 *     below → S1 against its lower bound, above → S3 against its upper bound</td><td>none</td></tr>
 * <tr><td>{@code qualitative}</td><td>S5: 达成 [achieved × w, w], 部分达成 [partial × w, achieved × w),
 *     未达成 [0, partial × w); the rating lands at {@code position} in its band (the top of a half-open band
 *     is the greatest value below it at the indicator scale: 7.99 of 10). A text actual that repeats the
 *     target word exactly ({@code 合规} for {@code 合规}) counts as 达成</td>
 *     <td>{@code achieved} 0.8, {@code partial} 0.6, {@code position} 1 (top; 0 is the bottom)</td></tr>
 * <tr><td>{@code budget-execution}</td><td>S6: min(rate, 1) × w; the rate from the budget (支出合计 /
 *     调整预算数, that is 执行数 / (年初 + 调整)) for a department, Σ 执行 / Σ 批复 of the projects for a
 *     project evaluation, or the indicator's own percentage</td>
 *     <td>{@code source}: {@code evaluation} | {@code actual}; {@code denominator}: {@code full-year} |
 *     {@code year-start} (执行数 / 年初预算数)</td></tr>
 * <tr><td>{@code step-deduction}</td><td>S7: max(0, w − deduction × excess beyond threshold)</td>
 *     <td>{@code threshold}, {@code deduction} (required); {@code side}: {@code above} | {@code below}</td></tr>
 * <tr><td>{@code brackets}</td><td>S8: the bracket B falls in gives its points</td>
 *     <td>{@code table} (from −∞ to +∞, contiguous); {@code closed}: {@code lower} | {@code upper};
 *     {@code use}: {@code value} | {@code absolute}</td></tr>
 * <tr><td>{@code count-deduction}</td><td>S9: max(0, w − perItem × B)</td><td>{@code perItem} 1</td></tr>
 * <tr><td>{@code coefficient}</td><td>S10: B × w, B in [0, 1] (a percentage read as a fraction)</td>
 *     <td>none</td></tr>
 * <tr><td>{@code reported}</td><td>S11: the reported score, kept with the deviation note as its reason</td>
 *     <td>none</td></tr>
 * <tr><td>{@code not-applicable}</td><td>S12: the indicator leaves the total (see
 *     {@link org.perfeval.rules.NotApplicablePolicy})</td><td>none</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Adding a built-in: its class in this package, one line in the static table below with its row in
 * the table above and, if it takes parameters, a typed factory here. The documentation table above and
 * the README's are checked against {@link #ruleNames()} by the build.
 */
public final class BuiltInRules {
    private static final Map<String, Entry> RULES = new LinkedHashMap<>();
    private static final Map<String, Aggregator.Factory> AGGREGATORS = new LinkedHashMap<>();

    /** A table row: the rule's factory and where the domain reference defines it. */
    private static final class Entry {
        final String reference;
        final ScoringRule.Factory factory;

        Entry(String reference, ScoringRule.Factory factory) {
            this.reference = reference;
            this.factory = factory;
        }
    }

    static {
        rule("positive", "S1", QuantitativeRules.parameterless(QuantitativeRules.POSITIVE));
        rule("reverse-ratio", "S2", QuantitativeRules.parameterless(QuantitativeRules.REVERSE_RATIO));
        rule("reverse-linear", "S3", QuantitativeRules.parameterless(QuantitativeRules.REVERSE_LINEAR));
        rule("equality", "S4", QuantitativeRules.parameterless(QuantitativeRules.EQUALITY));
        rule("qualitative", "S5", QualitativeRule.FACTORY);
        rule("budget-execution", "S6", BudgetExecutionRule.FACTORY);
        rule("step-deduction", "S7", DeductionRules.STEP);
        rule("brackets", "S8", BracketsRule.FACTORY);
        rule("count-deduction", "S9", DeductionRules.COUNT);
        rule("coefficient", "S10", JudgementRules.parameterless(JudgementRules.COEFFICIENT));
        rule("reported", "S11", JudgementRules.parameterless(JudgementRules.REPORTED));
        rule("not-applicable", "S12", JudgementRules.parameterless(JudgementRules.NOT_APPLICABLE));
        AGGREGATORS.put("weighted-sum", Aggregators.parameterless(Aggregators.WEIGHTED_SUM));
        AGGREGATORS.put("weakest-link", Aggregators.parameterless(Aggregators.WEAKEST_LINK));
        AGGREGATORS.put("lookup", Aggregators.LOOKUP);
    }

    private BuiltInRules() {}

    private static void rule(String name, String reference, ScoringRule.Factory factory) {
        RULES.put(name, new Entry(reference, factory));
    }

    /** @return the built-in rules' names, in the domain reference's order (S1 first) */
    public static List<String> ruleNames() {
        return List.copyOf(RULES.keySet());
    }

    /** @return the built-in aggregators' names, the default ({@code weighted-sum}) first */
    public static List<String> aggregatorNames() {
        return List.copyOf(AGGREGATORS.keySet());
    }

    /**
     * @param name a built-in rule's name, such as {@code step-deduction}; not null
     * @return where the domain reference defines it, such as {@code S7}
     * @throws IllegalArgumentException if no built-in rule has that name
     */
    public static String reference(String name) {
        Entry entry = RULES.get(requireNonNull(name, "name"));
        if (entry == null) {
            throw new IllegalArgumentException("no built-in rule is named \"" + name + "\"; built-ins: " + RULES.keySet());
        }
        return entry.reference;
    }

    static RuleRegistry register(RuleRegistry registry) {
        RuleRegistry out = registry;
        for (Map.Entry<String, Entry> e : RULES.entrySet()) {
            out = out.with(e.getKey(), e.getValue().factory);
        }
        for (Map.Entry<String, Aggregator.Factory> e : AGGREGATORS.entrySet()) {
            out = out.withAggregator(e.getKey(), e.getValue());
        }
        return out;
    }

    /** @return S1: B ≥ A gives the points, else B / A of them */
    public static ScoringRule positive() {
        return make(RuleSpec.of("positive"));
    }

    /** @return S2: B ≤ A gives the points, else A / B of them */
    public static ScoringRule reverseRatio() {
        return make(RuleSpec.of("reverse-ratio"));
    }

    /** @return S3: B ≤ A gives the points, falling linearly to 0 at B = 2A */
    public static ScoringRule reverseLinear() {
        return make(RuleSpec.of("reverse-linear"));
    }

    /** @return S4: an exact or range target */
    public static ScoringRule equality() {
        return make(RuleSpec.of("equality"));
    }

    /**
     * @param achieved the lower end of the 达成 band, as a fraction of the points, not null
     * @param partial the lower end of the 部分达成 band, not null
     * @param position where in its band a rating lands, 0 (bottom) to 1 (top); not null
     * @return S5, qualitative bands
     * @throws IllegalArgumentException if the bands are not {@code 0 < partial < achieved < 1} or the
     *     position is outside {@code [0, 1]}
     */
    public static ScoringRule qualitative(BigDecimal achieved, BigDecimal partial, BigDecimal position) {
        return make(RuleSpec.builder().name("qualitative").putNumbers("achieved", requireNonNull(achieved, "achieved"))
            .putNumbers("partial", requireNonNull(partial, "partial"))
            .putNumbers("position", requireNonNull(position, "position")).build());
    }

    /** @return S5 with the default bands: 达成 from 0.8, 部分达成 from 0.6, at the top of its band */
    public static ScoringRule qualitative() {
        return make(RuleSpec.of("qualitative"));
    }

    /** @return S6: the execution rate of the evaluation's budget, capped at 1, times the points */
    public static ScoringRule budgetExecution() {
        return make(RuleSpec.of("budget-execution"));
    }

    /**
     * @param threshold the value beyond which points are deducted, not null
     * @param deduction the points deducted per unit beyond it, above 0; not null
     * @return S7, step deduction above the threshold
     * @throws IllegalArgumentException if the deduction is not above 0
     */
    public static ScoringRule stepDeduction(BigDecimal threshold, BigDecimal deduction) {
        return make(RuleSpec.builder().name("step-deduction").putNumbers("threshold", requireNonNull(threshold, "threshold"))
            .putNumbers("deduction", requireNonNull(deduction, "deduction")).build());
    }

    /**
     * @param table the brackets from −∞ to +∞, contiguous, lower bounds closed; not null
     * @return S8: the bracket the actual falls in gives its points
     * @throws IllegalArgumentException if the table has gaps, overlaps or open ends
     */
    public static ScoringRule brackets(List<Bracket> table) {
        return make(RuleSpec.builder().name("brackets").addAllTable(new ArrayList<>(requireNonNull(table, "table"))).build());
    }

    /**
     * @param perItem the points deducted per item counted, above 0; not null
     * @return S9: the points less {@code perItem} per item
     * @throws IllegalArgumentException if {@code perItem} is not above 0
     */
    public static ScoringRule countDeduction(BigDecimal perItem) {
        return make(RuleSpec.builder().name("count-deduction").putNumbers("perItem", requireNonNull(perItem, "perItem")).build());
    }

    /** @return S10: the actual, a fraction in [0, 1], times the points */
    public static ScoringRule coefficient() {
        return make(RuleSpec.of("coefficient"));
    }

    /** @return S11: the reported score, with the deviation note as its reason */
    public static ScoringRule reported() {
        return make(RuleSpec.of("reported"));
    }

    /** @return S12: the indicator leaves the total */
    public static ScoringRule notApplicable() {
        return make(RuleSpec.of("not-applicable"));
    }

    /** @return the default aggregator: the sum of the children's awarded points */
    public static Aggregator weightedSum() {
        return AGGREGATORS.get("weighted-sum").create(RuleSpec.of("weighted-sum"));
    }

    /** @return the lowest child rate times the group's points */
    public static Aggregator weakestLink() {
        return AGGREGATORS.get("weakest-link").create(RuleSpec.of("weakest-link"));
    }

    /**
     * @param table brackets of the group's rate (percent) giving percent of its points; not null
     * @return the group's rate looked up in the table
     * @throws IllegalArgumentException if the table has gaps, overlaps or open ends
     */
    public static Aggregator lookup(List<Bracket> table) {
        return AGGREGATORS.get("lookup").create(RuleSpec.builder().name("lookup")
            .addAllTable(new ArrayList<>(requireNonNull(table, "table"))).build());
    }

    private static ScoringRule make(RuleSpec spec) {
        return RULES.get(spec.name()).factory.create(spec);
    }
}
