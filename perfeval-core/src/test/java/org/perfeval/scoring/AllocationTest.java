package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.leaf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Target;
import org.perfeval.rules.Allocation;
import org.perfeval.rules.Category;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.PointsSource;

/** Points allocated to nodes that state none: exact sums by the largest remainder. */
class AllocationTest {

    private static BigDecimal[] ones(int n) {
        BigDecimal[] w = new BigDecimal[n];
        java.util.Arrays.fill(w, BigDecimal.ONE);
        return w;
    }

    @Test
    void tenAmongThreeGivesTheLeftoverCentToTheFirstName() {
        BigDecimal[] shares = Allocator.shares(d("10"), ones(3), new String[] {"b", "a", "c"}, 2);
        assertArrayEquals(new BigDecimal[] {d("3.33"), d("3.34"), d("3.33")}, shares);
    }

    @Test
    void hundredAmongSevenAddsUpExactly() {
        // 100 / 7 = 14.2857…: 14.28 × 7 = 99.96, so four names get 14.29
        BigDecimal[] shares = Allocator.shares(d("100"), ones(7), new String[] {"g", "f", "e", "d", "c", "b", "a"}, 2);
        assertEquals(d("100.00"), java.util.Arrays.stream(shares).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertArrayEquals(new BigDecimal[] {d("14.28"), d("14.28"), d("14.28"), d("14.29"), d("14.29"), d("14.29"),
            d("14.29")}, shares);
    }

    @Test
    void largestRemainderWinsOverNameOrder() {
        // 1 in weights 1 : 2 at 0 places: 0.333 and 0.667, the unit goes to the larger remainder
        BigDecimal[] shares = Allocator.shares(d("1"), new BigDecimal[] {d("1"), d("2")}, new String[] {"a", "b"}, 0);
        assertArrayEquals(new BigDecimal[] {d("0"), d("1")}, shares);
    }

    @Test
    void weightsSplitInProportion() {
        BigDecimal[] shares = Allocator.shares(d("10"), new BigDecimal[] {d("2"), d("1"), d("1")},
            new String[] {"a", "b", "c"}, 2);
        assertArrayEquals(new BigDecimal[] {d("5.00"), d("2.50"), d("2.50")}, shares);
    }

    @Test
    void aParentFinerThanTheScaleIsSplitAtItsOwnScale() {
        BigDecimal[] shares = Allocator.shares(d("0.125"), ones(2), new String[] {"a", "b"}, 2);
        assertArrayEquals(new BigDecimal[] {d("0.063"), d("0.062")}, shares);
    }

    private static Indicator unstated(String name) {
        return Indicator.builder().name(name).target(Target.parse("≥90%")).actual(Actual.parse("95%")).build();
    }

    private static EvaluationResult scoreUnderOneCategory(RuleSet.Builder ruleSet, IndicatorGroup group) {
        RuleSet rules = ruleSet.addCategories(Category.of(group.name(), d("100"))).build();
        return Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(Scorer.evaluation(group));
    }

    @Test
    void statedSiblingsKeepTheirPointsAndTheRestIsShared() {
        IndicatorGroup group = IndicatorGroup.builder().name("产出指标")
            .addChildren(leaf("甲", "≥90%", "95%", "40"), unstated("乙"), unstated("丙")).build();
        EvaluationResult result = scoreUnderOneCategory(Scorer.ruleSet(RuleSpec.of("positive")), group);
        assertEquals(d("40"), result.node("产出指标/甲").orElseThrow().points());
        assertEquals(PointsSource.STATED, result.node("产出指标/甲").orElseThrow().pointsSource());
        assertEquals(d("30.00"), result.node("产出指标/乙").orElseThrow().points());
        assertEquals(PointsSource.ALLOCATED, result.node("产出指标/丙").orElseThrow().pointsSource());
    }

    @Test
    void aGroupStatingNoPointsTakesTheSumOfItsChildren() {
        IndicatorGroup inner = IndicatorGroup.builder().name("履职目标实现")
            .addChildren(leaf("甲", "≥90%", "95%", "3"), leaf("乙", "≥90%", "95%", "2")).build();
        IndicatorGroup group = IndicatorGroup.builder().name("产出指标").addChildren(inner, unstated("丙")).build();
        EvaluationResult result = scoreUnderOneCategory(Scorer.ruleSet(RuleSpec.of("positive")), group);
        NodeResult implied = result.node("产出指标/履职目标实现").orElseThrow();
        assertEquals(d("5"), implied.points());
        assertEquals(PointsSource.IMPLIED, implied.pointsSource());
        assertEquals(d("95.00"), result.node("产出指标/丙").orElseThrow().points());
    }

    @Test
    void explicitWeightsPerPath() {
        IndicatorGroup group = IndicatorGroup.builder().name("产出指标")
            .addChildren(unstated("甲"), unstated("乙")).build();
        RuleSet.Builder rules = Scorer.ruleSet(RuleSpec.of("positive"))
            .allocation(Allocation.builder().putWeights("产出/甲", d("3")).build());
        EvaluationResult result = scoreUnderOneCategory(rules, group);
        assertEquals(d("75.00"), result.node("产出指标/甲").orElseThrow().points());
        assertEquals(d("25.00"), result.node("产出指标/乙").orElseThrow().points());
    }

    @Test
    void childrenWhosePointsPassTheParentsAreReadAsWeights() {
        // 30 + 30 stated under a category of 100: each child counts half; 甲 full, 乙 half → 75
        IndicatorGroup group = IndicatorGroup.builder().name("产出指标")
            .addChildren(leaf("甲", "≥90%", "90%", "30"), leaf("乙", "≥90%", "45%", "30")).build();
        EvaluationResult result = scoreUnderOneCategory(Scorer.ruleSet(RuleSpec.of("positive")), group);
        NodeResult node = result.node("产出指标").orElseThrow();
        assertEquals(d("60"), node.childPointsSum().orElseThrow());
        assertEquals(d("75.00"), node.awarded());
        assertEquals("points × Σ awarded / Σ points", node.trace().formula());
    }

    @Test
    void aChildLeftWithNoPointsIsSummedButNotCounted() {
        // 60 + 60 stated under 100 leave 丙 0.00: the group's points sum keeps its scale, the counted
        // points of the weighted sum are those of 甲 and 乙 alone.
        IndicatorGroup group = IndicatorGroup.builder().name("产出指标")
            .addChildren(leaf("甲", "≥90%", "90%", "60"), leaf("乙", "≥90%", "45%", "60"), unstated("丙")).build();
        EvaluationResult result = scoreUnderOneCategory(Scorer.ruleSet(RuleSpec.of("positive")), group);
        assertEquals(d("0.00"), result.node("产出指标/丙").orElseThrow().points());
        NodeResult node = result.node("产出指标").orElseThrow();
        assertEquals(d("120.00"), node.childPointsSum().orElseThrow());
        assertEquals(d("90.00"), node.trace().inputs().get("Σ awarded"));
        assertEquals(d("120"), node.trace().inputs().get("Σ points"));
        assertEquals(d("75.00"), node.awarded());
    }

    @Test
    void siblingOrderDoesNotChangeWhoGetsTheLeftover() {
        IndicatorGroup forward = IndicatorGroup.builder().name("产出指标")
            .addChildren(unstated("a"), unstated("b"), unstated("c")).build();
        IndicatorGroup backward = IndicatorGroup.builder().name("产出指标")
            .addChildren(unstated("c"), unstated("b"), unstated("a")).build();
        RuleSet rules = Scorer.ruleSet(RuleSpec.of("positive")).addCategories(Category.of("产出指标", d("10")),
            Category.of("其他", d("90"))).build();
        Evaluator engine = Evaluator.of(rules, RuleRegistry.builtIns());
        Evaluation one = Scorer.evaluation(forward);
        Evaluation other = Scorer.evaluation(backward);
        for (String name : new String[] {"a", "b", "c"}) {
            assertEquals(engine.evaluate(one).node("产出指标/" + name).orElseThrow(),
                engine.evaluate(other).node("产出指标/" + name).orElseThrow());
        }
        assertEquals(d("3.34"), engine.evaluate(other).node("产出指标/a").orElseThrow().points());
    }
}
