package org.perfeval.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/** {@code lint RULESET.json...}: every problem of each rule set, at once. */
final class LintCommand implements Command {
    private final Documents documents;
    private final RuleRegistry registry;

    LintCommand(Documents documents, RuleRegistry registry) {
        this.documents = documents;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String summary() {
        return "check rule sets before use, every problem at once";
    }

    @Override
    public String help() {
        return """
            Usage: perfeval lint RULESET.json...

            Reads each rule set document as strictly as the library does, then checks it before
            use and reports every problem at once: categories whose points do not add up to the
            grade scale's maximum, grade bands with gaps or overlaps, rule and aggregator names
            that are not registered (the built-in rules, and those of any provider on the class
            path), parameters a rule refuses, malformed path patterns, duplicate bindings,
            effective dates in the wrong order.

            Exit status: 0 if every rule set is clean; 1 otherwise, with one line per problem on
            standard error: the file, the JSON Pointer of the value, the problem's code and what
            is wrong.

            Options:
              -h, --help   show this help
            """;
    }

    @Override
    public int run(Arguments arguments, Console console) {
        if (arguments.operands().isEmpty()) {
            throw new UsageException("no rule set to lint");
        }
        return Command.eachFile(arguments.operands(), console,
            file -> report(file, documents.ruleSet(file), "clean", registry, console));
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
            console.out().println(file + ": " + verdict + ": " + describe(ruleSet));
            return true;
        }
        LintLines.rejections(file, ruleSet, problems).forEach(console::reject);
        return false;
    }

    /** Such as {@code cn-jinshui-department-2021 version 1 (郑州市金水区), from 2021-01-01; 预算执行 10 + … = 100; 6 bindings}. */
    static String describe(RuleSet ruleSet) {
        StringBuilder text = new StringBuilder(ruleSet.id()).append(" version ").append(ruleSet.version())
            .append(" (").append(ruleSet.jurisdiction()).append("), from ").append(ruleSet.effectiveFrom());
        ruleSet.effectiveUntil().ifPresent(until -> text.append(" until ").append(until));
        if (ruleSet.categories().isEmpty()) {
            text.append("; no categories (points as the report states them)");
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            text.append("; ");
            for (int i = 0; i < ruleSet.categories().size(); i++) {
                Category category = ruleSet.categories().get(i);
                text.append(i == 0 ? "" : " + ").append(category.name()).append(' ').append(category.points().toPlainString());
                sum = sum.add(category.points());
            }
            text.append(" = ").append(sum.toPlainString());
        }
        int bindings = ruleSet.bindings().size();
        return text.append("; ").append(bindings).append(bindings == 1 ? " binding" : " bindings")
            .append("; grades ").append(ruleSet.gradeScale().id()).toString();
    }
}
