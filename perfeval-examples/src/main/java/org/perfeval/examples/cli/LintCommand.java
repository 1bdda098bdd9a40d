package org.perfeval.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import picocli.CommandLine.Parameters;

/** {@code lint RULESET.json...}: every problem of each rule set, at once. */
@picocli.CommandLine.Command(name = "lint")
final class LintCommand extends Command {
    @Parameters(paramLabel = "RULESET", arity = "0..*", descriptionKey = "ruleSets")
    List<String> operands = new ArrayList<>();

    LintCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<String> files = files(operands, "usage.noRuleSet");
        Console console = console();
        Documents documents = session().documents();
        return eachFile(files, console, file -> report(documents.display(file), documents.ruleSet(file),
            console.texts().get("lint.clean"), session().registry(), console));
    }

    /**
     * Lints a rule set read from a file: prints {@code FILE: VERDICT: description} if it is clean, else
     * one rejection per problem.
     *
     * @return whether the rule set is clean
     */
    static boolean report(String file, RuleSet ruleSet, String verdict, RuleRegistry registry, Console console) {
        List<LintProblem> problems = registry.lint(ruleSet);
        if (problems.isEmpty()) {
            console.out().println(TerminalText.escape(file + ": " + verdict + ": " + describe(ruleSet, console.texts())));
            return true;
        }
        LintLines.rejections(file, ruleSet, problems).forEach(console::reject);
        return false;
    }

    /** Such as {@code cn-jinshui-department-2021 version 1 (郑州市金水区), from 2021-01-01; 预算执行 10 + … = 100; 6 bindings}. */
    static String describe(RuleSet ruleSet, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("lint.about", ruleSet.id(), ruleSet.version(), ruleSet.jurisdiction(),
            ruleSet.effectiveFrom()));
        ruleSet.effectiveUntil().ifPresent(until -> text.append(texts.get("lint.until", until)));
        if (ruleSet.categories().isEmpty()) {
            text.append(texts.get("lint.noCategories"));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            text.append(texts.get("lint.categories"));
            for (int i = 0; i < ruleSet.categories().size(); i++) {
                Category category = ruleSet.categories().get(i);
                text.append(i == 0 ? "" : " + ").append(category.name()).append(' ').append(category.points().toPlainString());
                sum = sum.add(category.points());
            }
            text.append(" = ").append(sum.toPlainString());
        }
        return text.append(texts.get("lint.tail", texts.count(ruleSet.bindings().size(), "count.binding"),
            ruleSet.gradeScale().id())).toString();
    }
}
