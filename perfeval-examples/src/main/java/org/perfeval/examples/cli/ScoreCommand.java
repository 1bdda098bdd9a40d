package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/** {@code score FILE... [--profile NAME | --rules RULESET.json] [--format text|markdown|json]}. */
final class ScoreCommand implements Command {
    private static final String FORMAT = "--format";

    private final Documents documents;
    private final Scorer scorer;
    private final RuleRegistry registry;

    ScoreCommand(Documents documents, Scorer scorer, RuleRegistry registry) {
        this.documents = documents;
        this.scorer = scorer;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return "score evaluation documents beside what they report, with metrics and findings";
    }

    @Override
    public String help() {
        return """
            Usage: perfeval score FILE... [--profile NAME | --rules RULESET.json]
                                 [--format text|markdown|json]

            Scores each evaluation document under a rule set and prints, beside what the report
            says of itself: the score table of the report's own kind (指标, 权重分值, 得分, 得分率),
            computed and reported side by side; the computed and reported grade; the budget and
            the metrics computed from the report's own figures, beside the figures it claims;
            its projects; and the audit's findings. A report without an indicator table gets no
            total: the output says why and shows what its figures allow.

            Options:
            """ + RuleSetOption.HELP + """
              --format FORMAT  text (default), markdown, or json: the result document of
                               each file (total.computed beside total.reported, grade,
                               every node with its trace, metrics, findings, the report),
                               an array of them for several files
              -h, --help       show this help

            Exit status: 0 when every file was scored, whatever the grades and findings;
            1 if a file or the rule set is rejected, with one line per problem on standard
            error and nothing scored; 2 on bad usage.
            """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of(RuleSetOption.PROFILE, RuleSetOption.RULES, FORMAT);
    }

    @Override
    public int run(Arguments arguments, Console console) {
        Format format = arguments.value(FORMAT).map(Format::named).orElse(Format.TEXT);
        Optional<RuleSet> chosen = RuleSetOption.profile(arguments);
        if (arguments.operands().isEmpty()) {
            throw new UsageException("no file to score");
        }
        boolean rejected = false;
        try {
            RuleSetOption.Chosen given = RuleSetOption.choose(arguments, documents, registry);
            given.problems().forEach(console::reject);
            rejected = !given.problems().isEmpty();
            chosen = given.ruleSet();
        } catch (RejectedInput e) {
            console.reject(e);
            rejected = true;
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (String file : arguments.operands()) {
            try {
                evaluations.add(documents.evaluation(file));
            } catch (RejectedInput e) {
                console.reject(e);
                rejected = true;
            }
        }
        if (rejected) {
            return PerfevalCli.REJECTED;
        }
        List<Scorer.Scored> reports = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation evaluation = evaluations.get(i);
            RuleSet ruleSet = chosen.orElseGet(() -> BuiltInProfiles.defaultFor(evaluation.kind()));
            reports.add(scorer.score(arguments.operands().get(i), evaluation, ruleSet));
        }
        console.out().print(format.write(reports));
        return PerfevalCli.OK;
    }
}
