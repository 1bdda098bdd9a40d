package org.perfeval.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/**
 * The smallest documents of each kind of failure the fuzz suite found, each kept as it was reduced:
 * before its fix the library threw another exception, wrote what it could not read back, or ran out
 * of a 256 MB heap on it. Runs in the fuzz suite's small heap.
 */
class FuzzRegressionTest {
    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"unit\":\"u\",\"year\":2021,\"kind\":\"DEPARTMENT_OVERALL\"";
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final Evaluator DEPARTMENT = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());

    // An escaped surrogate without its pair was read into the model, and writing it to a stream made it "?":
    // the document written was not the one read.

    @Test
    void anEscapedSurrogateWithoutItsPairIsRefusedWhereItStands() {
        String document = HEAD + ",\"indicators\":[{\"name\":\"工作目标\\udfff管理\",\"actual\":\"\"}]}";
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readEvaluation(document));
        assertEquals("/indicators/0/name", e.pointer());
        assertTrue(e.problem().startsWith("the string holds an unpaired surrogate U+DFFF at character 5: expected Unicode text"),
            e.getMessage());
        assertEquals(e.getMessage(), refusedAsBytes(document).getMessage());
    }

    @Test
    void aReversedPairIsRefusedToo() {
        String document = JSON.write(Profiles.departmentOverall()).replace("\"id\":\"cn-jinshui-department-2021\"",
            "\"id\":\"\\udc00\\ud800\"");
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readRuleSet(document));
        assertEquals("/id", e.pointer());
        assertTrue(e.problem().contains("unpaired surrogate U+DC00 at character 1"), e.getMessage());
    }

    @Test
    void aParameterNamedWithALoneSurrogateIsRefused() {
        String document = JSON.write(Profiles.departmentOverall()).replace("{\"name\":\"positive\"}",
            "{\"name\":\"positive\",\"numbers\":{\"\\ud800\":1}}");
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readRuleSet(document));
        assertTrue(e.pointer().startsWith("/bindings/1/rule/numbers"), e.getMessage());
        assertTrue(e.problem().contains("surrogate"), e.getMessage());
        assertTrue(Fuzzing.wellFormed(e.getMessage()), e.getMessage());
    }

    @Test
    void aModelBuiltInCodeWithALoneSurrogateIsWrittenEscapedNeverAsAQuestionMark() throws IOException {
        Evaluation evaluation = Evaluation.builder().unit("单位\uD800").year(2021).kind(EvaluationKind.PROJECT).build();
        String text = JSON.write(evaluation);
        assertTrue(text.contains("\"unit\":\"单位\\ud800\""), text);
        assertTrue(Fuzzing.wellFormed(text), text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(evaluation, bytes);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readEvaluation(text));
        assertEquals("/unit", e.pointer());
    }

    // A refusal quoted the bad string as it was, surrogate and all: a message no UTF-8 log can hold.

    @Test
    void aRefusalThatQuotesALoneSurrogateEscapesIt() {
        JsonInputException e = assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(HEAD.replace("\"DEPARTMENT_OVERALL\"", "\"\\ud800\"") + "}"));
        assertEquals("/kind", e.pointer());
        assertTrue(e.problem().endsWith("but found the string \"\\ud800\""), e.getMessage());
        assertTrue(Fuzzing.wellFormed(e.getMessage()), e.getMessage());
    }

    @Test
    void aValueCutShortInAMessageKeepsItsLastCharacterWhole() {
        String kind = "a".repeat(59) + "😀" + "b";
        JsonInputException e = assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(HEAD.replace("DEPARTMENT_OVERALL", kind) + "}"));
        assertTrue(e.problem().endsWith("\"" + "a".repeat(59) + "… (62 characters)\""), e.getMessage());
        assertTrue(Fuzzing.wellFormed(e.getMessage()), e.getMessage());
    }

    // A category named with an ideographic space after it was read and linted clean; making the engine then
    // threw IllegalArgumentException, which is no PerfevalException.

    @Test
    void aCategoryNoIndicatorCanBeNamedAfterIsALintProblem() {
        String document = JSON.write(Profiles.departmentOverall()).replace("{\"name\":\"预算执行\",", "{\"name\":\"预算执行\u3000\",");
        RuleSet ruleSet = JSON.readRuleSet(document);
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
            () -> Evaluator.of(ruleSet, RuleRegistry.builtIns()));
        assertEquals(List.of(LintProblem.Code.BAD_CATEGORY_NAME), e.problems().stream().map(LintProblem::code).toList());
        assertEquals("categories[0]", e.problems().get(0).where());
    }

    // The audit's tolerance for a figure printed with 12 places has 13; the result reader allowed 12 and refused
    // the result the library had just written.

    @Test
    void aToleranceOfThirteenPlacesReadsBack() {
        String document = HEAD + ",\"budget\":{\"income\":{\"amount\":229.63,\"unit\":\"万元\"},\"incomeBySource\":"
            + "[{\"source\":\"财政拨款收入\",\"amount\":0.000000000000,\"unit\":\"万元\"}]}}";
        EvaluationResult result = DEPARTMENT.evaluate(JSON.readEvaluation(document));
        assertTrue(result.findings().stream().flatMap(f -> f.figures().values().stream()).anyMatch(v -> v.scale() > 12),
            result.findings().toString());
        assertReadsBack(result);
    }

    // Sums, differences and ratios of decimals within the model's bounds have more digits than the bounds;
    // the result reader held them to the bounds of a report's own figures.

    @Test
    void aRatioOfThirtyFiveDigitsReadsBack() {
        String document = HEAD + ",\"budget\":{\"yearStartBudget\":{\"amount\":0.13,\"unit\":\"万元\"},"
            + "\"adjustedBudget\":{\"amount\":91.75,\"unit\":\"万元\"},"
            + "\"expenditure\":{\"amount\":9999999999999999999999.999999999999,\"unit\":\"万元\"}}}";
        EvaluationResult result = DEPARTMENT.evaluate(JSON.readEvaluation(document));
        assertTrue(result.metrics().stream().flatMap(m -> m.ratio().stream()).anyMatch(r -> r.precision() > 34));
        assertReadsBack(result);
    }

    @Test
    void aSumOfPointsOfThirtySixDigitsReadsBack() {
        String document = HEAD + ",\"indicators\":[{\"name\":\"管理指标\",\"children\":["
            + "{\"name\":\"a\",\"points\":1" + "0".repeat(33) + ",\"actual\":\"1\"},{\"name\":\"b\",\"points\":0.16,\"actual\":\"1\"}]}]}";
        EvaluationResult result = DEPARTMENT.evaluate(JSON.readEvaluation(document));
        assertEquals(new BigDecimal("1" + "0".repeat(33) + ".16"), result.node("管理指标").orElseThrow().childPointsSum().orElseThrow());
        assertReadsBack(result);
    }

    @Test
    void theWidestValuesTheEngineComputesReadBack() {
        // The largest amount the model takes (34 nines of 万元) over the smallest (10^-12 元), the largest points
        // (34 nines, 10^12 further) beside the smallest: ratios of more than 10^50, sums of more than 60 digits.
        String widest = "9".repeat(34) + "E+12";
        String amount = "{\"amount\":" + "9".repeat(34) + ",\"unit\":\"万元\"}";
        String least = "{\"amount\":0.000000000001,\"unit\":\"元\"}";
        String document = HEAD + ",\"budget\":{\"yearStartBudget\":" + least + ",\"adjustedBudget\":" + least
            + ",\"expenditure\":" + amount + ",\"income\":" + amount + "},\"projects\":["
            + "{\"name\":\"p1\",\"approved\":" + least + ",\"executed\":" + amount + ",\"status\":\"COMPLETED\"},"
            + "{\"name\":\"p2\",\"approved\":" + least + ",\"executed\":" + amount + ",\"status\":\"COMPLETED\"}],"
            + "\"indicators\":[{\"name\":\"产出指标\",\"children\":[{\"name\":\"a\",\"points\":" + widest
            + ",\"target\":\"≥0.000000000001\",\"actual\":\"0.000000000001\"},{\"name\":\"b\",\"points\":0.000000000001,"
            + "\"target\":\"≥90%\",\"actual\":\"0.000000000001%\"}]}],"
            + "\"claims\":[{\"metric\":\"COMPLETED_PROJECTS_EXECUTION_RATE\",\"percent\":100,\"quote\":\"q\"}]}";
        for (RuleSet ruleSet : List.of(Profiles.departmentOverall(), Profiles.ministryProject())) {
            EvaluationResult result = Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(JSON.readEvaluation(document));
            assertTrue(Stream.concat(result.metrics().stream().flatMap(m -> m.ratio().stream()),
                    result.nodes().stream().map(NodeResult::childPointsSum).flatMap(java.util.Optional::stream))
                .anyMatch(v -> v.precision() > 60), "the case reaches beyond 60 digits");
            assertReadsBack(result);
        }
    }

    // A name of 30,000 characters above 2,000 leaves: every leaf's path repeats it, and a 180 KB document
    // made the engine run out of a 256 MB heap.

    @Test
    void aNameLongerThanAnIndicatorsIsRefusedBeforeItsPathsFillTheHeap() {
        StringBuilder document = new StringBuilder(HEAD).append(",\"indicators\":[{\"name\":\"")
            .append("政".repeat(30_000)).append("\",\"children\":[");
        for (int i = 0; i < 2_000; i++) {
            document.append(i == 0 ? "" : ",").append("{\"name\":\"l").append(i).append("\",\"target\":\"≥90%\",\"actual\":\"80%\"}");
        }
        document.append("]}]}");
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readEvaluation(document.toString()));
        assertEquals("/indicators/0", e.pointer());
        assertTrue(e.problem().startsWith("indicator name must be at most 200 characters but has 30000"), e.getMessage());
    }

    // Ten claims of 10,000 characters over 1,000 completed projects that executed nothing: the audit held every
    // project to every claim and quoted the claim each time, and a 210 KB document ran the heap out.

    @Test
    void aQuoteLongerThanASentenceIsRefused() {
        String document = HEAD + ",\"claims\":[{\"metric\":\"EXECUTION_RATE\",\"percent\":100,\"quote\":\""
            + "q".repeat(10_000) + "\"}]}";
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readEvaluation(document));
        assertEquals("/claims/0", e.pointer());
        assertTrue(e.problem().startsWith("claim quote must be at most 500 characters but has 10000"), e.getMessage());
    }

    @Test
    void eachProjectIsHeldToTheCompletedProjectsClaimsOnce() {
        EvaluationResult result = DEPARTMENT.evaluate(JSON.readEvaluation(claimsOverProjects(10, 1_000, 490)));
        long projectFindings = result.findings().stream().filter(f -> f.location().startsWith("projects[")).count();
        assertEquals(1_000, projectFindings, "one finding for each project that executed nothing, not one per claim");
        assertTrue(result.findings().stream().map(Finding::messageEn).allMatch(m -> m.length() < 1_000));
        assertReadsBack(result);
    }

    // 12,000 claims over 4,500 projects: each claim summed every project again, 54 million additions
    // (3.3 s). The budget is for that work, not for compiling the reader and the audit: in a JVM that
    // has not yet run a document this size, the linear audit alone takes 0.9-1.2 s of processor time
    // before the JIT has compiled it, and 0.3-0.5 s after. The case is run once unmeasured first.

    @Test
    void manyClaimsOverManyProjectsAreCheckedInLinearTime() {
        String large = claimsOverProjects(12_000, 4_500, 1);
        Fuzzing.evaluation(large.getBytes(StandardCharsets.UTF_8), DEPARTMENT);
        assertEquals(Fuzzing.SCORED, Fuzzing.withinASecond(
            () -> Fuzzing.evaluation(large.getBytes(StandardCharsets.UTF_8), DEPARTMENT)));
    }

    private static String claimsOverProjects(int claims, int projects, int quoteLength) {
        StringBuilder document = new StringBuilder(HEAD).append(",\"projects\":[");
        for (int i = 0; i < projects; i++) {
            document.append(i == 0 ? "" : ",").append("{\"name\":\"p").append(i).append("\",\"approved\":{\"amount\":1,")
                .append("\"unit\":\"万元\"},\"executed\":{\"amount\":0,\"unit\":\"万元\"},\"status\":\"COMPLETED\"}");
        }
        document.append("],\"claims\":[");
        for (int i = 0; i < claims; i++) {
            document.append(i == 0 ? "" : ",").append("{\"metric\":\"COMPLETED_PROJECTS_EXECUTION_RATE\",\"percent\":100,")
                .append("\"quote\":\"").append("q".repeat(quoteLength)).append(i).append("\"}");
        }
        return document.append("]}").toString();
    }

    private static JsonInputException refusedAsBytes(String document) {
        return assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertReadsBack(EvaluationResult result) {
        String text = JSON.write(result);
        EvaluationResult back = JSON.readResult(text);
        assertEquals(result, back);
        assertEquals(text, JSON.write(back));
    }
}
