package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfeval.scoring.Scorer.d;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Target;
import org.perfeval.rules.Category;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;

/**
 * S12. 产出 50 has two leaves of 25: one not applicable, one at half its target (12.50); 效益 50 has one
 * leaf at full points. By hand: rescaling the total gives (12.5 + 50) / (25 + 50) × 100 = 83.33;
 * rescaling the parent gives 产出 50 × 12.5 / 25 = 25 and a total of 75; counting it as 0 gives 62.50.
 */
class NotApplicableTest {

    private static final Evaluation EVALUATION = Scorer.evaluation(
        IndicatorGroup.builder().name("产出指标")
            .addChildren(leaf("甲", "不适用"), leaf("乙", "45%")).build(),
        IndicatorGroup.builder().name("效益指标").addChildren(leaf("丙", "95%")).build());

    private static Indicator leaf(String name, String actual) {
        return Indicator.builder().name(name).target(Target.parse("≥90%")).actual(Actual.parse(actual)).build();
    }

    private static EvaluationResult score(NotApplicablePolicy policy) {
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive")).notApplicable(policy)
            .addCategories(Category.of("产出指标", d("50")), Category.of("效益指标", d("50"))).build();
        return Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(EVALUATION);
    }

    @Test
    void rescaleTotalLeavesTheIndicatorOutOfTheTotal() {
        EvaluationResult result = score(NotApplicablePolicy.RESCALE_TOTAL);
        NodeResult na = result.node("产出指标/甲").orElseThrow();
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, na.status());
        assertEquals(d("0"), na.applicablePoints());
        assertEquals(Optional.empty(), na.rate());
        NodeResult outputs = result.node("产出指标").orElseThrow();
        assertEquals(d("12.50"), outputs.awarded());
        assertEquals(0, outputs.applicablePoints().compareTo(d("25")));
        assertEquals(d("50.0000"), outputs.rate().orElseThrow());
        assertEquals(0, result.applicablePoints().compareTo(d("75")));
        assertEquals(Optional.of(d("83.33")), result.total());
        assertEquals("良", result.grade().orElseThrow().label());
    }

    @Test
    void rescaleParentKeepsTheCategoryWeight() {
        EvaluationResult result = score(NotApplicablePolicy.RESCALE_PARENT);
        assertEquals(d("25.00"), result.node("产出指标").orElseThrow().awarded());
        assertEquals(Optional.of(d("75.00")), result.total());
    }

    @Test
    void zeroCountsTheIndicatorAtNothing() {
        EvaluationResult result = score(NotApplicablePolicy.ZERO);
        assertEquals(d("12.50"), result.node("产出指标").orElseThrow().awarded());
        assertEquals(Optional.of(d("62.50")), result.total());
    }

    @Test
    void aGroupWhoseChildrenAllDoNotApplyDoesNotApply() {
        Evaluation allOut = Scorer.evaluation(
            IndicatorGroup.builder().name("产出指标").addChildren(leaf("甲", "不适用"), leaf("乙", "不涉及")).build(),
            IndicatorGroup.builder().name("效益指标").addChildren(leaf("丙", "81%")).build());
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive"))
            .addCategories(Category.of("产出指标", d("50")), Category.of("效益指标", d("50"))).build();
        EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(allOut);
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, result.node("产出指标").orElseThrow().status());
        // 81 / 90 × 50 = 45 of the 50 that apply → 90.00
        assertEquals(Optional.of(d("90.00")), result.total());
    }

    @Test
    void underZeroAGroupWhoseChildrenAllDoNotApplyCountsAtNothingWithItsPoints() {
        // regression: the group was left out, which rescaled its parent as under RESCALE_PARENT
        Evaluation allOut = Scorer.evaluation(
            IndicatorGroup.builder().name("产出指标").addChildren(leaf("甲", "不适用")).build(),
            IndicatorGroup.builder().name("效益指标").addChildren(leaf("丙", "95%")).build());
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive")).notApplicable(NotApplicablePolicy.ZERO)
            .addCategories(Category.of("产出指标", d("50")), Category.of("效益指标", d("50"))).build();
        EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(allOut);
        NodeResult outputs = result.node("产出指标").orElseThrow();
        assertEquals(RuleOutcome.Status.NOT_APPLICABLE, outputs.status());
        assertEquals(d("50"), outputs.applicablePoints());
        assertEquals(Optional.of(d("50.00")), result.total());
    }
}
