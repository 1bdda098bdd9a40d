package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.evaluation;
import static org.perfeval.scoring.Scorer.leaf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Target;
import org.perfeval.rules.Category;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSetMismatchException;
import org.perfeval.rules.RuleSpec;
import org.perfeval.rules.UnscorablePolicy;

/** What is computed, what is not and why, and what the audit says about it. */
class InventNothingTest {

    private static EvaluationResult evaluate(RuleSet ruleSet, Evaluation evaluation) {
        return Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation);
    }

    private static List<Finding> withCode(EvaluationResult result, FindingCode code) {
        return result.findings().stream().filter(f -> f.code() == code).collect(Collectors.toList());
    }

    private static List<String> locations(EvaluationResult result, FindingCode code) {
        return withCode(result, code).stream().map(Finding::location).collect(Collectors.toList());
    }

    /** 产出指标 50 with one row the rule can score (30 points) and one given by {@code row} (20 points). */
    private static Evaluation withRow(Indicator row) {
        return evaluation(IndicatorGroup.builder().name("产出指标").points(d("50"))
                .addChildren(leaf("办件量", "≥100件", "120件", "30"), row).build(),
            IndicatorGroup.builder().name("效益指标").points(d("50"))
                .addChildren(leaf("满意度", "≥90%", "95%", "50")).build());
    }

    private static RuleSet positive(UnscorablePolicy policy) {
        return Scorer.ruleSet(RuleSpec.of("positive")).unscorable(policy).build();
    }

    @Nested
    class ScoreAbovePoints {
        @Test
        void aRowPrintedAboveItsPointsIsReadAndTheAuditReportsItOnThatRow() {
            Indicator row = Indicator.builder().name("培训次数").target(Target.parse("≥4次")).actual(Actual.parse("4次"))
                .points(d("10")).reportedScore(d("96")).build();
            Evaluation report = evaluation(IndicatorGroup.builder().name("产出指标").points(d("100"))
                .addChildren(leaf("办件量", "≥100件", "120件", "90"), row).build());
            EvaluationResult result = evaluate(positive(UnscorablePolicy.ZERO), report);

            assertEquals(List.of("产出指标/培训次数"), locations(result, FindingCode.SCORE_EXCEEDS_POINTS));
            Finding finding = withCode(result, FindingCode.SCORE_EXCEEDS_POINTS).get(0);
            assertEquals(d("96"), finding.figures().get("reportedScore"));
            assertEquals(0, d("10").compareTo(finding.figures().get("points")));
            // The rule still scores the row by its figures: 4 of 4 gives its 10 points.
            assertEquals(Optional.of(d("10.00")), result.node("产出指标/培训次数").orElseThrow().score());
        }
    }

    @Nested
    class UnscorableRows {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "text against a numeric target | ≥4次 | 按时完成 | is text",
            "blank actual                  | ≥4次 | ''       | is blank",
            "unit other than the target's  | ≥4次 | 4人      | in 人",
        })
        void eachRaisesAFindingWithItsReasonAndTheStatedPolicyGivesZeroMarkedAsPolicy(String what, String target,
                String actual, String reason) {
            EvaluationResult result = evaluate(positive(UnscorablePolicy.ZERO), withRow(leaf("培训次数", target, actual, "20")));

            NodeResult row = result.node("产出指标/培训次数").orElseThrow();
            assertEquals(Optional.of(d("0.00")), row.score());
            assertEquals(Optional.of(org.perfeval.scoring.Trace.Policy.UNSCORABLE_ZERO), row.trace().policy());
            assertTrue(row.trace().explain().contains("points from the policy UNSCORABLE_ZERO"), row.trace().explain());
            Finding finding = withCode(result, FindingCode.ROW_NOT_SCORABLE).get(0);
            assertEquals("产出指标/培训次数", finding.location());
            assertTrue(finding.messageEn().contains(reason) && finding.messageEn().contains("policy (ZERO) gives it 0.00"),
                finding.messageEn());
            assertEquals(List.of("产出指标/培训次数"), locations(result, FindingCode.POINTS_FROM_POLICY));
            // The policy says what such a row counts, so the total stands: 30 + 0 + 50.
            assertEquals(Optional.of(d("80.00")), result.total());
        }

        @Test
        void aRowNoRuleBindsRaisesAFinding() {
            RuleSet rules = RuleSet.builder().id("test").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1))
                .addBindings(RuleBinding.byPath("产出指标/办件量", RuleSpec.of("positive")),
                    RuleBinding.byPath("效益指标/**", RuleSpec.of("positive"))).build();
            EvaluationResult result = evaluate(rules, withRow(leaf("培训次数", "≥4次", "4次", "20")));
            Finding finding = withCode(result, FindingCode.ROW_NOT_SCORABLE).get(0);
            assertEquals("产出指标/培训次数", finding.location());
            assertTrue(finding.messageEn().contains("no rule of the rule set binds"), finding.messageEn());
        }

        @Test
        void withoutAPolicyThatScoresThemWhatDependsOnThemIsNotComputableNeverZero() {
            EvaluationResult result = evaluate(positive(UnscorablePolicy.NOT_COMPUTABLE),
                withRow(leaf("培训次数", "≥4次", "按时完成", "20")));

            NodeResult row = result.node("产出指标/培训次数").orElseThrow();
            assertEquals(Optional.empty(), row.score());
            assertTrue(row.notComputable().orElseThrow().startsWith("产出指标/培训次数: the actual \"按时完成\" is text"),
                row.notComputable().get());
            assertEquals(Optional.empty(), row.rate());
            assertFalse(row.trace().computed());
            assertEquals(Optional.empty(), result.node("产出指标").orElseThrow().score());
            assertEquals(Optional.of(d("50.00")), result.node("效益指标").orElseThrow().score(), "what does not depend on it");
            assertEquals(Optional.empty(), result.total());
            assertEquals(Optional.empty(), result.grade());
            assertEquals(Optional.empty(), result.totalDifference());
            assertTrue(result.totalNotComputable().orElseThrow().contains("产出指标"), result.totalNotComputable().get());
            assertEquals(List.of("产出指标/培训次数"), locations(result, FindingCode.ROW_NOT_SCORABLE));
            assertEquals(List.of("total"), locations(result, FindingCode.TOTAL_NOT_COMPUTABLE));
            assertEquals(List.of(), locations(result, FindingCode.POINTS_FROM_POLICY));
            assertTrue(result.toString().contains("total not computable"), result.toString());
        }

        @Test
        void theReportedScorePolicyTakesAScoreWhereThereIsOneAndIsNotComputableWhereThereIsNone() {
            Indicator scored = Indicator.builder().name("培训次数").target(Target.parse("≥4次")).actual(Actual.parse("按时完成"))
                .points(d("20")).reportedScore(d("15")).build();
            EvaluationResult taken = evaluate(positive(UnscorablePolicy.REPORTED_SCORE), withRow(scored));
            NodeResult row = taken.node("产出指标/培训次数").orElseThrow();
            assertEquals(Optional.of(d("15.00")), row.score());
            assertEquals(Optional.of(org.perfeval.scoring.Trace.Policy.UNSCORABLE_REPORTED_SCORE), row.trace().policy());
            assertEquals(List.of("产出指标/培训次数"), locations(taken, FindingCode.POINTS_FROM_POLICY));
            assertEquals(Optional.of(d("95.00")), taken.total());

            EvaluationResult none = evaluate(positive(UnscorablePolicy.REPORTED_SCORE),
                withRow(leaf("培训次数", "≥4次", "按时完成", "20")));
            assertEquals(Optional.empty(), none.node("产出指标/培训次数").orElseThrow().score());
            assertEquals(Optional.empty(), none.total());
        }

        @Test
        void theReportedRuleIsAPolicyToo() {
            Indicator judged = Indicator.builder().name("培训次数").code("T1").target(Target.parse("好"))
                .actual(Actual.parse("好")).points(d("20")).reportedScore(d("18")).build();
            RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive")).addBindings(
                RuleBinding.byCode("T1", RuleSpec.of("reported"))).build();
            EvaluationResult result = evaluate(rules, withRow(judged));
            NodeResult row = result.node("产出指标/培训次数").orElseThrow();
            assertEquals(Optional.of(d("18.00")), row.score());
            assertEquals(Optional.of(org.perfeval.scoring.Trace.Policy.REPORTED_SCORE_RULE), row.trace().policy());
            Finding finding = withCode(result, FindingCode.POINTS_FROM_POLICY).get(0);
            assertEquals("产出指标/培训次数", finding.location());
            assertTrue(finding.messageEn().contains("the rule reported"), finding.messageEn());
        }

        @Test
        void aCellThatCannotBeReadIsNotComputableUnderEveryPolicy() {
            for (UnscorablePolicy policy : UnscorablePolicy.values()) {
                Indicator cut = Indicator.builder().name("培训次数").target(Target.parse("≥4次"))
                    .actual(Actual.unreadable(Actual.Unreadable.Reason.CUT_OFF)).points(d("20")).reportedScore(d("20")).build();
                EvaluationResult result = evaluate(positive(policy), withRow(cut));
                assertEquals("产出指标/培训次数: the actual is cut off",
                    result.node("产出指标/培训次数").orElseThrow().notComputable().orElseThrow(), policy.toString());
                assertEquals(Optional.empty(), result.total(), policy.toString());
            }
            assertFalse(Actual.unreadable(Actual.Unreadable.Reason.ILLEGIBLE).equals(Actual.missing()));
            assertEquals(Actual.Kind.UNREADABLE, Actual.unreadable(Actual.Unreadable.Reason.ILLEGIBLE).kind());
        }
    }

    @Nested
    class Totals {
        private final RuleSet twoCategories = Scorer.copyWithout(org.perfeval.rules.Profiles.departmentOverall())
            .addAllBindings(org.perfeval.rules.Profiles.byDirection())
            .addCategories(Category.of("产出指标", d("60")), Category.of("效益指标", d("40"))).build();

        private final Evaluation outputsOnly = evaluation(IndicatorGroup.builder().name("产出指标")
            .addChildren(leaf("办件量", "≥100件", "120件", null)).build());

        @Test
        void anAbsentCategoryTheRuleSetSaysNothingAboutLeavesNoTotal() {
            EvaluationResult result = evaluate(twoCategories, outputsOnly);
            assertEquals(Optional.empty(), result.total());
            assertEquals(Optional.of("the report has no 效益指标 (40 points) and the rule set does not say how an absent "
                + "category counts"), result.totalNotComputable());
            assertEquals(Optional.of(d("60.00")), result.node("产出指标").orElseThrow().score(), "the category itself is scored");
        }

        @Test
        void anAbsentCategoryWhosePointsTheRuleSetMovesLeavesATotal() {
            RuleSet moved = Scorer.copyWithout(twoCategories).addAllBindings(twoCategories.bindings())
                .addCategories(Category.of("产出指标", d("60")),
                    Category.builder().name("效益指标").points(d("40")).putWhenAbsent("产出指标", d("40")).build()).build();
            EvaluationResult result = evaluate(moved, outputsOnly);
            assertEquals(Optional.of(d("100.00")), result.total());
            assertEquals("优", result.grade().orElseThrow().label());
            assertEquals(List.of(), locations(result, FindingCode.TOTAL_NOT_COMPUTABLE));
        }

        @Test
        void aReportWhereNothingAppliesHasNoTotal() {
            EvaluationResult result = evaluate(positive(UnscorablePolicy.ZERO),
                evaluation(leaf("办件量", "≥100件", "不适用", "100")));
            assertEquals(Optional.empty(), result.total());
            assertEquals(Optional.of("nothing in the report applies: no points count toward the total"),
                result.totalNotComputable());
            assertEquals(List.of("total"), locations(result, FindingCode.TOTAL_NOT_COMPUTABLE));
        }
    }

    @Nested
    class RuleSetFit {
        private final RuleSet forProjects2020 = RuleSet.builder().id("projects-2020").version("1").jurisdiction("测试")
            .kind(EvaluationKind.PROJECT).effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveUntil(LocalDate.of(2020, 12, 31))
            .addAllBindings(org.perfeval.rules.Profiles.byDirection())
            .addCategories(Category.of("产出指标", d("60")), Category.of("效益指标", d("40"))).build();

        private final Evaluation elsewhere = evaluation(IndicatorGroup.builder().name("履职效能")
            .addChildren(leaf("办件量", "≥100件", "120件", "100")).build());

        @Test
        void aReportThatDoesNotFitIsScoredWithAFindingForEachMismatch() {
            EvaluationResult result = evaluate(forProjects2020, elsewhere);
            assertEquals(List.of("year", "kind", "indicators"), locations(result, FindingCode.RULE_SET_MISMATCH));
            assertEquals(3, forProjects2020.mismatches(elsewhere).size());
            assertTrue(withCode(result, FindingCode.RULE_SET_MISMATCH).get(2).messageEn()
                .contains("None of the report's top-level rows [履职效能] matches"));
            // No category matched: both are absent, so no total either (never a 差 beside a printed 优).
            assertEquals(Optional.empty(), result.total());
        }

        @Test
        void strictMatchingRefusesIt() {
            RuleSetMismatchException e = assertThrows(RuleSetMismatchException.class,
                () -> Evaluator.of(forProjects2020, RuleRegistry.builtIns()).strict().evaluate(elsewhere));
            assertEquals(List.of(RuleSet.Mismatch.Kind.NOT_EFFECTIVE, RuleSet.Mismatch.Kind.WRONG_KIND,
                    RuleSet.Mismatch.Kind.NO_CATEGORY_MATCHED),
                e.mismatches().stream().map(RuleSet.Mismatch::kind).collect(Collectors.toList()));
            assertTrue(e.getMessage().contains("outside the effective dates"), e.getMessage());
            assertThrows(RuleSetMismatchException.class,
                () -> ScoringEngine.of(forProjects2020, RuleRegistry.builtIns()).strict().score(elsewhere));
        }

        @Test
        void strictMatchingScoresAReportThatFits() {
            Evaluator strict = Evaluator.of(positive(UnscorablePolicy.ZERO), RuleRegistry.builtIns()).strict();
            assertSame(strict, strict.strict());
            EvaluationResult result = strict.evaluate(withRow(leaf("培训次数", "≥4次", "4次", "20")));
            assertEquals(Optional.of(d("100.00")), result.total());
            assertEquals(List.of(), locations(result, FindingCode.RULE_SET_MISMATCH));
            assertEquals(Map.of(), result.unearnedCategories());
        }
    }
}
