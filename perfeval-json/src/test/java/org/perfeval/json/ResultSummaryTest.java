package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/** The summary result: its schema, and the full result's figures without its traces, messages and echo. */
class ResultSummaryTest {
    private static final Evaluator DEPARTMENT = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private static final PerfevalJson JSON = PerfevalJson.create();

    /** One row of 产出指标 has a cell that cannot be read: the row, its group and the total are not computable. */
    private static final String UNREADABLE = "{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
        + "\"kind\": \"DEPARTMENT_OVERALL\", \"budget\": {\"adjustedBudget\": {\"amount\": 100, \"unit\": \"万元\"}, "
        + "\"expenditure\": {\"amount\": 95, \"unit\": \"万元\"}}, \"indicators\": ["
        + "{\"name\": \"预算执行\", \"children\": [{\"name\": \"预算执行率\", \"target\": \"≥90%\", \"actual\": \"95%\"}]},"
        + "{\"name\": \"投入管理\", \"children\": [{\"name\": \"制度\", \"target\": \"健全\", \"actual\": \"达成\"}]},"
        + "{\"name\": \"产出指标\", \"reportedScore\": 38, \"children\": [{\"name\": \"办件量\", \"target\": \"≥100\", "
        + "\"unit\": \"件\", \"actual\": {\"unreadable\": \"ILLEGIBLE\"}, \"reportedScore\": 18},"
        + "  {\"name\": \"培训次数\", \"target\": \"≥4\", \"unit\": \"次\", \"actual\": \"4\"}]},"
        + "{\"name\": \"效益指标\", \"children\": [{\"name\": \"满意度\", \"target\": \"≥90%\", \"actual\": \"95%\"}]}],"
        + "\"reportedTotal\": 97, \"reportedGrade\": \"优\"}";

