/**
 * The scoring engine: the {@link org.perfeval.scoring.RuleRegistry} that makes
 * {@link org.perfeval.scoring.spi.ScoringRule}s and {@link org.perfeval.scoring.spi.Aggregator}s by
 * name, the {@link org.perfeval.scoring.BuiltInRules}, and the
 * {@link org.perfeval.scoring.ScoringEngine} that scores an {@link org.perfeval.model.Evaluation}
 * under a {@link org.perfeval.rules.RuleSet} into a {@link org.perfeval.scoring.ScoreSheet} of
 * {@link org.perfeval.scoring.NodeResult}s and {@link org.perfeval.scoring.Trace}s. Every point is a
 * {@link java.math.BigDecimal}; every rule set is data.
 *
 * <h2>Built-in rules</h2>
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
 * S13, when a deviation note is required, is {@link org.perfeval.rules.DeviationThresholds} in the
 * rule set. Aggregators: {@code weighted-sum} (the default), {@code weakest-link}, {@code lookup}
 * ({@code table} of rate brackets giving percent of the points, {@code closed}).
 *
 * <p>An actual a rule cannot score (text against a number, a blank cell, no budget) scores 0 with the
 * reason in the trace, unless the rule set's {@link org.perfeval.rules.UnscorablePolicy} says otherwise.
 */
package org.perfeval.scoring;
