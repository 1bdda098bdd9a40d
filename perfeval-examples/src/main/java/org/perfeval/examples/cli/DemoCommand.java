package org.perfeval.examples.cli;

import org.perfeval.examples.SeedReport;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;

/** {@code demo}: scores the three bundled seed reports, as text. */
final class DemoCommand implements Command {
    private final Scorer scorer;

    DemoCommand(Scorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "score the three published reports bundled with the tool";
    }

    @Override
    public String help() {
        return """
            Usage: perfeval demo

            Scores the three published self-evaluation reports bundled with the tool, as
            'perfeval score' would score them as files (text format, built-in profile):
              金水区政务服务中心 2021: a full indicator table, self-scored 98.15 优;
              管城区政务服务和大数据管理局 2022: 23 projects, no indicator table, self-scored 98.88 优;
              坡头区政务服务数据管理局 2022: budget figures only, self-scored 96, no grade printed.
            The bundled files are in the jar under org/perfeval/examples/seeds/.

            Options:
              -h, --help   show this help
            """;
    }

    @Override
    public int run(Arguments arguments, Console console) {
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("demo takes no file; to score your own, use 'perfeval score FILE...'");
        }
        PerfevalJson json = PerfevalJson.create();
        Page page = new Page()
            .heading(1, "perfeval demo: three published self-evaluation reports (绩效自评报告)")
            .paragraph(
                "Each report is read from its bundled JSON file, scored under the built-in rule set",
                "for its kind (for a department's report, the department-overall layout of the",
                "Jinshui report: 10/20/40/30) and set beside what it says of itself: its score table,",
                "grade, budget figures and the rates it claims. Computed figures come from the",
                "report's own numbers only; where a report prints too little to compute something,",
                "the output says so instead of printing a made-up figure.");
        for (SeedReport report : SeedReport.values()) {
            Evaluation evaluation = report.read(json);
            page.add(scorer.score("bundled " + report.fileName(), evaluation, BuiltInProfiles.defaultFor(evaluation.kind())).page());
        }
        console.out().print(Format.TEXT.write(page));
        return PerfevalCli.OK;
    }
}
