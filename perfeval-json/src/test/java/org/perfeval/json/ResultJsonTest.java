package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Metric;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

class ResultJsonTest {
    private static final EvaluationResult JINSHUI =
        Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(SeedReports.jinshui2021());

    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void totalsAndGradesStandSideBySide() {
        JsonNode document = Schemas.tree(json.write(JINSHUI));
        assertEquals(JINSHUI.total().orElseThrow(), document.get("total").get("computed").decimalValue());
        // The report prints 98.15 and 优.
        assertEquals(new BigDecimal("98.15"), document.get("total").get("reported").decimalValue());
        assertEquals("优", document.get("grade").get("reported").asText());
        assertEquals(JINSHUI.grade().orElseThrow().label(), document.get("grade").get("computed").asText());
        assertEquals("cn-jinshui-department-2021", document.get("ruleSet").get("id").asText());
        assertTrue(json.write(JINSHUI).contains("\"computed\":" + JINSHUI.total().orElseThrow().toPlainString() + ","));
    }

    @Test
    void theNodeTreeHoldsEveryResultInReportOrder() {
        JsonNode document = Schemas.tree(json.write(JINSHUI));
        assertEquals(JINSHUI.nodes().stream().map(n -> n.path().toString()).toList(), Results.paths(document));
        // The four categories of the score table at the top, each with its own children.
        assertEquals(List.of("预算执行", "投入管理", "产出指标", "效益指标"),
            List.of(0, 1, 2, 3).stream().map(i -> document.get("nodes").get(i).get("name").asText()).toList());
        JsonNode outputs = document.get("nodes").get(2);
        NodeResult computed = JINSHUI.node("产出指标").orElseThrow();
        assertEquals(computed.awarded(), outputs.get("awarded").decimalValue());
        assertEquals(new BigDecimal("39.35"), outputs.get("reportedScore").decimalValue());
        assertEquals(new BigDecimal("98.375"), outputs.get("reportedRate").decimalValue());
        assertEquals(computed.trace().ruleId(), outputs.get("trace").get("rule").asText());
        assertFalse(document.get("nodes").get(0).has("children"), "预算执行 is a leaf");
    }

    @Test
    void everyBudgetMetricIsThere() {
        JsonNode metrics = Schemas.tree(json.write(JINSHUI)).get("metrics");
        assertEquals(Metric.values().length, metrics.size());
        JsonNode adjustment = metrics.get(Metric.ADJUSTMENT_RATE.ordinal());
        assertEquals("ADJUSTMENT_RATE", adjustment.get("metric").asText());
        assertEquals("预算调整率", adjustment.get("name").asText());
        // (918.886283 − 1342.46) / 1342.46 = −31.55%, as the report prints it.
        assertEquals(new BigDecimal("-31.55"), adjustment.get("percent").decimalValue());
        assertEquals(JINSHUI.evaluation().budget().orElseThrow().adjustmentRate().ratio().orElseThrow(),
            adjustment.get("ratio").decimalValue());
        JsonNode carryOver = metrics.get(Metric.CARRY_OVER_RATE.ordinal());
        assertFalse(carryOver.get("computable").asBoolean());
        assertFalse(carryOver.has("ratio"));
    }

    @Test
    void findingsCarryCodeSeverityPathMessagesAndFigures() {
        Finding finding = Finding.builder().code(FindingCode.POINTS_DO_NOT_ADD_UP).severity(Finding.Severity.ERROR)
            .location("产出指标").messageZh("子指标分值之和 9 不等于 10").messageEn("the children's points add up to 9, not 10")
            .putFigures("points", new BigDecimal("10")).putFigures("childPointsSum", new BigDecimal("9.00")).build();
        JsonNode written = Schemas.tree(json.write(Results.withFindings(JINSHUI, finding))).get("findings").get(0);
        assertEquals("POINTS_DO_NOT_ADD_UP", written.get("code").asText());
        assertEquals("ERROR", written.get("severity").asText());
        assertEquals("产出指标", written.get("path").asText());
        assertEquals("子指标分值之和 9 不等于 10", written.get("message").get("zh").asText());
        assertEquals("the children's points add up to 9, not 10", written.get("message").get("en").asText());
        assertEquals(List.of("points", "childPointsSum"), names(written.get("figures").fieldNames()));
        assertEquals(new BigDecimal("9.00"), written.get("figures").get("childPointsSum").decimalValue());
    }

