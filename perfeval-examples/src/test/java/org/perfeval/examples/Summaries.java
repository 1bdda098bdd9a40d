package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary result read against the full result document of the same result, both as plain JSON
 * trees that keep every digit: what the summary holds is picked out of the full document by field
 * name, so a figure the summary writer got wrong, dropped or added shows as a difference in text.
 * (perfeval-json's tests hold the same check for the library's own fixtures; its test classes are not
 * shipped to this module.)
 */
public final class Summaries {
    /** Trees that keep every digit: exact decimals, trailing zeros kept. */
    private static final ObjectMapper TREES = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

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
    public static void assertSummaryOf(String full, String summary, long line) {
        assertEquals(expected(tree(full), line).toString(), tree(summary).toString());
    }

    /** @return the summary the full result document holds, picked out field by field */
    private static ObjectNode expected(JsonNode full, long line) {
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
    private static List<JsonNode> flatten(JsonNode tree) {
        List<JsonNode> out = new ArrayList<>();
        tree.forEach(node -> {
            out.add(node);
            if (node.has("children")) {
                out.addAll(flatten(node.get("children")));
            }
        });
        return out;
    }

    /** @return the document as a tree that keeps every digit */
    public static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
