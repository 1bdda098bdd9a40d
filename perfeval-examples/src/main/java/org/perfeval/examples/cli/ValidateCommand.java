package org.perfeval.examples.cli;

import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.scoring.RuleRegistry;

/** {@code validate FILE...}: reads each document as strictly as the library does; lints rule sets. */
final class ValidateCommand implements Command {
    private final Documents documents;
    private final RuleRegistry registry;

    ValidateCommand(Documents documents, RuleRegistry registry) {
        this.documents = documents;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check evaluation, rule set and result documents: JSON, schema, domain rules";
    }

    @Override
    public String help() {
        return """
            Usage: perfeval validate FILE...

            Checks each document (UTF-8 JSON), an evaluation, a rule set or a result (as
            'perfeval score --format json' writes one), the way the library reads it, and says
            what it holds:
              - the JSON itself: syntax, one value, no repeated key, within the size limits;
              - the schema: every field known and of its type, required fields present, no null,
                the schema version supported, every target and actual in a printed form;
              - the domain: years, amounts and scores in range, reported scores within points,
                names unique among siblings, projects distinct; for a rule set, everything
                'perfeval lint' checks.
            A report whose scores are poor or whose points do not add up is valid: scoring and
            the audit report that (see 'perfeval score').

            Exit status: 0 if every file is valid; 1 if any is rejected, with one line per
            problem on standard error: the file, the JSON Pointer (and line and column) of the
            bad value, and the problem. A document of no kind is reported as the kind it comes
            closest to.

            Options:
              -h, --help   show this help
            """;
    }

    @Override
    public int run(Arguments arguments, Console console) {
        if (arguments.operands().isEmpty()) {
            throw new UsageException("no file to validate");
        }
        return Command.eachFile(arguments.operands(), console, file -> validate(file, console));
    }

    /** @return whether the file is valid; a rule set is also linted */
    private boolean validate(String file, Console console) {
        Documents.Document document = documents.any(file);
        if (document instanceof Documents.EvaluationDocument e) {
            console.out().println(file + ": valid evaluation: " + describe(e.evaluation()));
        } else if (document instanceof Documents.RuleSetDocument r) {
            return LintCommand.report(file, r.ruleSet(), "valid rule set", registry, console);
        } else if (document instanceof Documents.ResultDocument r) {
            console.out().println(file + ": valid result: " + describe(r.result()));
        }
        return true;
    }

    private static String describe(Evaluation evaluation) {
        long leaves = evaluation.nodesByPath().values().stream().filter(IndicatorNode::isLeaf).count();
        return evaluation.unit() + " " + evaluation.year() + " " + evaluation.kind().chineseName()
            + "; " + count(evaluation.indicators().size(), "top-level indicator")
            + ", " + count(leaves, "leaf indicator")
            + ", " + count(evaluation.projects().size(), "project")
            + ", " + count(evaluation.claims().size(), "claim")
            + "; reported " + evaluation.reportedTotal().map(t -> t.toPlainString()).orElse("no total")
            + evaluation.reportedGrade().map(g -> " " + g).orElse(", no grade");
    }

    private static String describe(EvaluationResult result) {
        return result.evaluation().unit() + " " + result.evaluation().year() + " scored " + result.total().toPlainString()
            + " " + result.grade().label() + " under " + result.ruleSetId() + " " + result.ruleSetVersion()
            + "; reported " + result.reportedTotal().map(t -> t.toPlainString()).orElse("no total")
            + result.reportedGrade().map(g -> " " + g).orElse(", no grade") + "; " + count(result.findings().size(), "finding");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
