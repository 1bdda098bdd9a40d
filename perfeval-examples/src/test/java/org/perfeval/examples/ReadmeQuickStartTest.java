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
import org.perfeval.scoring.RuleRegistry;

/** The README's quick start, run as printed there, on the bundled Jinshui report. */
class ReadmeQuickStartTest {

    @Test
    void quickStartScoresTheBundledReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jinshui-2021.json");
        try (InputStream in = SeedReport.JINSHUI_2021.open()) {
            Files.copy(in, file);
        }

        PerfevalJson json = PerfevalJson.create();
        Evaluation report = json.readEvaluation(Files.newInputStream(file));
        Evaluator engine = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        EvaluationResult result = engine.evaluate(report);
        String document = json.write(result);

        assertEquals(new BigDecimal("100.00"), result.total());
        assertEquals("优", result.grade().label());
        assertEquals(Optional.of(new BigDecimal("98.15")), result.reportedTotal());
        assertEquals(Optional.of("优"), result.reportedGrade());
        assertEquals(new BigDecimal("40.00"), result.node("产出指标").orElseThrow().awarded());
        assertEquals(Optional.of(new BigDecimal("39.35")), result.node("产出指标").orElseThrow().reportedScore());
        assertEquals("reverse-linear (cn-jinshui-department-2021 1): B ≤ A → w with A=50, B=50, w=2.22 = 2.22 → 2.22",
            result.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace().explain());
        assertTrue(document.contains("POINTS_DEDUCTED_UNEXPLAINED"), "the written result carries the findings");
    }

    @Test
    void budgetAndTargetSnippet() {
        DepartmentBudget budget = DepartmentBudget.builder()
            .yearStartBudget(Amount.parse("1342.46 万元"))
            .adjustedBudget(Amount.parse("918.886283 万元"))
            .build();
        assertEquals(Optional.of(new BigDecimal("-31.55")), budget.adjustmentRate().percent(2));
        assertEquals("≤365天", Target.parse("≤365天").print());
    }
}
