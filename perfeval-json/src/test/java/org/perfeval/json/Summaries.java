package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary result read against the full result document of the same result, both as plain JSON
 * trees that keep every digit: what the summary holds is picked out of the full document by field
 * name, so a figure the summary writer got wrong, dropped or added shows as a difference in text.
 */
final class Summaries {
    private static final List<String> TOP = List.of("schemaVersion", "line", "evaluation", "ruleSet", "total", "grade",
        "nodes", "findings");
    private static final List<String> IDENTITY = List.of("unit", "year", "kind", "division");
    private static final List<String> PROJECT = List.of("number", "name", "approved", "executed", "status");
    private static final List<String> NODE = List.of("path", "points", "awarded", "notComputable", "reportedScore", "status");
    private static final List<String> FINDING = List.of("code", "severity", "path", "figures");

    private Summaries() {}

    /**
     * Asserts that {@code summary} is the summary of the full result document {@code full}.
     *
     * @param line the {@code "line"} the summary must carry, or 0 for none
     */
    static void assertSummaryOf(String full, String summary, long line) {
        assertEquals(expected(Schemas.tree(full), line).toString(), Schemas.tree(summary).toString());
    }

    /** @return the summary the full result document holds, picked out field by field */
    static ObjectNode expected(JsonNode full, long line) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        for (String field : TOP) {
            switch (field) {
                case "line":
                    if (line > 0) {
                        summary.put("line", line);
                    }
                    break;
                case "evaluation":
                    ObjectNode identity = pick(full.get("evaluation"), IDENTITY);
                    if (full.get("evaluation").has("projects")) {
                        ArrayNode projects = identity.putArray("projects");
                        full.get("evaluation").get("projects").forEach(p -> projects.add(pick(p, PROJECT)));
                    }
                    summary.set("evaluation", identity);
                    break;
                case "nodes":
                    ArrayNode nodes = summary.putArray("nodes");
                    flatten(full.get("nodes")).forEach(n -> nodes.add(pick(n, NODE)));
                    break;
                case "findings":
                    if (full.has("findings")) {
                        ArrayNode findings = summary.putArray("findings");
                        full.get("findings").forEach(f -> findings.add(pick(f, FINDING)));
                    }
                    break;
                default:
                    summary.set(field, full.get(field));
            }
        }
        return summary;
    }

    /** @return the nodes of a written tree, depth-first, each group before its children */
    static List<JsonNode> flatten(JsonNode tree) {
        List<JsonNode> out = new ArrayList<>();
        tree.forEach(node -> {
            out.add(node);
            if (node.has("children")) {
                out.addAll(flatten(node.get("children")));
            }
        });
        return out;
    }

    private static ObjectNode pick(JsonNode from, List<String> fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            if (from.has(field)) {
                out.set(field, from.get(field));
            }
        }
        return out;
    }
}
