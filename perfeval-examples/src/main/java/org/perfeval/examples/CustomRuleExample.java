package org.perfeval.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;

/**
 * Plugs a custom {@link org.perfeval.scoring.spi.ScoringRule}, {@link OverTargetRule}, into the engine in
 * the two ways an application can: registered by code, and found by ServiceLoader through
 * {@link ExampleRuleProvider}. A rule set names the rule and its parameters as data; a registry
 * without the rule refuses the rule set before anything is scored.
 *
 * <p>The rule set is the Jinshui layout with one more binding: the satisfaction indicators
 * (效益指标/满意度) are scored by {@value OverTargetRule#NAME} with {@code ratio} 1.1 and
 * {@code keep} 0.8. Jinshui 2021 reports 99% satisfaction against targets of ≥90%: 1.1 times the
 * target, so each of the two indicators keeps 0.8 of its 7.5 points.
 *
 * <p>Run it with {@code java -cp perfeval.jar org.perfeval.examples.CustomRuleExample}.
 */
public final class CustomRuleExample {
    private CustomRuleExample() {}

    /**
     * Scores the bundled Jinshui 2021 report with the custom rule, registered both ways, and prints
     * what happens without it.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        RuleSet ruleSet = satisfactionCut();
        Evaluation jinshui = SeedReport.JINSHUI_2021.read(PerfevalJson.create());
        out.println("rule set " + ruleSet.id() + ": " + ruleSet.bindings().get(0));

        // Without the rule, a rule set that names it is refused: rule sets name rules, never code.
        for (LintProblem problem : RuleRegistry.builtIns().lint(ruleSet)) {
            out.println("built-ins only, refused: " + problem.code() + " at " + problem.where());
        }

        // 1. By code: the application registers the factory under the rule's name (the README shows this region).
        // tag::custom-rule-register[]
        RuleRegistry registry = RuleRegistry.builtIns().with(OverTargetRule.NAME, OverTargetRule.factory());
        List<LintProblem> problems = registry.lint(ruleSet);       // []: every name known, every parameter valid
        EvaluationResult result = Evaluator.of(ruleSet, registry).evaluate(jinshui);
        // end::custom-rule-register[]
        out.println("registered by code, lint: " + (problems.isEmpty() ? "clean" : problems));
        print("registered by code", result, out);

        // 2. By name through ServiceLoader: ExampleRuleProvider is listed in
        //    META-INF/services/org.perfeval.scoring.spi.ScoringRuleProvider.
        RuleRegistry discovered = RuleRegistry.discover(CustomRuleExample.class.getClassLoader());
        out.println("discovered rules include " + OverTargetRule.NAME + ": " + discovered.ruleNames().contains(OverTargetRule.NAME));
        print("found by ServiceLoader", Evaluator.of(ruleSet, discovered).evaluate(jinshui), out);
    }

    /** @return the Jinshui layout, with the satisfaction indicators scored by the custom rule */
    static RuleSet satisfactionCut() {
        // The README shows this region.
        // tag::custom-rule-set[]
        RuleSpec overTarget = RuleSpec.builder().name(OverTargetRule.NAME)
            .putNumbers("ratio", new BigDecimal("1.1"))
            .putNumbers("keep", new BigDecimal("0.8"))
            .build();
        RuleSet ruleSet = RuleSet.builder()
            .id("example-satisfaction-cut")
            .version("1")
            .jurisdiction("example")
            .title("金水区 2021 layout, satisfaction far above its target cut to 0.8")
            .effectiveFrom(LocalDate.of(2021, 1, 1))
            .kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addCategories(
                Category.builder().name("预算执行").points(new BigDecimal("10")).rule(RuleSpec.of("budget-execution")).build(),
                Category.of("投入管理", new BigDecimal("20")),
                Category.of("产出指标", new BigDecimal("40")),
                Category.of("效益指标", new BigDecimal("30")))
            // A path binding wins over the direction bindings that follow.
            .addBindings(RuleBinding.byPath("效益指标/满意度/*", overTarget))
            .addBindings(RuleBinding.byPath("预算执行/**", RuleSpec.of("budget-execution")))
            .addAllBindings(Profiles.byDirection())
            .build();
        // end::custom-rule-set[]
        return ruleSet;
    }

    private static void print(String how, EvaluationResult result, PrintStream out) {
        out.println(how + ": computed " + result.total().map(t -> t.toPlainString() + " " + result.grade().orElseThrow().label())
            .orElseGet(() -> "not computable, because " + result.totalNotComputable().orElseThrow())
            + ", 效益指标 " + result.node("效益指标").orElseThrow().score().map(BigDecimal::toPlainString)
                .orElse("not computable") + " of 30");
        result.node("效益指标/满意度/社会公众满意度")
            .ifPresent(node -> out.println("  社会公众满意度: " + node.trace().explain()));
    }
}