    @Test
    void aResultReadsBackEqualAndWritesBackTheSameText() {
        EvaluationResult audited = Results.withFindings(JINSHUI,
            Audit.of(Profiles.departmentOverall()).audit(JINSHUI.scores()).toArray(new Finding[0]));
        String text = json.withPrettyPrinting().write(audited);
        assertEquals(audited, json.readResult(text));
        assertEquals(text, json.withPrettyPrinting().write(json.readResult(text)));
    }

    @Test
    void writtenMetricsMustBeTheEvaluations() {
        // The report prints −31.55%; a document that says −30 is refused, not believed.
        String text = json.write(JINSHUI).replace("\"percent\":-31.55,", "\"percent\":-30.00,");
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readResult(text));
        assertEquals("/metrics/" + Metric.ADJUSTMENT_RATE.ordinal(), e.pointer());
        assertTrue(e.problem().contains("metrics are computed from the evaluation, not read"), e.getMessage());
    }

    @Test
    void aNodeMustStandWhereItsPathSays() {
        String text = json.write(JINSHUI).replace("\"path\":\"产出指标/履职目标实现/标兵奖\"", "\"path\":\"产出指标/标兵奖\"");
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readResult(text));
        assertEquals("/nodes/2/children/1/children/1", e.pointer());
        assertTrue(e.problem().contains("expected \"产出指标/履职目标实现/标兵奖\""), e.getMessage());
    }

    @Test
    void theEvaluationInsideReadsBackAsTheEvaluationScored() {
        JsonNode evaluation = Schemas.tree(json.write(JINSHUI)).get("evaluation");
        assertEquals(SeedReports.jinshui2021(), json.readEvaluation(evaluation.toString()));
    }

    @Test
    void outputIsDeterministic() {
        EvaluationResult again = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns())
            .evaluate(SeedReports.jinshui2021());
        assertEquals(json.withPrettyPrinting().write(JINSHUI), json.withPrettyPrinting().write(again));
    }

    @Test
    void theResultIsValidAgainstItsSchema() {
        assertEquals(List.of(), List.copyOf(Schemas.metaProblems(DocumentKind.RESULT)));
        assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RESULT, json.write(JINSHUI))));
        Finding finding = Finding.builder().code(FindingCode.REPORTED_TOTAL_MISMATCH).severity(Finding.Severity.WARNING)
            .location("").messageZh("自评得分与计算得分不符").messageEn("reported total differs").build();
        assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RESULT, json.write(Results.withFindings(JINSHUI, finding)))));
    }

    @Test
    void theResultSchemaRefersToTheEvaluationSchemaInsteadOfCopyingIt() {
        JsonNode evaluation = Schemas.tree(DocumentKind.EVALUATION.schema());
        JsonNode result = Schemas.tree(DocumentKind.RESULT.schema());
        assertEquals("evaluation.schema.json", result.get("$defs").get("evaluation").get("$ref").asText());
        evaluation.get("$defs").fieldNames().forEachRemaining(name ->
            assertFalse(result.get("$defs").has(name), name + " is defined in both schemas"));
        List<String> refs = new ArrayList<>();
        result.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        for (String ref : refs) {
            String prefix = "evaluation.schema.json#/$defs/";
            if (ref.startsWith(prefix)) {
                assertTrue(evaluation.get("$defs").has(ref.substring(prefix.length())), ref + " names no definition");
            } else if (ref.startsWith("#/$defs/")) {
                assertTrue(result.get("$defs").has(ref.substring("#/$defs/".length())), ref + " names no definition");
            }
        }
    }

    @Test
    void theResultSchemasEnumerationsAreTheEnginesConstants() {
        JsonNode defs = Schemas.tree(DocumentKind.RESULT.schema()).get("$defs");
        assertEquals(names(FindingCode.values()), strings(defs.get("finding").get("properties").get("code").get("enum")));
        assertEquals(names(Finding.Severity.values()), strings(defs.get("finding").get("properties").get("severity").get("enum")));
        JsonNode node = defs.get("nodeResult").get("properties");
        assertEquals(names(PointsSource.values()), strings(node.get("pointsSource").get("enum")));
        assertEquals(names(RuleOutcome.Status.values()), strings(node.get("status").get("enum")));
        assertEquals(names(TargetStatus.values()), strings(node.get("targetStatus").get("enum")));
        assertEquals(names(NodeResult.DeviationReason.values()),
            strings(node.get("deviationReasons").get("items").get("enum")));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Iterator<String> iterator) {
        List<String> values = new ArrayList<>();
        iterator.forEachRemaining(values::add);
        return values;
    }
}
