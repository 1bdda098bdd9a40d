package org.perfeval.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;

/** Helpers for result documents, read as plain JSON trees by the test's own mapper. */
final class Results {
    private Results() {}

    /** @return the paths of a written node tree, depth-first, parents before children */
    static List<String> paths(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.get("nodes").forEach(node -> collect(node, paths));
        return paths;
    }

    private static void collect(JsonNode node, List<String> paths) {
        paths.add(node.get("path").asText());
        if (node.has("children")) {
            node.get("children").forEach(child -> collect(child, paths));
        }
    }

    /** @return the result with the findings given in place of its own */
    static EvaluationResult withFindings(EvaluationResult result, Finding... findings) {
        return EvaluationResult.of(result.scores(), List.of(findings));
    }
}
