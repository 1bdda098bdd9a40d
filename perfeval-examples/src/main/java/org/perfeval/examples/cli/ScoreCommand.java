package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfeval.model.Evaluation;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.RuleSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code score FILE... [--profile NAME | --rules RULESET.json] [--format text|markdown|json]}: each report under
 * the rule set given, or else under the rule pack the catalogue picks for its kind, place and year.
 */
@picocli.CommandLine.Command(name = "score")
final class ScoreCommand extends Command {
    @Mixin
    RuleSetOption ruleSetOption;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format", completionCandidates = Format.Names.class)
    String format;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    List<String> operands = new ArrayList<>();

    ScoreCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Texts texts = texts();
        Console console = console();
        Documents documents = session().documents();
        Format chosenFormat = format == null ? Format.TEXT : Format.named(format, texts);
        Optional<RuleSet> chosen = ruleSetOption.profile(texts);
        List<String> files = files(operands, "usage.noFileToScore");
        ruleSetOption.checkStandardInput(files, texts);
        RuleSetOption.Chosen given = ruleSetOption.chooseReporting(session(), console);
        boolean rejected = !given.problems().isEmpty();
        chosen = given.ruleSet();
        List<Object> evaluations = new ArrayList<>();
        List<Session.RuleSetChoice> picked = new ArrayList<>();
        for (String file : files) {
            try {
                Object document = documents.evaluationOrTable(file);
                evaluations.add(document);
                picked.add(chosen.isPresent() || rejected || !(document instanceof Evaluation evaluation) ? null
                    : session().choose(documents.display(file), evaluation));
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
            String source = documents.display(files.get(i));
            if (evaluations.get(i) instanceof SelfEvaluationTable table) {
                RuleSet base = chosen.orElseGet(() -> BuiltInProfiles.defaultFor(table.kind().evaluationKind()));
                reports.add(session().scorer().score(source, table, base));
                continue;
            }
            Evaluation evaluation = (Evaluation) evaluations.get(i);
            reports.add(chosen.isPresent() ? session().scorer().score(source, evaluation, chosen.get())
                : session().scorer().score(source, evaluation, picked.get(i)));
        }
        console.out().print(chosenFormat.write(reports, texts));
        return PerfevalCli.OK;
    }
}
