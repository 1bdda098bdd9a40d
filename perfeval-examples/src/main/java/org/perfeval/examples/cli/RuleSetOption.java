package org.perfeval.examples.cli;

import java.util.List;
import java.util.Optional;
import org.perfeval.rules.RuleSet;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME | --rules RULESET.json}: the rule set the scoring commands score under, when
 * not the default of each report's kind. A picocli mixin of {@code score} and {@code batch}.
 */
final class RuleSetOption {
    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "profile", completionCandidates = BuiltInProfiles.Names.class)
    String profile;

    @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules")
    String rules;

    /**
     * The rule set given, with what is wrong with it.
     *
     * @param ruleSet the rule set named or read; empty when the option is not given
     * @param problems the lint problems of a rule set read from a file, each as a rejection; empty if it lints clean
     */
    record Chosen(Optional<RuleSet> ruleSet, List<RejectedInput> problems) {}

    /**
     * @return the built-in rule set named by {@code --profile}, if given
     * @throws UsageException if {@code --rules} is given too, or no built-in rule set has the name
     */
    Optional<RuleSet> profile(Texts texts) {
        if (profile != null && rules != null) {
            throw new UsageException(texts.get("usage.profileAndRules"));
        }
        return Optional.ofNullable(profile).map(name -> BuiltInProfiles.named(name, texts));
    }

    /**
     * @param operands the command's operands
     * @throws UsageException if {@code --rules -} and an operand {@code -} would both read standard input
     */
    void checkStandardInput(List<String> operands, Texts texts) {
        if (Documents.STANDARD_INPUT.equals(rules) && operands.contains(Documents.STANDARD_INPUT)) {
            throw new UsageException(texts.get("usage.stdinTwice"));
        }
    }

    /**
     * Reads and lints the rule set of {@code --rules}, if given; else the {@link #profile(Texts)}.
     *
     * @throws RejectedInput if the file cannot be read as a rule set
     */
    Chosen choose(Session session) {
        Texts texts = session.console().texts();
        Optional<RuleSet> named = profile(texts);
        if (rules == null) {
            return new Chosen(named, List.of());
        }
        RuleSet ruleSet = session.documents().ruleSet(rules);
        return new Chosen(Optional.of(ruleSet),
            LintLines.rejections(session.documents().display(rules), ruleSet, session.registry().lint(ruleSet)));
    }

    /**
     * As {@link #choose(Session)}, with each problem of the rule set, or the file that could not be
     * read, reported as a rejection on the command's console, which names the command.
     *
     * @return the rule set given, if any, and every problem reported
     */
    Chosen chooseReporting(Session session, Console console) {
        try {
            Chosen given = choose(session);
            given.problems().forEach(console::reject);
            return given;
        } catch (RejectedInput e) {
            console.reject(e);
            return new Chosen(Optional.empty(), List.of(e));
        }
    }
}
