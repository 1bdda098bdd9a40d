package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.DocumentKind;
import org.perfeval.json.PerfevalJson;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

class LoadRuleSetFromJsonTest {
    private final List<EvaluationResult> scored = new ArrayList<>();

    /**
     * By hand, under the sample rule set: 预算执行 480 / 500 = 96% of 25 = 24; 产出指标 30 in two groups
     * of 15: 98% ≥ 95% → 15, 85% against ≥90% → 85 / 90 × 15 = 14.17 (the missed target needs a
     * deviation note, and the report gives one); 效益指标 45, both targets met. 24 + 29.17 + 45 = 98.17, 优.
     */
    @Test
    void loadsLintsAndScores() throws Exception {
        List<String> lines = MainOutput.of(LoadRuleSetFromJson::main).lines().toList();
        assertEquals(List.of(
            "rule set example-sichuan-style-department 2024.1 (示例省), effective from 2024-01-01",
            "  预算执行 25, scored by budget-execution",
            "  产出指标 30",
            "  效益指标 45",
            "lint: clean",
            "lint against 示例县政务服务中心 2024: clean",
            "computed 98.17 优, reported 97 优",
            "  预算执行 24.00 of 25",
            "  产出指标 29.17 of 30",
            "  效益指标 45.00 of 45",
            "deviation note required at 产出指标/时效指标/按时办结率 [TARGET_MISSED]: given: 部分事项因申请材料补正延期办结"),
            lines.subList(0, 11));
        // The second category's points, on line 19 of the file, written as a string.
        assertTrue(lines.get(11).startsWith("rejected: /categories/1/points (line 19, column 17): "), lines.get(11));
        assertTrue(lines.get(12).startsWith("lint problem: UNKNOWN_RULE at bindings[0]: unknown rule \"postive\""), lines.get(12));
        assertEquals(13, lines.size(), String.join("\n", lines));
    }

    /** The README's snippet scores the sample report with a clean rule set and stops at a rule set with lint problems. */
    @Test
    void theReadmeSnippetScoresOnlyWithACleanRuleSet(@TempDir Path dir) throws IOException {
        String ruleSet = text(LoadRuleSetFromJson.RULE_SET);
        Path clean = Files.writeString(dir.resolve("sichuan-style.rule-set.json"), ruleSet, StandardCharsets.UTF_8);
        Path misspelt = Files.writeString(dir.resolve("misspelt.rule-set.json"),
            ruleSet.replace("\"name\": \"positive\"", "\"name\": \"postive\""), StandardCharsets.UTF_8);
        String report = text(LoadRuleSetFromJson.REPORT);

        loadLintAndScore(clean, report);
        assertEquals(1, scored.size());
        assertEquals(Optional.of(new BigDecimal("98.17")), scored.get(0).total());
        loadLintAndScore(misspelt, report);
        assertEquals(1, scored.size(), "a rule set with lint problems scores nothing");
    }

    private void loadLintAndScore(Path ruleSetFile, String reportJson) throws IOException {
        // tag::load-rule-set[]
        PerfevalJson json = PerfevalJson.create();
        RuleSet ruleSet;
        try (InputStream in = Files.newInputStream(ruleSetFile)) {     // such as sichuan-style.rule-set.json
            ruleSet = json.readRuleSet(in);              // JsonInputException names the pointer, line and column
        }
        RuleRegistry registry = RuleRegistry.builtIns();
        List<LintProblem> problems = registry.lint(ruleSet);   // unknown rule names, gaps in the grade scale, …
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            return;
        }
        EvaluationResult result = Evaluator.of(ruleSet, registry).evaluate(json.readEvaluation(reportJson));
        // end::load-rule-set[]
        scored.add(result);
    }

    @Test
    void theSampleFilesAreValidAgainstTheShippedSchemas() throws IOException {
        assertEquals(List.of(), Schemas.problems(DocumentKind.RULE_SET, text(LoadRuleSetFromJson.RULE_SET)));
        assertEquals(List.of(), Schemas.problems(DocumentKind.EVALUATION, text(LoadRuleSetFromJson.REPORT)));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = LoadRuleSetFromJson.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
