package org.perfeval.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Broken evaluation documents: every one is read, scored and written, or refused with a clear
 * {@code JsonInputException}, within a second and a 256 MB heap. The number of cases is jqwik's
 * default, set by the Surefire execution {@code fuzz} (2,000; 100,000 with {@code -Pfuzz}).
 */
class EvaluationFuzzProperties {
    @BeforeContainer
    static void warmUp() {
        // Class loading and the first scoring are the JVM's cost, not a document's.
        Corpus.EVALUATIONS.forEach(seed -> Fuzzing.evaluation(seed.document().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Corpus.ENGINES.get(0).engine()));
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return Mutations.of(Mutations.evaluations());
    }

    @Provide
    Arbitrary<Corpus.Engine> engines() {
        return Mutations.engines();
    }

    @Property
    void everyDocumentIsScoredOrRefusedClearly(@ForAll("mutants") Mutant mutant, @ForAll("engines") Corpus.Engine engine) {
        byte[] document = mutant.bytes();
        Statistics.collect(Fuzzing.withinASecond(() -> Fuzzing.evaluation(document, engine.engine())));
        // A fuzzer whose mutants all die in the parser tests nothing deeper: enough of them must get through.
        Statistics.coverage(coverage -> coverage.check(Fuzzing.SCORED).percentage(p -> p >= 10));
    }

    @Example
    void runsInASmallHeap() {
        assertTrue(Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024,
            "run the fuzz suite with -Xmx256m, as the Surefire execution fuzz does; max heap is " + Runtime.getRuntime().maxMemory());
    }
}
