package org.perfeval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Target;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.RuleOutcome;

/** Each law, broken on purpose, is reported by name with the rule and the counterexample. */
class LawViolationTest {
    private static final Indicator LEAF = Indicator.builder().name("完成率").target(Target.parse("≥90%"))
        .actual(Actual.parse("80%")).points(BigDecimal.TEN).build();
    private static final Evaluation REPORT = Evaluation.builder().unit("测试单位").year(2021)
        .kind(EvaluationKind.DEPARTMENT_OVERALL)
        .addIndicators(IndicatorGroup.builder().name("产出指标").addChildren(LEAF,
            Indicator.builder().name("及时率").target(Target.parse("≥95%")).actual(Actual.parse("95%"))
                .points(BigDecimal.TEN).build()).build())
        .build();

    private static RuleSetLaws laws(RuleRegistry registry) {
        RuleSet rules = RuleSet.builder().id("broken").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1))
            .addBindings(RuleBinding.byPath("**", RuleSpec.of("x:rule"))).build();
        return RuleSetLaws.of(rules, registry);
    }

    @Test
    void anAwardAboveThePointsBreaksBounded() {
        RuleSetLaws laws = laws(RuleRegistry.builtIns().with("x:rule",
            spec -> (indicator, context) -> RuleOutcome.scored(context.points().add(BigDecimal.ONE), "w + 1")));
        LawViolation violation = assertThrows(LawViolation.class, () -> laws.checkAll(REPORT));
        assertEquals(Law.BOUNDED, violation.law());
        assertTrue(violation.rule().contains("x:rule") && violation.counterexample().contains("完成率"), violation::getMessage);
    }

    @Test
    void aRuleThatThrowsBreaksNeverThrows() {
        RuleSetLaws laws = laws(RuleRegistry.builtIns().with("x:rule", spec -> (indicator, context) -> {
            throw new IllegalStateException("boom");
        }));
        LawViolation violation = assertThrows(LawViolation.class, () -> laws.bounded(REPORT));
        assertEquals(Law.NEVER_THROWS, violation.law());
        assertTrue(violation.getMessage().contains("x:rule"), violation::getMessage);
    }

    @Test
    void aRuleWithMemoryBreaksDeterministic() {
        AtomicInteger calls = new AtomicInteger();
        RuleSetLaws laws = laws(RuleRegistry.builtIns().with("x:rule",
            spec -> (indicator, context) -> RuleOutcome.scored(BigDecimal.valueOf(calls.incrementAndGet() % 3), "calls % 3")));
        LawViolation violation = assertThrows(LawViolation.class, () -> laws.deterministic(REPORT));
        assertEquals(Law.DETERMINISTIC, violation.law());
    }

    @Test
    void aRuleThatReadsSiblingOrderBreaksSiblingOrder() {
        RuleSetLaws laws = laws(RuleRegistry.builtIns().with("x:rule", spec -> (indicator, context) -> {
            IndicatorGroup parent = (IndicatorGroup) context.evaluation().indicators().get(0);
            return RuleOutcome.scored(parent.children().get(0).name().equals(indicator.name()) ? context.points()
                : BigDecimal.ZERO, "first child gets all");
        }));
        LawViolation violation = assertThrows(LawViolation.class, () -> laws.independentOfSiblingOrder(REPORT));
        assertEquals(Law.SIBLING_ORDER, violation.law());
        assertTrue(violation.counterexample().contains("with siblings reversed"), violation::counterexample);
    }

    @Test
    void aRuleThatPunishesABetterActualBreaksMonotoneOnItsOwnAndInARuleSet() {
        RuleOutcome half = RuleOutcome.scored(BigDecimal.valueOf(5), "half");
        RuleRegistry registry = RuleRegistry.builtIns().with("x:rule", spec -> (indicator, context) ->
            ((Actual.Measured) indicator.actual()).value().compareTo(BigDecimal.valueOf(90)) > 0 ? half
                : RuleOutcome.scored(context.points(), "w"));
        LawViolation inRuleSet = assertThrows(LawViolation.class, () -> laws(registry).monotone(REPORT));
        assertEquals(Law.MONOTONE, inRuleSet.law());
        assertTrue(inRuleSet.counterexample().contains("actual 80% scores 10"), inRuleSet::counterexample);
        LawViolation alone = assertThrows(LawViolation.class,
            () -> ScoringRuleLaws.of(RuleSpec.of("x:rule"), registry).monotone(LEAF, BigDecimal.TEN));
        assertEquals(Law.MONOTONE, alone.law());
        assertTrue(alone.rule().contains("x:rule"), alone::rule);
    }

    @Test
    void aRuleSetThatDoesNotLintCleanIsRefusedWithItsProblems() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> laws(RuleRegistry.builtIns()));
        assertTrue(refused.getMessage().contains("x:rule"), refused::getMessage);
    }
}
