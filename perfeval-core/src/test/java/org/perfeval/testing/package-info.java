/**
 * The property-testing kit: jqwik arbitraries of every perfeval domain type and the laws a rule set
 * or a scoring rule must obey, for the tests of applications that write their own rules.
 *
 * <h2>Arbitraries</h2>
 * {@link org.perfeval.testing.PerfevalArbitraries} is the entry point; each method returns an
 * immutable, fluently configured arbitrary ({@link org.perfeval.testing.EvaluationArbitrary},
 * {@link org.perfeval.testing.IndicatorArbitrary}, …). With the kit on the test class path,
 * {@code @ForAll Evaluation}, {@code @ForAll Indicator}, {@code @ForAll RuleSet} and the other domain
 * types need no {@code @Provide} method.
 *
 * <h2>Laws</h2>
 * {@link org.perfeval.testing.RuleSetLaws} checks a rule set, {@link org.perfeval.testing.ScoringRuleLaws}
 * one rule; each law ({@link org.perfeval.testing.Law}) that does not hold throws a
 * {@link org.perfeval.testing.LawViolation} naming the law, the rule and the counterexample, which jqwik
 * shrinks. A property test of a provincial rule set:
 * <pre>{@code
 * class SichuanRuleSetProperties {
 *     static final RuleSetLaws LAWS = RuleSetLaws.of(SichuanRules.ruleSet(), SichuanRules.registry());
 *
 *     @Property(tries = 200)
 *     void obeysEveryLaw(@ForAll Evaluation evaluation) {
 *         LAWS.checkAll(evaluation);
 *     }
 * }
 * }</pre>
 *
 * <h2>Dependencies</h2>
 * The kit ships as perfeval-core's test jar ({@code <type>test-jar</type>}, test scope) and needs
 * jqwik 1.9.3 in test scope; perfeval-core itself does not depend on jqwik.
 *
 * <p>{@code org.perfeval.testing.internal} holds the implementations: not API, may change.
 */
package org.perfeval.testing;
