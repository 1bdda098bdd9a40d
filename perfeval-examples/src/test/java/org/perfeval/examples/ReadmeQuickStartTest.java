package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Target;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/**
 * The README's quick start, run as printed there (its snippets are the tagged regions below, see
 * {@link ReadmeSnippetsTest}), on the bundled Jinshui report; each value a snippet's comment shows is
 * asserted right after it.
 */
class ReadmeQuickStartTest {

    @Test
    void quickStartScoresTheBundledReport(@TempDir Path dir) throws IOException {
        Path reportFile = dir.resolve("jinshui-2021.json");
        try (InputStream in = SeedReport.JINSHUI_2021.open()) {
            Files.copy(in, reportFile);
        }

        // tag::quick-start[]
        PerfevalJson json = PerfevalJson.create();
        Evaluation report = json.readEvaluation(Files.readString(reportFile));    // such as jinshui-2021.json
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        EvaluationResult result = evaluator.evaluate(report);  // computed 100.00 优 beside reported 98.15 优
        String document = json.write(result);                  // the result document, audit findings included
        // end::quick-start[]

        assertEquals(Optional.of(new BigDecimal("100.00")), result.total());
        assertEquals("优", result.grade().orElseThrow().label());
        assertEquals(Optional.of(new BigDecimal("98.15")), result.reportedTotal());
        assertEquals(Optional.of("优"), result.reportedGrade());
        assertTrue(document.contains("POINTS_DEDUCTED_UNEXPLAINED"), "the written result carries the findings");

        // tag::result-nodes[]
        NodeResult outputs = result.node("产出指标").orElseThrow();
        outputs.awarded();          // 40.00
        outputs.reportedScore();    // Optional[39.35]
        result.grade();             // Optional[优 [90, 100]]
        result.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace().explain();
        // reverse-linear (cn-jinshui-department-2021 1): B ≤ A → w with A=50, B=50, w=2.22 = 2.22 → 2.22
        // end::result-nodes[]

        assertEquals("40.00", outputs.awarded().toString());
        assertEquals("Optional[39.35]", outputs.reportedScore().toString());
        assertEquals("Optional[优 [90, 100]]", result.grade().toString());
        assertEquals("reverse-linear (cn-jinshui-department-2021 1): B ≤ A → w with A=50, B=50, w=2.22 = 2.22 → 2.22",
            result.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace().explain());
    }

    @Test
    void budgetAndTargetSnippet() {
        // tag::model-in-code[]
        DepartmentBudget budget = DepartmentBudget.builder()
            .yearStartBudget(Amount.parse("1342.46 万元"))
            .adjustedBudget(Amount.parse("918.886283 万元"))
            .build();
        budget.adjustmentRate().percent(2);                  // Optional[-31.55]
        Target.parse("≤365天").print();                      // "≤365天"
        // end::model-in-code[]

        assertEquals("Optional[-31.55]", budget.adjustmentRate().percent(2).toString());
        assertEquals("≤365天", Target.parse("≤365天").print());
    }
}
