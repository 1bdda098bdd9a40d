package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.rules.RuleSet;

/** The benchmark measures what it says: the largest rule set lints clean and scores as the profile does. */
class RuleSetLimitsBenchmarkTest {
    @Test
    void theLargestRuleSetIsAtEveryLimitLintsCleanAndScoresAsTheProfile() {
        RuleSet largest = LargestRuleSet.build();
        assertEquals(RuleSet.MAX_CATEGORIES, largest.categories().size());
        assertEquals(RuleSet.MAX_BINDINGS, largest.bindings().size());
        assertEquals(RuleSet.MAX_PATTERNS, largest.aggregators().size()
            + largest.bindings().stream().filter(b -> b.by() == org.perfeval.rules.RuleBinding.By.PATH).count());
        RuleSetLimitsBenchmark benchmark = new RuleSetLimitsBenchmark();
        benchmark.setUp();
        assertEquals(List.of(), benchmark.lint());
        assertEquals(benchmark.baseline().total(), benchmark.evaluate().total());
        assertEquals(benchmark.baseline().findings(), benchmark.evaluate().findings());
    }
}
