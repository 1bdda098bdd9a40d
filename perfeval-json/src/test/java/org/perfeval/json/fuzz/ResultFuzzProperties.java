package org.perfeval.json.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Broken result documents: every one reads back as it is written, or is refused clearly, within a second. */
class ResultFuzzProperties {
    @Provide
    Arbitrary<Mutant> mutants() {
        return Mutations.of(Mutations.results());
    }

    @Property
    void everyResultReadsBackOrIsRefusedClearly(@ForAll("mutants") Mutant mutant) {
        byte[] document = mutant.bytes();
        Statistics.collect(Fuzzing.withinASecond(() -> Fuzzing.result(document)));
        // A fuzzer whose mutants all die in the parser tests nothing deeper: enough of them must get through.
        Statistics.coverage(coverage -> coverage.check(Fuzzing.READ).percentage(p -> p >= 10));
    }
}
