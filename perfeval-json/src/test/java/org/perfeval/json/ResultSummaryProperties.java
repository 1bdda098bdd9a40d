package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * Summaries of generated results: realistic reports under generated rule sets, and reports of every shape
 * with text JSON must escape. Each is valid against its schema and holds the full result's figures.
 */
class ResultSummaryProperties {
    private final PerfevalJson json = PerfevalJson.create();

    @Provide
    Arbitrary<Evaluation> realistic() {
        return PerfevalArbitraries.evaluations();
    }

    @Provide
    Arbitrary<Evaluation> anyShape() {
        return EvaluationArbitraries.evaluations();
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PerfevalArbitraries.ruleSets();
    }

    @Property(tries = 100)
    void theSummaryOfAGeneratedResultIsValidAndHoldsItsFigures(@ForAll("realistic") Evaluation evaluation,
            @ForAll("ruleSets") RuleSet ruleSet) throws IOException {
        check(Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation));
    }

    @Property(tries = 100)
    void theSummaryOfAReportOfAnyShapeIsValidAndHoldsItsFigures(@ForAll("anyShape") Evaluation evaluation,
            @ForAll("ruleSets") RuleSet ruleSet) throws IOException {
        check(Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation));
    }

    private void check(EvaluationResult result) throws IOException {
        String summary = json.write(result, ResultForm.SUMMARY);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT_SUMMARY, summary).toString(), summary);
        Summaries.assertSummaryOf(json.write(result), summary, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(result, ResultForm.SUMMARY, bytes);
        assertEquals(summary, bytes.toString(StandardCharsets.UTF_8));
    }
}
