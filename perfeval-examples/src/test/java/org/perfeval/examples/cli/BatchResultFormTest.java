package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.perfeval.examples.Schemas;
import org.perfeval.examples.SeedReport;
import org.perfeval.examples.Summaries;
import org.perfeval.json.DocumentKind;
import org.perfeval.json.PerfevalJson;

/** {@code batch --result full|summary}: which document each result line is. */
class BatchResultFormTest {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final String NDJSON = String.join("\n", compact(SeedReport.JINSHUI_2021), "{not json",
        compact(SeedReport.GUANCHENG_2022), compact(SeedReport.POTOU_2022)) + "\n";

    private static String compact(SeedReport report) {
        return JSON.write(report.read(JSON));
    }

    private static Cli batch(String... options) {
        List<String> args = new ArrayList<>(List.of("batch", "-"));
        args.addAll(List.of(options));
        return Cli.in(Locale.ENGLISH, new ByteArrayInputStream(NDJSON.getBytes(StandardCharsets.UTF_8)),
            args.toArray(new String[0]));
    }

    private static List<String> lines(Cli cli) {
        List<String> lines = new ArrayList<>(List.of(cli.out.split("\n", -1)));
        assertEquals("", lines.remove(lines.size() - 1), "the output ends with a line break");
        return lines;
    }

    @Test
    void summaryWritesEachResultsSummaryWithItsLineAndTheErrorRecordsAsTheyAre() {
        Cli full = batch();
        Cli summary = batch("--result", "summary");

        assertEquals(PerfevalCli.REJECTED, summary.status, summary.toString());
        assertTrue(summary.err.matches("perfeval batch: 4 lines in \\d+\\.\\d s \\(\\d+ lines/s\\); 1 failed, their error "
            + "records are in the output\n"), summary.err);
        List<String> fullLines = lines(full);
        List<String> summaryLines = lines(summary);
        assertEquals(4, summaryLines.size(), summary.out);
        for (int i : new int[] {0, 2, 3}) {
            assertEquals(List.of(), Schemas.problems(DocumentKind.RESULT_SUMMARY, summaryLines.get(i)), summaryLines.get(i));
            Summaries.assertSummaryOf(fullLines.get(i), summaryLines.get(i), i + 1);
        }
        assertTrue(summaryLines.get(1).startsWith("{\"line\":2,\"error\":{\"pointer\":\"\","), summaryLines.get(1));
        assertEquals(fullLines.get(1), summaryLines.get(1));
        assertEquals("cn-mof-department-2013", Summaries.tree(summaryLines.get(0)).at("/ruleSet/id").asText(),
            "the rule pack the catalogue picks, as for full results");
        assertTrue(summary.out.length() * 3 < full.out.length(), "summaries are a fraction of the full results");
    }

    @Test
    void fullIsTheDefault() {
        Cli full = batch("--result=full");
        assertEquals(PerfevalCli.REJECTED, full.status, full.toString());
        assertEquals(batch().out, full.out);
        assertTrue(full.out.startsWith("{\"schemaVersion\":\"1.0\",\"ruleSet\":"), full.out.substring(0, 80));
    }

    @Test
    void anUnknownFormOrNoneIsBadUsage() {
        Cli bad = batch("--result", "brief");
        assertEquals(PerfevalCli.USAGE, bad.status);
        assertEquals("", bad.out);
        assertEquals("perfeval batch: unknown result form 'brief'; use full or summary\nTry 'perfeval batch --help'.\n", bad.err);
        Cli upper = batch("--result", "SUMMARY");
        assertEquals(PerfevalCli.USAGE, upper.status, "names are lower case, as the other options' values");
        Cli chinese = batch("--result", "brief", "--lang", "zh");
        assertEquals(PerfevalCli.USAGE, chinese.status);
        assertEquals("perfeval batch: 没有“brief”这种结果形式；请用 full 或 summary\n请运行“perfeval batch --help”查看用法。\n",
            chinese.err);
        Cli none = Cli.in(Locale.ENGLISH, InputStream.nullInputStream(), "batch", "-", "--result");
        assertEquals(PerfevalCli.USAGE, none.status);
        assertTrue(none.err.startsWith("perfeval batch: option --result needs a value\n"), none.err);
    }

    @Test
    void theHelpInBothLanguagesAndTheCompletionNameTheForms() {
        Cli english = Cli.run("batch", "--help");
        assertTrue(english.out.contains("[--result full|summary] [--lang zh|en]\n"), english.out);
        assertTrue(english.out.contains("--result=FORM    what each result line holds:"), english.out);
        assertTrue(english.out.contains("summary: the figures only, with \"line\""), english.out);
        Cli chinese = Cli.run("batch", "--help", "--lang", "zh");
        assertTrue(chinese.out.contains("[--result full|summary] [--lang zh|en]\n"), chinese.out);
        assertTrue(chinese.out.contains("--result=FORM    每行结果的内容："), chinese.out);
        Cli completion = Cli.run("completion");
        assertTrue(completion.out.contains("=(\"full\" \"summary\") # --result values"), "the forms of --result");
    }
}
