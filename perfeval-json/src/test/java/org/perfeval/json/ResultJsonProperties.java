package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Evaluation;
import org.perfeval.scoring.EvaluationResult;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.RuleSet;
import org.perfeval.scoring.ScoringEngine;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * Results of generated evaluations under generated rule sets. A result cannot be read back yet (the
 * engine's trace has no public factory), so these check what a reader would rely on: the schema, the
 * tree against the engine's list, and the evaluation inside.
 */
class ResultJsonProperties {
    private final PerfevalJson json = PerfevalJson.create();

    @Property(tries = 100)
    void everyWrittenResultIsValidAndComplete(@ForAll("evaluations") Evaluation evaluation, @ForAll("ruleSets") RuleSet ruleSet) {
        EvaluationResult result = ScoringEngine.of(ruleSet, RuleRegistry.builtIns()).score(evaluation);
        String text = json.write(result);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT, text).toString(), text);
        JsonNode document = Schemas.tree(text);
        assertEquals(result.nodes().stream().map(n -> n.path().toString()).toList(), Results.paths(document));
        assertEquals(result.total(), document.get("total").get("computed").decimalValue());
        assertEquals(evaluation, json.readEvaluation(document.get("evaluation").toString()));
    }

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return PerfevalArbitraries.evaluations();
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PerfevalArbitraries.ruleSets();
    }
}
