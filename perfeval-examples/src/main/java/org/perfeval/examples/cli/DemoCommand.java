package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.examples.SeedReport;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import picocli.CommandLine.Parameters;

/** {@code demo}: scores the three bundled seed reports, each under the rule pack the catalogue picks, as text. */
@picocli.CommandLine.Command(name = "demo")
final class DemoCommand extends Command {
    /** Taken only to refuse them with a hint: the demo scores its own files. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> operands = new ArrayList<>();

    DemoCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Texts texts = texts();
        if (!operands.isEmpty()) {
            throw new UsageException(texts.get("usage.demoTakesNoFile"));
        }
        PerfevalJson json = PerfevalJson.create();
        Page page = new Page()
            .heading(1, texts.get("demo.title"))
            .paragraph(texts.get("demo.intro"));
        String table = "01-yongde-2022.json";
        try (java.io.InputStream in = DemoCommand.class.getResourceAsStream("/org/perfeval/examples/tables/" + table)) {
            org.perfeval.model.SelfEvaluationTable printed = json.readTable(in);
            page.add(TableView.page(texts.get("demo.source", table), org.perfeval.evaluation.TableEvaluator.of(
                BuiltInProfiles.defaultFor(printed.kind().evaluationKind()), org.perfeval.scoring.RuleRegistry.builtIns())
                .evaluate(printed), texts));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (SeedReport report : SeedReport.values()) {
            Evaluation evaluation = report.read(json);
            String source = texts.get("demo.source", report.fileName());
            page.add(session().scorer().score(source, evaluation, session().choose(source, evaluation)).page(texts));
        }
        console().out().print(Format.TEXT.write(page));
        return PerfevalCli.OK;
    }
}
