package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/**
 * The formats follow "read as printed, invent nothing": a printed error is read and reported, a total
 * the rule set does not allow is absent with its reason, and a cell that cannot be read has its own marker.
 */
class InventNothingJsonTest {
    private static final Evaluator DEPARTMENT = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private final PerfevalJson json = PerfevalJson.create();

    private static List<String> locations(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).map(Finding::location).collect(Collectors.toList());
    }

    @Test
    void aRowPrintedWithAScoreAboveItsPointsIsReadAndReportedOnThatRow() {
        // 分值 10, 得分 96: the form's total written into the wrong row.
        Evaluation report = json.readEvaluation(Resources.text("samples/score-above-points.evaluation.json"));
        Indicator row = (Indicator) report.nodesByPath().get(IndicatorPath.parse("产出指标/数量指标/办件量"));
        assertEquals(Optional.of(new BigDecimal("96")), row.reportedScore());

        for (List<Finding> findings : List.of(Audit.of(Profiles.departmentOverall()).audit(report),
                DEPARTMENT.evaluate(report).findings())) {
            Finding onRow = findings.stream().filter(f -> f.code() == FindingCode.SCORE_EXCEEDS_POINTS
                && f.location().equals("产出指标/数量指标/办件量")).findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
            assertEquals(new BigDecimal("96"), onRow.figures().get("reportedScore"));
            assertEquals(0, onRow.figures().get("points").compareTo(BigDecimal.TEN));
        }
        assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.EVALUATION,
            Resources.text("samples/score-above-points.evaluation.json"))));
    }

    @Test
    void aReportWithoutAnIndicatorTableHasNoComputedTotalOrGradeInTheJson() {
        for (Evaluation report : List.of(SeedReports.guancheng2022(), SeedReports.potou2022())) {
            EvaluationResult result = DEPARTMENT.evaluate(report);
            assertEquals(Optional.empty(), result.total());
            assertEquals(Optional.empty(), result.grade());
            String reason = result.totalNotComputable().orElseThrow();
            assertTrue(reason.contains("投入管理 (20 points)"), reason);
            assertEquals(List.of("total"), locations(result.findings(), FindingCode.TOTAL_NOT_COMPUTABLE));

            String written = json.write(result);
            JsonNode document = Schemas.tree(written);
            assertNull(document.get("total").get("computed"), written);
            assertEquals(reason, document.get("total").get("reason").asText());
            assertNull(document.get("grade").get("computed"));
            assertNull(document.get("grade").get("lowerBound"));
            assertEquals(reason, document.get("grade").get("reason").asText());
            assertFalse(document.get("totalTrace").has("rounded"), "no total in the trace either");
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RESULT, written)), report.unit());
            assertEquals(result, json.readResult(written));
            assertEquals(written, json.write(json.readResult(written)));
        }
    }

    @Test
    void theResultReaderRefusesATotalThatIsBothComputedAndNotOrNeither() {
        String written = json.write(DEPARTMENT.evaluate(SeedReports.jinshui2021()));
        String both = written.replaceFirst("\"total\":\\{\"computed\":", "\"total\":{\"reason\":\"x\",\"computed\":");
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readResult(both));
        assertEquals("/total", e.pointer());
        assertTrue(e.problem().contains("it has both"), e.problem());
        String gradeWithout = written.replaceFirst("\"grade\":\\{\"computed\":\"优\",", "\"grade\":{");
        JsonInputException g = assertThrows(JsonInputException.class, () -> json.readResult(gradeWithout));
        assertEquals("/grade", g.pointer());
        assertFalse(Schemas.problems(DocumentKind.RESULT, both).isEmpty());
        assertFalse(Schemas.problems(DocumentKind.RESULT, gradeWithout).isEmpty());
    }

    private static final String UNREADABLE = "{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
        + "\"kind\": \"DEPARTMENT_OVERALL\", \"budget\": {\"adjustedBudget\": {\"amount\": 100, \"unit\": \"万元\"}, "
        + "\"expenditure\": {\"amount\": 95, \"unit\": \"万元\"}}, \"indicators\": ["
        + "{\"name\": \"预算执行\", \"children\": [{\"name\": \"预算执行率\", \"target\": \"≥90%\", \"actual\": \"95%\"}]},"
        + "{\"name\": \"投入管理\", \"children\": [{\"name\": \"制度\", \"target\": \"健全\", \"actual\": \"达成\"}]},"
        + "{\"name\": \"产出指标\", \"children\": [{\"name\": \"办件量\", \"target\": \"≥100\", \"unit\": \"件\", \"actual\": ACTUAL},"
        + "  {\"name\": \"培训次数\", \"target\": \"≥4\", \"unit\": \"次\", \"actual\": \"4\"}]},"
        + "{\"name\": \"效益指标\", \"children\": [{\"name\": \"满意度\", \"target\": \"≥90%\", \"actual\": \"95%\"}]}]}";

    @Test
    void anIllegibleOrCutOffCellHasItsOwnMarkerAndMakesWhatDependsOnItNotComputable() {
        for (String reason : List.of("ILLEGIBLE", "CUT_OFF")) {
            String text = UNREADABLE.replace("ACTUAL", "{\"unreadable\": \"" + reason + "\"}");
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.EVALUATION, text)));
            Evaluation report = json.readEvaluation(text);
            Actual actual = ((Indicator) report.nodesByPath().get(IndicatorPath.parse("产出指标/办件量"))).actual();
            assertEquals(Actual.unreadable(Actual.Unreadable.Reason.valueOf(reason)), actual);
            assertEquals(report, json.readEvaluation(json.write(report)));
            assertTrue(json.write(report).contains("{\"unreadable\":\"" + reason + "\"}"), json.write(report));

            EvaluationResult result = DEPARTMENT.evaluate(report);
            NodeResult cell = result.node("产出指标/办件量").orElseThrow();
            assertTrue(cell.notComputable().orElseThrow().contains(reason.equals("CUT_OFF") ? "cut off" : "illegible"));
            assertEquals(Optional.empty(), cell.score());
            assertEquals(Optional.empty(), result.node("产出指标").orElseThrow().score());
            assertTrue(result.node("产出指标/培训次数").orElseThrow().score().isPresent(), "a readable sibling is scored");
            assertEquals(Optional.empty(), result.total());
            assertEquals(Optional.empty(), result.grade());
            assertEquals(List.of("产出指标/办件量"), locations(result.findings(), FindingCode.ROW_NOT_SCORABLE));
            assertEquals(List.of("total"), locations(result.findings(), FindingCode.TOTAL_NOT_COMPUTABLE));

            String written = json.write(result);
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RESULT, written)));
            JsonNode node = Schemas.tree(written).get("nodes").get(2).get("children").get(0);
            assertEquals("产出指标/办件量", node.get("path").asText());
            assertFalse(node.has("awarded"), node.toString());
            assertFalse(node.has("rate"), node.toString());
            assertEquals(cell.notComputable().get(), node.get("notComputable").asText());
            assertFalse(node.get("trace").has("rounded"), node.toString());
            assertEquals(result, json.readResult(written));
        }
    }

    @Test
    void aBlankCellIsNotAnUnreadableOne() {
        // "" is a blank cell: the rule cannot score it, the rule set's policy gives it 0, and the total stands.
        EvaluationResult result = DEPARTMENT.evaluate(json.readEvaluation(UNREADABLE.replace("ACTUAL", "\"\"")));
        NodeResult cell = result.node("产出指标/办件量").orElseThrow();
        assertEquals(Actual.missing(), ((Indicator) result.evaluation().nodesByPath().get(IndicatorPath.parse("产出指标/办件量"))).actual());
        assertEquals(Optional.empty(), cell.notComputable());
        assertEquals(0, cell.score().orElseThrow().signum());
        assertTrue(result.total().isPresent());
        assertEquals(List.of("产出指标/办件量"), locations(result.findings(), FindingCode.ROW_NOT_SCORABLE));
        assertEquals(List.of("产出指标/办件量"), locations(result.findings(), FindingCode.POINTS_FROM_POLICY));
        JsonNode trace = Schemas.tree(json.write(result)).get("nodes").get(2).get("children").get(0).get("trace");
        assertEquals("UNSCORABLE_ZERO", trace.get("policy").asText());
    }
}
