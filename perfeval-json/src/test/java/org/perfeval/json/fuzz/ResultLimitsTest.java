package org.perfeval.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * A result is larger than the evaluation it scores: the result of an evaluation at the byte limit
 * reads back, within the result's own limits and a 256 MB heap; beyond those limits a result is refused
 * with the limit's name.
 */
class ResultLimitsTest {
    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"unit\":\"u\",\"year\":2021,\"kind\":\"DEPARTMENT_OVERALL\"";
    private static final PerfevalJson JSON = PerfevalJson.create();

    @Test
    void theResultOfAnEvaluationAtTheByteLimitReadsBack() {
        // 42 leaves, each with a deviation note of the longest string, 3 bytes a character: just under 8 MiB.
        String note = "偏".repeat(PerfevalJson.MAX_STRING_LENGTH);
        StringBuilder text = new StringBuilder(HEAD).append(",\"indicators\":[{\"name\":\"产出指标\",\"children\":[");
        for (int i = 0; i < 42; i++) {
            text.append(i == 0 ? "" : ",").append("{\"name\":\"指标").append(i)
                .append("\",\"target\":\"≥90%\",\"actual\":\"80%\",\"deviationNote\":\"").append(note).append("\"}");
        }
        String document = text.append("]}]}").toString();
        int size = document.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size > PerfevalJson.MAX_DOCUMENT_BYTES * 0.98 && size <= PerfevalJson.MAX_DOCUMENT_BYTES, "size " + size);

        Evaluation evaluation = JSON.readEvaluation(document);
        EvaluationResult result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(evaluation);
        String written = JSON.write(result);
        assertTrue(written.getBytes(StandardCharsets.UTF_8).length > PerfevalJson.MAX_DOCUMENT_BYTES,
            "the result is larger than an evaluation may be");
        assertEquals(result, JSON.readResult(written));
    }

    @Test
    void aResultBeyondItsByteLimitIsRefusedNamingIt() {
        String document = HEAD + ",\"title\":\"" + "a".repeat(PerfevalJson.MAX_RESULT_DOCUMENT_BYTES) + "\"}";
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readResult(document));
        assertEquals("the document is larger than the limit of 33554432 bytes (PerfevalJson.MAX_RESULT_DOCUMENT_BYTES)",
            e.problem());
    }

    @Test
    void aNumberBeyondTheResultsLengthIsRefusedNamingIt() {
        String document = "{\"schemaVersion\":\"1.0\",\"maximum\":" + "9".repeat(PerfevalJson.MAX_RESULT_NUMBER_LENGTH + 1) + "}";
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readResult(document));
        assertEquals("/maximum", e.pointer());
        assertEquals("a number is longer than the limit of 100 characters (PerfevalJson.MAX_RESULT_NUMBER_LENGTH)", e.problem());
    }
}
