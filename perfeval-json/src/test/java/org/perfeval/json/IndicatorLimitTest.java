package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * {@link PerfevalJson#MAX_INDICATORS}: an evaluation with as many indicators as the limit is read, and
 * the result of scoring it reads back; one more is refused with the count and the limit.
 */
class IndicatorLimitTest {
    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"unit\":\"测试单位\",\"year\":2021,\"kind\":\"DEPARTMENT_OVERALL\"";
    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void anEvaluationWithAsManyIndicatorsAsTheLimitIsReadAndItsResultReadsBack() {
        Evaluation evaluation = json.readEvaluation(document(PerfevalJson.MAX_INDICATORS));
        int projectNodes = evaluation.projects().stream().mapToInt(p -> p.indicators().size()).sum();
        assertEquals(PerfevalJson.MAX_INDICATORS, evaluation.nodesByPath().size() + projectNodes);
        EvaluationResult result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(evaluation);
        String text = json.write(result);
        assertEquals(result, json.readResult(text));
    }

    @Test
    void oneMoreIsRefusedWithTheCountAndTheLimit() {
        JsonInputException e = assertThrows(JsonInputException.class,
            () -> json.readEvaluation(document(PerfevalJson.MAX_INDICATORS + 1)));
        assertEquals("", e.pointer());
        assertEquals("the evaluation has 1001 indicators (groups and leaves, the projects' included), more than the limit "
            + "of 1000 (PerfevalJson.MAX_INDICATORS)", e.problem());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void theIndicatorsOfProjectsCountToo() {
        String oneTooMany = document(PerfevalJson.MAX_INDICATORS).replace("\"indicators\":[{\"name\":\"项目指标\",",
            "\"indicators\":[{\"name\":\"多一个\",\"actual\":\"1\"},{\"name\":\"项目指标\",");
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readEvaluation(oneTooMany));
        assertTrue(e.problem().startsWith("the evaluation has 1001 indicators"), e.getMessage());
    }

    @Test
    void theLimitHoldsForTheEvaluationInsideAResult() {
        // A result carries its evaluation, which is read as an evaluation document, limits included.
        EvaluationResult small = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns())
            .evaluate(json.readEvaluation(document(10)));
        String tooLarge = json.write(small).replace(json.write(small.evaluation()), document(PerfevalJson.MAX_INDICATORS + 1));
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readResult(tooLarge));
        assertEquals("/evaluation", e.pointer());
        assertTrue(e.problem().startsWith("the evaluation has 1001 indicators"), e.getMessage());
    }

    /**
     * @return an evaluation with {@code count} indicators (at least 9): a project with one, four categories,
     *     and leaves spread over the categories
     */
    private static String document(int count) {
        String[] categories = {"预算执行", "投入管理", "产出指标", "效益指标"};
        StringBuilder text = new StringBuilder(HEAD).append(",\"projects\":[{\"name\":\"项目\",")
            .append("\"approved\":{\"amount\":10,\"unit\":\"万元\"},\"executed\":{\"amount\":9,\"unit\":\"万元\"},")
            .append("\"indicators\":[{\"name\":\"项目指标\",\"target\":\"≥90%\",\"actual\":\"95%\"}]}],\"indicators\":[");
        int leaves = count - 1 - categories.length;
        for (int c = 0; c < categories.length; c++) {
            int here = leaves / categories.length + (c < leaves % categories.length ? 1 : 0);
            text.append(c == 0 ? "" : ",").append("{\"name\":\"").append(categories[c]).append("\",\"children\":[");
            for (int i = 0; i < here; i++) {
                text.append(i == 0 ? "" : ",").append("{\"name\":\"指标").append(i)
                    .append("\",\"target\":\"≥90%\",\"actual\":\"").append(80 + i % 20).append("%\"}");
            }
            text.append("]}");
        }
        return text.append("]}").toString();
    }
}
