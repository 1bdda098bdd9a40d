package org.perfeval.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.perfeval.examples.report.HtmlReport;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report FILE... -o DIR|FILE.html [--profile NAME | --rules RULESET.json]}: one self-contained
 * HTML page per report ({@link HtmlReport}), and for several files an {@code index.html} linking them.
 */
@picocli.CommandLine.Command(name = "report")
final class ReportCommand extends Command {
    static final String INDEX = "index.html";

    @Mixin
    RuleSetOption ruleSetOption;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE.html", descriptionKey = "output")
    String output;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    List<String> operands = new ArrayList<>();

    ReportCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Texts texts = texts();
        Console console = console();
        Documents documents = session().documents();
        Optional<RuleSet> chosen = ruleSetOption.profile(texts);
        List<String> files = files(operands, "usage.noFileToReport");
        ruleSetOption.checkStandardInput(files, texts);
        if (output == null || output.isEmpty()) {
            throw new UsageException(texts.get("usage.reportNeedsOutput"));
        }
        boolean onePage = output.toLowerCase(Locale.ROOT).endsWith(".html");
        if (onePage && files.size() > 1) {
            throw new UsageException(texts.get("usage.reportOneFile", output));
        }
        RuleSetOption.Chosen given = ruleSetOption.chooseReporting(session(), console);
        boolean rejected = !given.problems().isEmpty();
        chosen = given.ruleSet();
        List<Evaluation> evaluations = new ArrayList<>();
        for (String file : files) {
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
        HtmlReport html = HtmlReport.create();
        Locale locale = texts.zh() ? Locale.CHINESE : Locale.ENGLISH;
        Path target = Path.of(output);
        Path directory = onePage ? target.toAbsolutePath().getParent() : target;
        List<HtmlReport.Linked> pages = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of(INDEX));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < evaluations.size(); i++) {
                Evaluation evaluation = evaluations.get(i);
                String source = documents.display(files.get(i));
                // The rule set score would use: the one given, else the catalogue's pick for the report.
                Scorer.Scored scored = chosen.isPresent() ? session().scorer().score(source, evaluation, chosen.get())
                    : session().scorer().score(source, evaluation, session().choose(source, evaluation));
                RuleSet ruleSet = scored.ruleSet();
                String name = onePage ? target.getFileName().toString() : pageName(files.get(i), names);
                Path page = directory.resolve(name);
                Files.writeString(page, html.render(scored.result(), ruleSet, locale), StandardCharsets.UTF_8);
                written.add(page);
                pages.add(new HtmlReport.Linked(name, scored.result()));
            }
            if (pages.size() > 1) {
                Path index = directory.resolve(INDEX);
                Files.writeString(index, html.renderIndex(pages, locale), StandardCharsets.UTF_8);
                written.add(index);
            }
        } catch (IOException e) {
            throw new RejectedInput(output, texts.get("error.reportWrite", RejectedInput.oneLine(String.valueOf(e.getMessage()))), e);
        }
        for (Path page : written) {
            console.out().println(page);
        }
        return PerfevalCli.OK;
    }

    /** @return the file's name with {@code .html} for {@code .json}, made unique among the pages ({@code -2}, {@code -3} …) */
    private static String pageName(String file, Set<String> taken) {
        String base = file.equals(Documents.STANDARD_INPUT) ? "stdin" : Path.of(file).getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".json")) {
            base = base.substring(0, base.length() - ".json".length());
        }
        base = base.replaceAll("[\\\\/:*?\"<>|#%\\s]", "_");
        String name = base + ".html";
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n + ".html";
        }
        return name;
    }
}
