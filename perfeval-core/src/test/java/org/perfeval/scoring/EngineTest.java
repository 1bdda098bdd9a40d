package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.leaf;

import java.util.Optional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.Category;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.rules.UnscorablePolicy;
import org.perfeval.scoring.spi.RuleContractException;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** The engine: unscorable policies, aggregators, categories, custom rules and their contract. */
class EngineTest {

    private static final Indicator TEXT = Indicator.builder().name("办公费").target(Target.parse("≤30万元"))
        .actual(Actual.parse("按时完成")).points(d("10")).reportedScore(d("9")).build();

    @Test
    void unscorableScoresZeroByDefault() {
        NodeResult r = Scorer.score(RuleSpec.of("reverse-linear"), TEXT);
        assertEquals(d("0.00"), r.awarded());
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
        assertEquals(TargetStatus.NOT_JUDGED, r.targetStatus());
    }

    @Test
    void unscorableMayTakeTheReportedScore() {
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("reverse-linear")).unscorable(UnscorablePolicy.REPORTED_SCORE).build();
        NodeResult r = Scorer.score(rules, TEXT);
        assertEquals(d("9.00"), r.awarded());
        assertTrue(r.trace().note().orElseThrow().contains("按时完成"));
    }

    @Test
    void unscorableMayCountAsNotApplicable() {
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("reverse-linear")).unscorable(UnscorablePolicy.NOT_APPLICABLE).build();
        NodeResult r = Scorer.score(rules, TEXT);
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, r.status());
        assertEquals(d("0"), r.applicablePoints());
    }

    @Test
    void anIndicatorNoBindingMatchesScoresZeroAndSaysSo() {
        RuleSet rules = Scorer.copyWithout(Scorer.ruleSet(RuleSpec.of("positive")).build())
            .addBindings(RuleBinding.byPath("产出指标/**", RuleSpec.of("positive"))).build();
        NodeResult r = Scorer.score(rules, TEXT);
        assertEquals("none", r.trace().ruleId());
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
    }

    @Test
    void codeBeatsPathBeatsDirection() {
        Indicator coded = Indicator.builder().name("标兵奖").code("OUT-01").target(Target.parse("≤50人"))
            .actual(Actual.parse("60")).points(d("10")).build();
        RuleSet rules = RuleSet.builder().id("p").version("1").jurisdiction("测试").effectiveFrom(java.time.LocalDate.of(2020, 1, 1))
            .addBindings(RuleBinding.byDirection(org.perfeval.model.Direction.REVERSE, RuleSpec.of("reverse-linear")),
                RuleBinding.byPath("标兵奖", RuleSpec.of("reverse-ratio")))
            .build();
        assertEquals("reverse-ratio", Scorer.score(rules, coded).trace().ruleId());
        RuleSet withCode = Scorer.copy(rules).addBindings(RuleBinding.byCode("OUT-01", RuleSpec.of("count-deduction"))).build();
        assertEquals("count-deduction", Scorer.score(withCode, coded).trace().ruleId());
        RuleSet directionOnly = Scorer.copyWithout(rules).addBindings(rules.bindings().get(0)).build();
        assertEquals("reverse-linear", Scorer.score(directionOnly, coded).trace().ruleId());
    }

    @Test
    void weakestLinkTakesTheLowestRate() {
        IndicatorGroup group = IndicatorGroup.builder().name("效益指标")
            .addChildren(leaf("甲", "≥90%", "90%", "10"), leaf("乙", "≥90%", "45%", "10")).build();
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive"))
            .addAggregators(AggregatorBinding.of("效益", RuleSpec.of("weakest-link")))
            .addCategories(Category.of("效益指标", d("100"))).build();
        EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(Scorer.evaluation(group));
        assertEquals(d("50.00"), result.node("效益指标").orElseThrow().awarded());
        assertEquals("weakest-link", result.node("效益指标").orElseThrow().trace().ruleId());
    }

    @Test
    void lookupTableMapsTheGroupsRate() {
        RuleSpec lookup = RuleSpec.builder().name("lookup")
            .addTable(Bracket.of(null, d("60"), d("0")), Bracket.of(d("60"), d("90"), d("80")), Bracket.of(d("90"), null, d("100")))
            .build();
        IndicatorGroup group = IndicatorGroup.builder().name("效益指标")
            .addChildren(leaf("甲", "≥90%", "90%", "10"), leaf("乙", "≥90%", "45%", "10")).build();
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive")).groupAggregator(lookup)
            .addCategories(Category.of("效益指标", d("100"))).build();
        EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(Scorer.evaluation(group));
        // rate 15 / 20 = 75% → 80% of 100
        assertEquals(d("80.00"), result.node("效益指标").orElseThrow().awarded());
    }

    @Test
    void ministryProfileMovesTheMissingSatisfactionPointsAndScoresExecutionFromTheProjects() {
        Evaluation project = Evaluation.builder().unit("测试单位").year(2022).kind(EvaluationKind.PROJECT)
            .addProjects(Project.builder().name("智慧政务").approved(Amount.ofWanYuan("100")).executed(Amount.ofWanYuan("90")).build())
            .addIndicators(
                IndicatorGroup.builder().name("产出指标").addChildren(leaf("完成率", "≥95%", "95%", null)).build(),
                IndicatorGroup.builder().name("效益指标").addChildren(leaf("覆盖率", "≥90%", "45%", null)).build())
            .build();
        EvaluationResult result = Evaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns()).evaluate(project);
        assertEquals(d("10"), result.node("预算执行率").orElseThrow().points());
        assertEquals(d("9.00"), result.node("预算执行率").orElseThrow().awarded());
        assertEquals(d("55"), result.node("产出指标").orElseThrow().points());
        assertEquals(d("35"), result.node("效益指标").orElseThrow().points());
        // 9 + 55 + 45 / 90 × 35 = 81.50
        assertEquals(Optional.of(d("81.50")), result.total());
        assertEquals(Map.of(), result.unearnedCategories());
    }

    @Test
    void aMissingCategoryWithoutARuleLeavesNoComputedTotal() {
        Evaluation partial = Scorer.evaluation(IndicatorGroup.builder().name("投入管理")
            .addChildren(leaf("完整性", "完整", "达成", null)).build());
        RuleSet rules = Scorer.copyWithout(Profiles.departmentOverall())
            .addAllBindings(Profiles.byDirection())
            .addCategories(Category.of("投入管理", d("20")), Category.of("产出指标", d("80"))).build();
        EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(partial);
        assertEquals(Map.of("产出指标", d("80")), result.unearnedCategories());
        // Counting the absent 产出指标 as 0 would give 20.00 差: a figure the rule set does not give.
        assertEquals(Optional.empty(), result.total());
        assertEquals(Optional.empty(), result.grade());
        assertEquals(Optional.of("the report has no 产出指标 (80 points) and the rule set does not say how an absent "
            + "category counts"), result.totalNotComputable());
        assertTrue(result.findings().stream().anyMatch(f -> f.code() == FindingCode.TOTAL_NOT_COMPUTABLE
            && f.messageEn().contains("产出指标 (80 points)")), result.findings()::toString);
    }

    @Test
    void aCustomRulePlugsInByCode() {
        RuleRegistry registry = RuleRegistry.builtIns().with("half", spec -> (indicator, context) ->
            RuleOutcome.scored(context.points().divide(BigDecimal.valueOf(2)), "w / 2"));
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("half")).build();
        EvaluationResult result = Evaluator.of(rules, registry).evaluate(Scorer.evaluation(TEXT));
        assertEquals(d("5.00"), result.nodes().get(0).awarded());
        assertEquals("half", result.nodes().get(0).trace().ruleId());
    }

    @Test
    void aCustomRuleThatAwardsTooMuchBreaksItsContract() {
        RuleRegistry registry = RuleRegistry.builtIns().with("greedy", spec -> (indicator, context) ->
            RuleOutcome.scored(context.points().add(BigDecimal.ONE), "w + 1"));
        Evaluator engine = Evaluator.of(Scorer.ruleSet(RuleSpec.of("greedy")).build(), registry);
        RuleContractException e = assertThrows(RuleContractException.class, () -> engine.evaluate(Scorer.evaluation(TEXT)));
        assertTrue(e.getMessage().contains("greedy") && e.getMessage().contains("办公费"), e.getMessage());
    }

    @Test
    void aCustomRuleThatThrowsIsNamed() {
        RuleRegistry registry = RuleRegistry.builtIns().with("broken", spec -> (indicator, context) -> {
            throw new ArithmeticException("boom");
        });
        Evaluator engine = Evaluator.of(Scorer.ruleSet(RuleSpec.of("broken")).build(), registry);
        RuleContractException e = assertThrows(RuleContractException.class, () -> engine.evaluate(Scorer.evaluation(TEXT)));
        assertTrue(e.getMessage().contains("broken"));
        assertTrue(e.getCause() instanceof ArithmeticException);
    }

    @Test
    void aCustomRuleThatNamesAnInputTwiceIsRefusedWithBothValues() {
        RuleRegistry registry = RuleRegistry.builtIns().with("twice", spec -> (indicator, context) ->
            RuleOutcome.builder().awarded(context.points()).formula("w").input("w", context.points())
                .input("w", BigDecimal.ONE).build());
        Evaluator engine = Evaluator.of(Scorer.ruleSet(RuleSpec.of("twice")).build(), registry);
        RuleContractException e = assertThrows(RuleContractException.class, () -> engine.evaluate(Scorer.evaluation(TEXT)));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
        assertTrue(e.getCause().getMessage().contains("the input \"w\" is given twice")
            && e.getCause().getMessage().contains(" and as 1:"), e.getCause().getMessage());
    }

    @Test
    void farAboveTargetRequiresANoteWhereTheRuleSetSaysSo() {
        RuleSet guangxi = Scorer.ruleSet(RuleSpec.of("positive"))
            .deviation(DeviationThresholds.builder().farAboveTargetPercent(d("130")).build()).build();
        assertEquals(List.of(NodeResult.DeviationReason.FAR_ABOVE_TARGET),
            Scorer.score(guangxi, leaf("培训人次", "≥100", "130", "5")).deviationReasons());
        assertEquals(List.of(), Scorer.score(guangxi, leaf("培训人次", "≥100", "129.99", "5")).deviationReasons());
    }
}
