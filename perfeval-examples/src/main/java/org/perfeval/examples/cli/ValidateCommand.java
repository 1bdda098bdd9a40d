package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.evaluation.EvaluationResult;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: reads each document as strictly as the library does; lints rule sets. */
@picocli.CommandLine.Command(name = "validate")
final class ValidateCommand extends Command {
    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    List<String> operands = new ArrayList<>();

    ValidateCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<String> files = files(operands, "usage.noFileToValidate");
        Console console = console();
        return eachFile(files, console, file -> validate(file, console));
    }

    /** @return whether the file is valid; a rule set is also linted */
    private boolean validate(String file, Console console) {
        Documents documents = session().documents();
        Texts texts = console.texts();
        String name = documents.display(file);
        Documents.Document document = documents.any(file);
        if (document instanceof Documents.EvaluationDocument e) {
            console.out().println(texts.get("validate.evaluation", name, describe(e.evaluation(), texts)));
        } else if (document instanceof Documents.RuleSetDocument r) {
            return LintCommand.report(name, r.ruleSet(), texts.get("validate.ruleSet"), session().registry(), console);
        } else if (document instanceof Documents.ResultDocument r) {
            console.out().println(texts.get("validate.result", name, describe(r.result(), texts)));
        } else if (document instanceof Documents.TableDocument t) {
            console.out().println(texts.get("validate.table", name, t.table().name(), String.valueOf(t.table().year()),
                t.table().kind().chineseName(), String.valueOf(t.table().indicators().size()),
                t.table().isTruncated() ? texts.get("validate.tableCut") : ""));
        }
        return true;
    }

    private static String describe(Evaluation evaluation, Texts texts) {
        long leaves = evaluation.nodesByPath().values().stream().filter(IndicatorNode::isLeaf).count();
        return texts.get("validate.describeEvaluation", evaluation.unit(), evaluation.year(), Words.kind(evaluation.kind(), texts),
            texts.count(evaluation.indicators().size(), "count.topLevel"), texts.count(leaves, "count.leaf"),
            texts.count(evaluation.projects().size(), "count.project"), texts.count(evaluation.claims().size(), "count.claim"),
            reported(evaluation, texts));
    }

    private static String reported(Evaluation evaluation, Texts texts) {
        String total = evaluation.reportedTotal().map(t -> t.toPlainString()).orElse(null);
        String grade = evaluation.reportedGrade().orElse(null);
        return total(total, grade, texts);
    }

    private static String total(String total, String grade, Texts texts) {
        if (total == null) {
            return grade == null ? texts.get("reported.none") : texts.get("reported.gradeOnly", grade);
        }
        return grade == null ? texts.get("reported.totalOnly", total) : total + " " + grade;
    }

    private static String describe(EvaluationResult result, Texts texts) {
        return texts.get(result.total().isPresent() ? "validate.describeResult" : "validate.describeResult.notComputable",
            result.evaluation().unit(), result.evaluation().year(),
            result.total().map(t -> t.toPlainString()).orElse(""), result.grade().map(g -> g.label()).orElse(""),
            result.ruleSetId(), result.ruleSetVersion(),
            total(result.reportedTotal().map(t -> t.toPlainString()).orElse(null), result.reportedGrade().orElse(null), texts),
            texts.count(result.findings().size(), "count.finding"));
    }
}