    static Stream<EvaluationResult> seeds() {
        return Stream.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022(),
            JSON.readEvaluation(UNREADABLE)).map(DEPARTMENT::evaluate);
    }

    @Test
    void theSchemaIsAValidSchemaNamedByItsKind() {
        assertEquals(List.of(), List.copyOf(Schemas.metaProblems(DocumentKind.RESULT_SUMMARY)));
        JsonNode schema = Schemas.tree(DocumentKind.RESULT_SUMMARY.schema());
        assertEquals(DocumentKind.RESULT_SUMMARY.schemaId(), schema.get("$id").asText());
        assertEquals("result-summary.schema.json", DocumentKind.RESULT_SUMMARY.schemaFileName());
    }

    /**
     * What the result and evaluation schemas define, the summary's refers to by their {@code $id}: no
     * definition and no enumeration is written twice, and every reference names a schema part that exists.
     */
    @Test
    void theSchemaRefersToTheOtherSchemasInsteadOfCopyingThem() {
        Map<String, JsonNode> schemas = Map.of(
            "evaluation.schema.json", Schemas.tree(DocumentKind.EVALUATION.schema()),
            "result.schema.json", Schemas.tree(DocumentKind.RESULT.schema()),
            "", Schemas.tree(DocumentKind.RESULT_SUMMARY.schema()));
        JsonNode summary = schemas.get("");
        for (String other : List.of("evaluation.schema.json", "result.schema.json")) {
            schemas.get(other).get("$defs").fieldNames().forEachRemaining(name ->
                assertFalse(summary.get("$defs").has(name), name + " is defined in " + other + " and in the summary schema"));
        }
        assertEquals(List.of(), summary.findValues("enum"), "the enumerations are the result and evaluation schemas'");
        assertEquals(List.of(), summary.findValues("const"), "the schema version is the result schema's");
        List<String> refs = new ArrayList<>();
        summary.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        assertTrue(refs.size() > 20, refs.toString());
        for (String ref : refs) {
            int hash = ref.indexOf('#');
            assertTrue(hash >= 0 && schemas.containsKey(ref.substring(0, hash)), ref + " names no shipped schema");
            assertFalse(schemas.get(ref.substring(0, hash)).at(ref.substring(hash + 1)).isMissingNode(), ref + " names nothing");
        }
    }

    /** The references are followed: an enumeration or a shape of the other schemas binds the summary too. */
    @Test
    void theSchemaRefusesWhatASummaryNeverHolds() {
        String valid = JSON.write(DEPARTMENT.evaluate(SeedReports.jinshui2021()), ResultForm.SUMMARY);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT_SUMMARY, valid).toString());
        Map<String, String> broken = Map.of(
            "an unknown finding code", valid.replace("\"code\":\"POINTS_DEDUCTED_UNEXPLAINED\"", "\"code\":\"NO_SUCH_CODE\""),
            "an unknown severity", valid.replace("\"severity\":\"WARNING\"", "\"severity\":\"FATAL\""),
            "an unknown status", valid.replace("\"status\":\"SCORED\"", "\"status\":\"DONE\""),
            "an unknown kind", valid.replace("\"DEPARTMENT_OVERALL\"", "\"REGION\""),
            "a year before 1949", valid.replace("\"year\":2021", "\"year\":1900"),
            "a node both awarded and not computable", valid.replace("\"awarded\":40.00,", "\"awarded\":0,\"notComputable\":\"x\","),
            "a total both computed and not", valid.replace("\"computed\":100.00,", "\"computed\":100.00,\"reason\":\"x\","),
            "a trace", valid.replace("\"status\":\"SCORED\"}", "\"status\":\"SCORED\",\"trace\":{\"rule\":\"positive\"}}"),
            "a message", valid.replace("\"path\":\"产出指标\",\"figures\"", "\"path\":\"产出指标\",\"message\":{\"zh\":\"x\",\"en\":\"x\"},\"figures\""),
            "a line 0", valid.replace("{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.0\",\"line\":0,"));
        broken.forEach((what, document) -> {
            assertFalse(document.equals(valid), what + ": the replacement found nothing");
            assertFalse(Schemas.problems(DocumentKind.RESULT_SUMMARY, document).isEmpty(), what + " passes the schema");
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSummaryIsValidAndHoldsTheFullResultsFigures(EvaluationResult result) {
        String summary = JSON.write(result, ResultForm.SUMMARY);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT_SUMMARY, summary).toString(), summary);
        Summaries.assertSummaryOf(JSON.write(result), summary, 0);
        assertTrue(summary.length() * 2 < JSON.write(result).length(), "a summary is less than half the full result");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSummaryHasNoTraceMessageMetricOrEvaluationEcho(EvaluationResult result) {
        Set<String> fields = new TreeSet<>();
        collectFieldNames(Schemas.tree(JSON.write(result, ResultForm.SUMMARY)), fields);
        for (String left : List.of("trace", "totalTrace", "message", "zh", "en", "metrics", "budget", "indicators",
                "claims", "title", "purpose", "rate", "deviationNote", "children")) {
            assertFalse(fields.contains(left), left + " in the summary: " + fields);
        }
    }

    @Test
    void aTotalAndANodeThatAreNotComputableAreTheirReasonsNeverAZero() {
        EvaluationResult result = DEPARTMENT.evaluate(JSON.readEvaluation(UNREADABLE));
        String reason = result.totalNotComputable().orElseThrow();
        JsonNode summary = Schemas.tree(JSON.write(result, ResultForm.SUMMARY));
        assertEquals(reason, summary.at("/total/reason").asText());
        assertTrue(summary.at("/total/computed").isMissingNode(), summary.get("total").toString());
        assertEquals("97", summary.at("/total/reported").asText());
        assertEquals(reason, summary.at("/grade/reason").asText());
        assertTrue(summary.at("/grade/computed").isMissingNode(), summary.get("grade").toString());
        assertEquals("优", summary.at("/grade/reported").asText());
        for (String path : List.of("产出指标", "产出指标/办件量")) {
            JsonNode node = nodeAt(summary, path);
            assertFalse(node.has("awarded"), node.toString());
            assertEquals(result.node(path).orElseThrow().notComputable().orElseThrow(), node.get("notComputable").asText());
        }
        assertTrue(nodeAt(summary, "产出指标/办件量").get("notComputable").asText().contains("illegible"));
        assertEquals("18", nodeAt(summary, "产出指标/办件量").get("reportedScore").asText());
        assertEquals("SCORED", nodeAt(summary, "产出指标/培训次数").get("status").asText());
        assertTrue(nodeAt(summary, "产出指标/培训次数").has("awarded"), "a readable sibling is scored");
    }

    @Test
    void theJinshuiSummaryReadsAsTheReportsScoreTable() {
        JsonNode summary = Schemas.tree(JSON.write(DEPARTMENT.evaluate(SeedReports.jinshui2021()), ResultForm.SUMMARY));
        assertEquals("郑州市金水区政务服务中心", summary.at("/evaluation/unit").asText());
        assertEquals(2021, summary.at("/evaluation/year").asInt());
        assertEquals("DEPARTMENT_OVERALL", summary.at("/evaluation/kind").asText());
        assertEquals("410105", summary.at("/evaluation/division/code").asText());
        assertEquals("{\"id\":\"cn-jinshui-department-2021\",\"version\":\"1\"}", summary.get("ruleSet").toString());
        assertEquals("{\"computed\":100.00,\"reported\":98.15}", summary.get("total").toString());
        assertEquals("{\"computed\":\"优\",\"lowerBound\":90,\"upperBound\":100,\"reported\":\"优\"}", summary.get("grade").toString());
        assertEquals("{\"path\":\"产出指标\",\"points\":40,\"awarded\":40.00,\"reportedScore\":39.35,\"status\":\"SCORED\"}",
            nodeAt(summary, "产出指标").toString());
        assertEquals(45, summary.get("nodes").size());
        assertEquals("{\"code\":\"POINTS_DEDUCTED_UNEXPLAINED\",\"severity\":\"WARNING\",\"path\":\"产出指标\","
            + "\"figures\":{\"reportedScore\":39.35,\"awarded\":40.00,\"points\":40}}", summary.at("/findings/0").toString());
    }

    @Test
    void theGuanchengSummaryListsItsProjectsAsPrinted() {
        EvaluationResult result = DEPARTMENT.evaluate(SeedReports.guancheng2022());
        JsonNode summary = Schemas.tree(JSON.write(result, ResultForm.SUMMARY));
        assertEquals(23, summary.at("/evaluation/projects").size());
        JsonNode full = Schemas.tree(JSON.write(result)).at("/evaluation/projects/6");
        JsonNode project = summary.at("/evaluation/projects/6");
        assertEquals(full.get("name"), project.get("name"));
        assertEquals(full.get("approved").toString(), project.get("approved").toString());
        assertEquals(full.get("executed").toString(), project.get("executed").toString());
        assertTrue(summary.at("/total/computed").isMissingNode(), "no indicator table, no total");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFullFormIsTheResultDocumentByteForByte(EvaluationResult result) throws IOException {
        for (PerfevalJson json : new PerfevalJson[] {JSON, JSON.withPrettyPrinting()}) {
            assertEquals(json.write(result), json.write(result, ResultForm.FULL));
            ByteArrayOutputStream full = new ByteArrayOutputStream();
            json.write(result, ResultForm.FULL, full);
            assertArrayEquals(json.write(result).getBytes(StandardCharsets.UTF_8), full.toByteArray());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSummaryWrittenToAStreamIsItsTextInUtf8AndPrettyIsCompactIndented(EvaluationResult result) throws IOException {
        String compact = JSON.write(result, ResultForm.SUMMARY);
        String pretty = JSON.withPrettyPrinting().write(result, ResultForm.SUMMARY);
        for (PerfevalJson json : new PerfevalJson[] {JSON, JSON.withPrettyPrinting()}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.write(result, ResultForm.SUMMARY, out);
            assertArrayEquals(json.write(result, ResultForm.SUMMARY).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
        assertFalse(compact.contains("\n"));
        assertTrue(pretty.startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"evaluation\": {\n    \"unit\": "), pretty);
        assertTrue(pretty.endsWith("}\n"));
        assertEquals(Schemas.tree(compact), Schemas.tree(pretty));
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsItsEscapeInTextAndBytes() throws IOException {
        Evaluation report = Evaluation.builder().unit("单位\uD800").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL).build();
        EvaluationResult result = DEPARTMENT.evaluate(report);
        String text = JSON.write(result, ResultForm.SUMMARY);
        assertTrue(text.contains("\"unit\":\"单位\\ud800\""), text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(result, ResultForm.SUMMARY, out);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void nullsAreRefusedByName() {
        EvaluationResult result = DEPARTMENT.evaluate(SeedReports.potou2022());
        assertEquals("form", assertThrows(NullPointerException.class, () -> JSON.write(result, (ResultForm) null)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class, () -> JSON.write(null, ResultForm.SUMMARY)).getMessage());
        assertEquals("out", assertThrows(NullPointerException.class,
            () -> JSON.write(result, ResultForm.SUMMARY, null)).getMessage());
    }

    private static JsonNode nodeAt(JsonNode summary, String path) {
        for (JsonNode node : summary.get("nodes")) {
            if (node.get("path").asText().equals(path)) {
                return node;
            }
        }
        throw new AssertionError("no node " + path + " in " + summary.get("nodes"));
    }

    private static void collectFieldNames(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                into.add(field.getKey());
                collectFieldNames(field.getValue(), into);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectFieldNames(element, into));
        }
    }
}
