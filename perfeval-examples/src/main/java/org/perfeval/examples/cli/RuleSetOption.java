package org.perfeval.examples.cli;

import java.util.List;
import java.util.Optional;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * {@code --profile NAME | --rules RULESET.json}: the rule set the scoring commands score under, when
 * not the default of each report's kind.
 */
final class RuleSetOption {
    static final String PROFILE = "--profile";
    static final String RULES = "--rules";

    /** The options' lines of a command's help. */
    static final String HELP = """
          --profile NAME   score under a built-in rule set:
                             department-overall  部门整体 10/20/40/30 (cn-jinshui-department-2021)
                             ministry-project    项目支出 10/50/30/10 (cn-mof-project-2020)
                           default: department-overall for a department's report,
                           ministry-project for a project's
          --rules FILE     score under the rule set in FILE (a rule set document); it
                           must lint clean (see 'perfeval lint')
        """;

    /**
     * The rule set given, with what is wrong with it.
     *
     * @param ruleSet the rule set named or read; empty when the option is not given
     * @param problems the lint problems of a rule set read from a file, each as a rejection; empty if it lints clean
     */
    record Chosen(Optional<RuleSet> ruleSet, List<RejectedInput> problems) {}

    private RuleSetOption() {}

    /**
     * @return the built-in rule set named by {@code --profile}, if given
     * @throws UsageException if {@code --rules} is given too, or no built-in rule set has the name
     */
    static Optional<RuleSet> profile(Arguments arguments) {
        if (arguments.value(PROFILE).isPresent() && arguments.value(RULES).isPresent()) {
            throw new UsageException("--profile and --rules exclude each other: score under one rule set");
        }
        return arguments.value(PROFILE).map(BuiltInProfiles::named);
    }

    /**
     * Reads and lints the rule set of {@code --rules}, if given; else the {@link #profile(Arguments)}.
     *
     * @throws RejectedInput if the file cannot be read as a rule set
     */
    static Chosen choose(Arguments arguments, Documents documents, RuleRegistry registry) {
        Optional<RuleSet> profile = profile(arguments);
        if (arguments.value(RULES).isEmpty()) {
            return new Chosen(profile, List.of());
        }
        String file = arguments.value(RULES).get();
        RuleSet ruleSet = documents.ruleSet(file);
        return new Chosen(Optional.of(ruleSet), LintLines.rejections(file, ruleSet, registry.lint(ruleSet)));
    }
}
