package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.Aggregator;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.ScoringRuleProvider;

/** The registry: built-ins by name, rules added by code or found through ServiceLoader. */
class RuleRegistryTest {

    /** Listed in META-INF/services/org.perfeval.scoring.spi.ScoringRuleProvider of the test resources. */
    public static final class ExampleProvider implements ScoringRuleProvider {
        @Override
        public Map<String, ScoringRule.Factory> rules() {
            return Map.of("example:full", spec -> {
                spec.requireOnly(Set.of(), Set.of(), false);
                return (indicator, context) -> RuleOutcome.scored(context.points(), "w");
            });
        }

        @Override
        public Map<String, Aggregator.Factory> aggregators() {
            return Map.of("example:none", spec -> (path, points, children) -> RuleOutcome.scored(BigDecimal.ZERO, "0"));
        }
    }

    @Test
    void builtInsCoverTheReferenceRules() {
        assertEquals(List.of("positive", "reverse-ratio", "reverse-linear", "equality", "qualitative", "budget-execution",
            "step-deduction", "brackets", "count-deduction", "coefficient", "reported", "not-applicable"),
            List.copyOf(RuleRegistry.builtIns().ruleNames()));
        assertEquals(List.of("weighted-sum", "weakest-link", "lookup"), List.copyOf(RuleRegistry.builtIns().aggregatorNames()));
    }

    @Test
    void serviceLoaderFindsProvidersOnTheClassPath() {
        RuleRegistry discovered = RuleRegistry.discover(getClass().getClassLoader());
        assertTrue(discovered.ruleNames().contains("example:full"));
        assertTrue(discovered.aggregatorNames().contains("example:none"));
        assertFalse(RuleRegistry.builtIns().ruleNames().contains("example:full"));
        NodeResult r = ScoringEngine.of(Scorer.ruleSet(RuleSpec.of("example:full")).build(), discovered)
            .score(Scorer.evaluation(Scorer.leaf("a", null, "无", "4"))).nodes().get(0);
        assertEquals(d("4.00"), r.awarded());
    }

    @Test
    void withReturnsACopyAndLeavesTheOriginal() {
        RuleRegistry base = RuleRegistry.builtIns();
        RuleRegistry extended = base.with("my-rule", spec -> (indicator, context) -> RuleOutcome.scored(BigDecimal.ZERO, "0"));
        assertTrue(extended.ruleNames().contains("my-rule"));
        assertFalse(base.ruleNames().contains("my-rule"));
    }

    @Test
    void refusesADuplicateOrMalformedName() {
        ScoringRule.Factory factory = spec -> (indicator, context) -> RuleOutcome.scored(BigDecimal.ZERO, "0");
        assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builtIns().with("positive", factory));
        assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builtIns().with("My Rule", factory));
        assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builtIns()
            .withProvider(new ExampleProvider()).withProvider(new ExampleProvider()));
    }

    @Test
    void parameterlessRulesRefuseParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builtIns()
            .rule(RuleSpec.builder().name("positive").putNumbers("cap", d("1.3")).build()));
        assertTrue(e.getMessage().contains("cap"), e.getMessage());
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RuleRegistry.builtIns().rule(RuleSpec.of("postive")));
        assertTrue(e.getMessage().contains("postive") && e.getMessage().contains("positive"), e.getMessage());
    }
}
