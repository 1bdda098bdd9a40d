package org.perfeval.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/**
 * Loads a province's rule set from JSON and scores a report with it: read, lint against the
 * registry, lint against the report, score. The rule set is data: categories and their points,
 * which named rule scores which indicators, when a deviation note is required. It can only name
 * rules the application registered, so it can never run code.
 *
 * <p>The files are in this module's resources under {@code org/perfeval/examples/samples/}: a
 * Sichuan-like department layout (预算执行 25, 产出指标 30, 效益指标 45; an example, not an official
 * rule set) and a report of an example county in that layout. The end shows what a broken rule set
 * gives: a JSON error with its pointer, line and column, and lint problems with their place.
 *
 * <p>Run it with {@code java -cp perfeval.jar org.perfeval.examples.LoadRuleSetFromJson}.
 */
public final class LoadRuleSetFromJson {
    private static final String SAMPLES = "/org/perfeval/examples/samples/";
    /** The sample rule set, as a class-path resource. */
    public static final String RULE_SET = SAMPLES + "sichuan-style.rule-set.json";
    /** The sample report in its layout, as a class-path resource. */
    public static final String REPORT = SAMPLES + "example-county-2024.json";

    private LoadRuleSetFromJson() {}

    /**
     * Loads the sample rule set and report, scores the report and prints the steps.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PerfevalJson json = PerfevalJson.create();
        PrintStream out = System.out;

        String ruleSetText = resource(RULE_SET);
        RuleSet ruleSet = json.readRuleSet(ruleSetText);
        out.println("rule set " + ruleSet.id() + " " + ruleSet.version() + " (" + ruleSet.jurisdiction() + "), effective from "
            + ruleSet.effectiveFrom());
        for (Category category : ruleSet.categories()) {
            out.println("  " + category.name() + " " + category.points().toPlainString()
                + category.rule().map(rule -> ", scored by " + rule.name()).orElse(""));
        }

        // Lint before use: every problem at once, as values. The engine refuses a rule set with any.
        RuleRegistry registry = RuleRegistry.builtIns();
        out.println("lint: " + describe(registry.lint(ruleSet)));

        Evaluation report = json.readEvaluation(resource(REPORT));
        out.println("lint against " + report.unit() + " " + report.year() + ": " + describe(registry.lint(ruleSet, report)));

        EvaluationResult result = Evaluator.of(ruleSet, registry).evaluate(report);
        out.println("computed " + result.total().map(t -> t.toPlainString() + " " + result.grade().orElseThrow().label())
            .orElseGet(() -> "not computable, because " + result.totalNotComputable().orElseThrow()) + ", reported "
            + result.reportedTotal().map(t -> t.toPlainString()).orElse("nothing") + result.reportedGrade().map(g -> " " + g).orElse(""));
        for (NodeResult category : result.categories()) {
            out.println("  " + category.name() + " " + category.score().map(s -> s.toPlainString()).orElse("not computable")
                + " of " + category.points().toPlainString());
        }
        for (NodeResult node : result.nodes()) {
            if (node.deviationNoteRequired()) {
                out.println("deviation note required at " + node.path() + " " + node.deviationReasons() + ": "
                    + node.deviationNote().map(note -> "given: " + note).orElse("missing"));
            }
        }

        // What a broken rule set gives: a document that does not read, and one that reads but does not lint.
        try {
            json.readRuleSet(ruleSetText.replace("\"points\": 30", "\"points\": \"30\""));
        } catch (JsonInputException e) {
            out.println("rejected: " + e.getMessage());
        }
        RuleSet misspelt = json.readRuleSet(ruleSetText.replace("\"name\": \"positive\"", "\"name\": \"postive\""));
        for (LintProblem problem : registry.lint(misspelt)) {
            out.println("lint problem: " + problem);
        }
    }

    private static String describe(List<LintProblem> problems) {
        return problems.isEmpty() ? "clean" : problems.size() + " problems " + problems;
    }

    private static String resource(String name) {
        try (InputStream in = LoadRuleSetFromJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
