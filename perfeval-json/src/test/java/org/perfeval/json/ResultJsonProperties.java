package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;

/** Results of generated evaluations under generated rule sets, with the audit's findings. */
class ResultJsonProperties {
    private final PerfevalJson json = PerfevalJson.create();

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return PerfevalArbitraries.evaluations();
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PerfevalArbitraries.ruleSets();
    }

    private static EvaluationResult audited(Evaluation evaluation, RuleSet ruleSet) {
        EvaluationResult result = Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation);
        return Results.withFindings(result, Audit.of(ruleSet).audit(result.scores()).toArray(new Finding[0]));
    }

    @Property(tries = 200)
    void whatIsWrittenReadsBackEqual(@ForAll("evaluations") Evaluation evaluation, @ForAll("ruleSets") RuleSet ruleSet) {
        EvaluationResult result = audited(evaluation, ruleSet);
        String text = json.write(result);
        assertEquals(result, json.readResult(text));
        assertEquals(text, json.write(json.readResult(text)));
    }

    @Property(tries = 100)
    void everyWrittenResultIsValidAndItsTreeIsTheEnginesList(@ForAll("evaluations") Evaluation evaluation,
            @ForAll("ruleSets") RuleSet ruleSet) {
        EvaluationResult result = audited(evaluation, ruleSet);
        String text = json.write(result);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT, text).toString(), text);
        JsonNode document = Schemas.tree(text);
        assertEquals(result.nodes().stream().map(n -> n.path().toString()).toList(), Results.paths(document));
        if (result.total().isPresent()) {
            assertEquals(result.total().get(), document.get("total").get("computed").decimalValue());
        } else {
            assertEquals(null, document.get("total").get("computed"));
            assertEquals(result.totalNotComputable().get(), document.get("total").get("reason").asText());
            assertEquals(result.totalNotComputable().get(), document.get("grade").get("reason").asText());
        }
        assertEquals(evaluation, json.readEvaluation(document.get("evaluation").toString()));
    }
}
