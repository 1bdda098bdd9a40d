package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;
import org.perfeval.json.PerfevalJson;

/** {@code batch}: NDJSON in, one result or error record per line out, in order. */
class BatchCommandTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final PerfevalJson JSON = PerfevalJson.create();

    @TempDir
    Path dir;

    @Test
    void aBadLineBecomesAnErrorRecordAndTheBatchGoesOn() throws IOException {
        String badYear = "{\"schemaVersion\":\"1.0\",\"unit\":\"某单位\",\"year\":\"2021\",\"kind\":\"DEPARTMENT_OVERALL\"}";
        Path input = Cli.write(dir, "reports.ndjson", String.join("\n", compact(SeedReport.JINSHUI_2021), badYear,
            compact(SeedReport.GUANCHENG_2022), "{not json", "", compact(SeedReport.POTOU_2022)) + "\n");

        Run run = Run.of(InputStream.nullInputStream(), "batch", input.toString());

        assertEquals(PerfevalCli.REJECTED, run.status, run.toString());
        assertTrue(run.err.matches("perfeval batch: 6 lines in \\d+\\.\\d s \\(\\d+ lines/s\\); 3 failed, their error records are in the output\n"), run.err);
        List<String> lines = run.lines();
        assertEquals(6, lines.size(), run.out);
        assertEquals("郑州市金水区政务服务中心", TREES.readTree(lines.get(0)).at("/evaluation/unit").asText());
        // The column of the bad value counts characters of the line: 某单位 is three of them.
        assertEquals("{\"line\":2,\"error\":{\"pointer\":\"/year\",\"column\":" + (badYear.indexOf("\"2021\"") + 1)
            + ",\"message\":\"expected an integer but found the string \\\"2021\\\"\"}}", lines.get(1));
        assertEquals("郑州市管城回族区政务服务和大数据管理局", TREES.readTree(lines.get(2)).at("/evaluation/unit").asText());
        JsonNode notJson = TREES.readTree(lines.get(3));
        assertEquals(4, notJson.get("line").asInt());
        assertEquals("", notJson.at("/error/pointer").asText());
        assertTrue(notJson.at("/error/message").asText().contains("unexpected character"), lines.get(3));
        assertEquals("{\"line\":5,\"error\":{\"pointer\":\"\",\"column\":1,"
            + "\"message\":\"no content: expected an evaluation (a JSON object)\"}}", lines.get(4));
        assertEquals("坡头区政务服务数据管理局本级", TREES.readTree(lines.get(5)).at("/evaluation/unit").asText());
    }

    @Test
    void eachResultIsTheDocumentScoreWritesOnOneLine() throws IOException {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Path input = Cli.write(dir, "one.ndjson", compact(SeedReport.JINSHUI_2021) + "\n");

        Run batch = Run.of(InputStream.nullInputStream(), "batch", input.toString());
        Cli score = Cli.run("score", jinshui.toString(), "--format", "json");

        assertEquals(PerfevalCli.OK, batch.status, batch.toString());
        assertTrue(batch.err.matches("perfeval batch: 1 line in \\d+\\.\\d s \\(\\d+ lines/s\\); none failed\n"), batch.err);
        assertEquals(1, batch.lines().size());
        assertEquals(TREES.readTree(score.out), TREES.readTree(batch.lines().get(0)));
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        String ndjson = compact(SeedReport.POTOU_2022) + "\n" + compact(SeedReport.JINSHUI_2021);
        Run run = Run.of(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "batch", "-");
        assertEquals(PerfevalCli.OK, run.status, run.toString());
        assertEquals(2, run.lines().size());
        assertEquals("郑州市金水区政务服务中心", TREES.readTree(run.lines().get(1)).at("/evaluation/unit").asText());
    }

    /** Far more lines than are in flight at once: every one comes out where it went in. */
    @Test
    void manyLinesComeOutInTheOrderTheyWentIn() throws IOException {
        SeedReport[] seeds = SeedReport.values();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            ndjson.append(i % 7 == 0 ? "[]" : titled(seeds[i % seeds.length], "第" + i + "行")).append('\n');
        }
        Run run = Run.of(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)), "batch", "-");

        assertEquals(PerfevalCli.REJECTED, run.status, run.err);
        List<String> lines = run.lines();
        assertEquals(400, lines.size());
        for (int i = 1; i <= 400; i++) {
            JsonNode line = TREES.readTree(lines.get(i - 1));
            if (i % 7 == 0) {
                assertEquals(i, line.get("line").asInt());
            } else {
                assertEquals("第" + i + "行", line.at("/evaluation/title").asText());
            }
        }
    }

    @Test
    void aProfileOrARuleSetChoosesTheRules() throws IOException {
        Path input = Cli.write(dir, "one.ndjson", compact(SeedReport.JINSHUI_2021) + "\n");
        Path rules = Cli.write(dir, "rules.json", new String(
            BatchCommandTest.class.getResourceAsStream("/org/perfeval/examples/samples/sichuan-style.rule-set.json").readAllBytes(),
            StandardCharsets.UTF_8));

        Run ministry = Run.of(InputStream.nullInputStream(), "batch", "--profile", "ministry-project", input.toString());
        Run sichuan = Run.of(InputStream.nullInputStream(), "batch", input.toString(), "--rules", rules.toString());

        assertEquals(PerfevalCli.OK, ministry.status, ministry.toString());
        assertEquals("cn-mof-project-2020", TREES.readTree(ministry.lines().get(0)).at("/ruleSet/id").asText());
        assertEquals(PerfevalCli.OK, sichuan.status, sichuan.toString());
        assertEquals("example-sichuan-style-department", TREES.readTree(sichuan.lines().get(0)).at("/ruleSet/id").asText());
    }

    @Test
    void theToolListsBatchAndBatchExplainsItsRecords() {
        Run tool = Run.of(InputStream.nullInputStream(), "--help");
        assertTrue(tool.out.contains("\n  batch       score an NDJSON stream of evaluations"), tool.out);
        Run help = Run.of(InputStream.nullInputStream(), "batch", "--help");
        assertEquals(PerfevalCli.OK, help.status);
        assertTrue(help.out.startsWith("Usage: perfeval batch FILE|- [--profile NAME | --rules RULESET.json]\n"), help.out);
        assertTrue(help.out.contains("{\"line\":17,\"error\":{\"pointer\":\"/indicators/0/points\",\"column\":42,"), help.out);
    }

    @Test
    void badUsageAndAMissingFile() {
        Run none = Run.of(InputStream.nullInputStream(), "batch");
        assertEquals(PerfevalCli.USAGE, none.status);
        assertTrue(none.err.startsWith("perfeval batch: no input: give a FILE, or - for standard input\n"), none.err);
        Run two = Run.of(InputStream.nullInputStream(), "batch", "a.ndjson", "b.ndjson");
        assertEquals(PerfevalCli.USAGE, two.status);
        assertTrue(two.err.startsWith("perfeval batch: batch reads one input, but 2 were given\n"), two.err);
        Run both = Run.of(InputStream.nullInputStream(), "batch", "-", "--profile", "ministry-project", "--rules", "r.json");
        assertEquals(PerfevalCli.USAGE, both.status);
        Run missing = Run.of(InputStream.nullInputStream(), "batch", dir.resolve("none.ndjson").toString());
        assertEquals(PerfevalCli.REJECTED, missing.status);
        assertTrue(missing.err.endsWith("none.ndjson: no such file\n"), missing.err);
        assertEquals("", missing.out);
    }

    private static String compact(SeedReport report) {
        return JSON.write(report.read(JSON));
    }

    private static String titled(SeedReport report, String title) throws IOException {
        ObjectNode document = (ObjectNode) TREES.readTree(compact(report));
        document.put("title", title);
        return TREES.writeValueAsString(document);
    }

    /** One run of the tool with its standard input. */
    private static final class Run {
        final int status;
        final String out;
        final String err;

        private Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        static Run of(InputStream in, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = new PerfevalCli(Locale.ENGLISH, Terminal.NONE, System::nanoTime).run(args, in, o, e);
            }
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
            assertEquals("", lines.remove(lines.size() - 1), "the output ends with a line break");
            return lines;
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
