package org.perfeval.json.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Broken rule set documents: every one is read, linted and used to score the published reports, or
 * refused with a clear {@code JsonInputException} or {@code InvalidRuleSetException}, within a second.
 */
class RuleSetFuzzProperties {
    @Provide
    Arbitrary<Mutant> mutants() {
        return Mutations.of(Mutations.ruleSets());
    }

    @Property
    void everyRuleSetScoresOrIsRefusedClearly(@ForAll("mutants") Mutant mutant) {
        byte[] document = mutant.bytes();
        Statistics.collect(Fuzzing.withinASecond(() -> Fuzzing.ruleSet(document)));
        // A fuzzer whose mutants all die in the parser tests nothing deeper: enough of them must get through.
        Statistics.coverage(coverage -> coverage.check(Fuzzing.SCORED).percentage(p -> p >= 10));
    }
}
