package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Evaluation;


class EvaluationJsonProperties {
    private final PerfevalJson compact = PerfevalJson.create();
    private final PerfevalJson pretty = PerfevalJson.create().withPrettyPrinting();

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return EvaluationArbitraries.evaluations();
    }

    @Property(tries = 500)
    void whatIsWrittenReadsBackEqual(@ForAll("evaluations") Evaluation evaluation) {
        assertEquals(evaluation, compact.readEvaluation(compact.write(evaluation)));
        assertEquals(evaluation, pretty.readEvaluation(pretty.write(evaluation)));
    }

    @Property(tries = 500)
    void writingWhatWasReadGivesTheSameText(@ForAll("evaluations") Evaluation evaluation) {
        String text = pretty.write(evaluation);
        assertEquals(text, pretty.write(pretty.readEvaluation(text)));
    }

    @Property(tries = 200)
    void everyWrittenEvaluationIsValidAgainstTheSchema(@ForAll("evaluations") Evaluation evaluation) {
        String text = compact.write(evaluation);
        assertEquals("[]", Schemas.problems(DocumentKind.EVALUATION, text).toString(), text);
    }
}
