package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;

class CustomRuleExampleTest {

    /**
     * Jinshui 2021 under the example rule set: 效益指标 30 points, two groups of 15, four leaves of
     * 7.5. The two satisfaction leaves report 99% against ≥90%, 1.1 times the target: 0.8 × 7.5 = 6
     * each, so 效益指标 gives 15 + 12 = 27 and the total 100 − 3 = 97.
     */
    @Test
    void scoresTheSameWhetherTheRuleIsRegisteredByCodeOrFoundByName() throws Exception {
        List<String> lines = MainOutput.of(CustomRuleExample::main).lines().toList();
        assertEquals("rule set example-satisfaction-cut: PATH 效益指标/满意度/* → example:over-target{ratio=1.1, keep=0.8}", lines.get(0));
        assertEquals("built-ins only, refused: UNKNOWN_RULE at bindings[0]", lines.get(1));
        assertEquals("registered by code, lint: clean", lines.get(2));
        assertEquals("registered by code: computed 97.00 优, 效益指标 27.00 of 30", lines.get(3));
        assertTrue(lines.get(4).startsWith("  社会公众满意度: example:over-target (example-satisfaction-cut 1): B ≥ ratio × A → keep × w "
            + "with A=90, B=99, w=7.50, ratio=1.1, keep=0.8"), lines.get(4));
        assertTrue(lines.get(4).contains("→ 6.00; the actual is at least 1.1 times the target"), lines.get(4));
        assertEquals("discovered rules include example:over-target: true", lines.get(5));
        assertEquals("found by ServiceLoader: computed 97.00 优, 效益指标 27.00 of 30", lines.get(6));
        assertEquals(lines.get(4), lines.get(7));
        assertEquals(8, lines.size(), String.join("\n", lines));
    }

    @Test
    void theRuleScoresInProportionBelowTheTargetAndInFullUpToTheRatio() {
        RuleRegistry registry = RuleRegistry.builtIns().with(OverTargetRule.NAME, OverTargetRule.factory());
        ScoringRule rule = registry.rule(RuleSpec.of(OverTargetRule.NAME));
        // Defaults: ratio 1.3, keep 0.8; w = 10, target ≥90.
        assertEquals(0, new BigDecimal("9").compareTo(score(rule, "81%")), "81 / 90 × 10");
        assertEquals(0, BigDecimal.TEN.compareTo(score(rule, "90%")));
        assertEquals(0, BigDecimal.TEN.compareTo(score(rule, "116.9%")), "just under 1.3 × 90 = 117");
        assertEquals(0, new BigDecimal("8").compareTo(score(rule, "117%")), "0.8 × 10 from 1.3 × the target");
        assertEquals(RuleOutcome.Status.NOT_SCORABLE, outcome(rule, "完成").status());
    }

    @Test
    void badParametersAreRefusedWithTheirNames() {
        ScoringRule.Factory factory = OverTargetRule.factory();
        IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
            () -> factory.create(RuleSpec.builder().name(OverTargetRule.NAME).putNumbers("ratio", BigDecimal.ONE).build()));
        assertTrue(ratio.getMessage().contains("ratio must be above 1 but was 1"), ratio.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> factory.create(RuleSpec.builder().name(OverTargetRule.NAME).putNumbers("cap", BigDecimal.ONE).build()));
        assertTrue(unknown.getMessage().contains("cap"), unknown.getMessage());
    }

    private static BigDecimal score(ScoringRule rule, String actual) {
        RuleOutcome outcome = outcome(rule, actual);
        assertEquals(RuleOutcome.Status.SCORED, outcome.status(), outcome.toString());
        return outcome.awarded();
    }

    private static RuleOutcome outcome(ScoringRule rule, String actual) {
        Indicator indicator = Indicator.builder().name("服务对象满意度").target(Target.parse("≥90")).unit(Unit.PERCENT)
            .actual(Actual.parse(actual)).build();
        ScoringContext context = ScoringContext.of(IndicatorPath.parse("效益指标/满意度/服务对象满意度"), BigDecimal.TEN,
            PointsSource.STATED, SeedReports.jinshui2021(), CustomRuleExample.satisfactionCut());
        return rule.score(indicator, context);
    }
}
