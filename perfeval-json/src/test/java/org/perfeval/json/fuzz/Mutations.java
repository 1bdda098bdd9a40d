package org.perfeval.json.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;

/** Generators of mutants: seeds, zero to three tree edits, and a byte edit one time in six. */
final class Mutations {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final int SPREAD = 1_000_000;

    private Mutations() {}

    /**
     * @return tree edits anywhere in a document; edits that keep a value's type come most often, so that
     *     many mutants get past the reader into the engine
     */
    static Arbitrary<Edit> edits() {
        Arbitrary<Edit.Kind> kinds = Arbitraries.frequency(Tuple.of(2, Edit.Kind.DELETE), Tuple.of(1, Edit.Kind.DUPLICATE),
            Tuple.of(1, Edit.Kind.DUPLICATE_ALTERED), Tuple.of(2, Edit.Kind.REPLACE), Tuple.of(6, Edit.Kind.VARY),
            Tuple.of(1, Edit.Kind.MULTIPLY), Tuple.of(1, Edit.Kind.RETYPE), Tuple.of(2, Edit.Kind.INJECT),
            Tuple.of(1, Edit.Kind.INSERT_FIELD), Tuple.of(1, Edit.Kind.RENAME), Tuple.of(1, Edit.Kind.WRAP),
            Tuple.of(1, Edit.Kind.GRAFT));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, SPREAD), Arbitraries.integers().between(0, SPREAD))
            .as(Edit::new);
    }

    /** @return byte edits anywhere in a document */
    static Arbitrary<ByteEdit> byteEdits() {
        return Combinators.combine(Arbitraries.of(ByteEdit.Kind.values()), Arbitraries.integers().between(0, SPREAD),
            Arbitraries.integers().between(0, SPREAD)).as(ByteEdit::new);
    }

    /** @return mutants of the given seeds */
    static Arbitrary<Mutant> of(Arbitrary<Seed> seeds) {
        return Combinators.combine(seeds, edits().list().ofMaxSize(3), byteEdits().optional(0.15)).as(Mutant::new);
    }

    /** @return the corpus's evaluations, or one the kit generates, half and half */
    static Arbitrary<Seed> evaluations() {
        return Arbitraries.oneOf(Arbitraries.of(Corpus.EVALUATIONS),
            PerfevalArbitraries.evaluations().withoutEdgeCases().map(e -> Seed.of("generated", JSON.write(e))));
    }

    /** @return the corpus's rule sets, or one the kit generates, half and half */
    static Arbitrary<Seed> ruleSets() {
        return Arbitraries.oneOf(Arbitraries.of(Corpus.RULE_SET_DOCUMENTS),
            PerfevalArbitraries.ruleSets().withoutEdgeCases().map(r -> Seed.of("generated", JSON.write(r))));
    }

    /** @return the results of the corpus's reports, or of a generated evaluation under a generated rule set */
    static Arbitrary<Seed> results() {
        Arbitrary<Seed> generated = Combinators.combine(PerfevalArbitraries.evaluations().withoutEdgeCases(), PerfevalArbitraries.ruleSets().withoutEdgeCases())
            .as((e, r) -> Seed.of("generated", JSON.write(Evaluator.of(r, RuleRegistry.builtIns()).evaluate(e))));
        return Arbitraries.oneOf(Arbitraries.of(Corpus.RESULTS), generated);
    }

    /** @return the corpus's engines two times in three, else one for a generated rule set */
    static Arbitrary<Corpus.Engine> engines() {
        Arbitrary<Corpus.Engine> generated = PerfevalArbitraries.ruleSets().withoutEdgeCases()
            .map(r -> new Corpus.Engine(JSON.write(r), Evaluator.of(r, RuleRegistry.builtIns())));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(Corpus.ENGINES)),
            Tuple.of(1, generated));
    }
}
