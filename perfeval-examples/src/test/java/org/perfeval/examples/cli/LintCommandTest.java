package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.LoadRuleSetFromJson;
import org.perfeval.examples.SeedReport;

/** lint, and the rule set given to score and validate. */
class LintCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCleanRuleSetIsDescribed() {
        Path file = Cli.write(dir, "sichuan.json", sample());
        Cli cli = Cli.run("lint", file.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertEquals(file + ": clean: example-sichuan-style-department version 2024.1 (示例省), from 2024-01-01; "
            + "预算执行 25 + 产出指标 30 + 效益指标 45 = 100; 4 bindings; grades cn-mof-2020\n", cli.out);
        assertEquals("", cli.err);
    }

    @Test
    void everyProblemIsOneLineWithItsPointer() {
        // A misspelt rule in the first binding, and categories adding up to 95.
        String text = sample().replace("\"name\": \"positive\"", "\"name\": \"postive\"").replace("\"points\": 45", "\"points\": 40");
        Path file = Cli.write(dir, "broken.json", text);
        Cli cli = Cli.run("lint", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("", cli.out);
        String[] lines = cli.err.split("\n");
        assertEquals(2, lines.length, cli.err);
        assertTrue(cli.err.contains("perfeval lint: " + file + ": /categories: POINTS_DO_NOT_ADD_UP "), cli.err);
        assertTrue(cli.err.contains("perfeval lint: " + file + ": /bindings/0: UNKNOWN_RULE unknown rule \"postive\""), cli.err);
    }

    @Test
    void aWeightOfAMalformedPathPointsToItsIndex() {
        String text = sample().replace("  \"deviation\": {", """
              "allocation": {
                "weights": [
                  {"path": "产出指标/时效指标", "weight": 2},
                  {"path": "效益指标//满意度指标", "weight": 3}
                ]
              },
              "deviation": {""");
        Path file = Cli.write(dir, "weights.json", text);
        Cli cli = Cli.run("lint", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertTrue(cli.err.startsWith("perfeval lint: " + file + ": /allocation/weights/1: BAD_SELECTOR "), cli.err);
    }

    @Test
    void aRuleSetThatDoesNotReadIsNamedByPointerLineAndColumn() {
        Path file = Cli.write(dir, "string.json", sample().replace("\"points\": 30", "\"points\": \"30\""));
        Cli cli = Cli.run("lint", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertTrue(cli.err.startsWith("perfeval lint: " + file + ": /categories/1/points (line 19, column 17): "), cli.err);
        ValidateCommandTest.assertOneLine(cli.err);
    }

    @Test
    void scoreUnderARuleSetFromAFile() {
        Path rules = Cli.write(dir, "sichuan.json", sample());
        Path report = Cli.write(dir, "county.json", resource(LoadRuleSetFromJson.REPORT));
        Cli cli = Cli.run("score", report.toString(), "--rules", rules.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertTrue(cli.out.contains("\nRule set: example-sichuan-style-department, version 2024.1, for 示例省"), cli.out);
        assertEquals("98.17", Output.row(cli.out, "Total").get(2));
    }

    @Test
    void scoreRefusesARuleSetThatDoesNotLintAndScoresNothing() {
        Path rules = Cli.write(dir, "broken.json", sample().replace("\"name\": \"positive\"", "\"name\": \"postive\""));
        Path report = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", report.toString(), "--rules", rules.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("", cli.out);
        assertEquals("perfeval score: " + rules + ": /bindings/0: UNKNOWN_RULE unknown rule \"postive\"; registered: ",
            cli.err.substring(0, cli.err.indexOf("registered: ") + "registered: ".length()));
    }

    @Test
    void aProfileAndARuleSetFileExcludeEachOther() {
        Cli cli = Cli.run("score", "x.json", "--rules", "r.json", "--profile", "department-overall");
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertTrue(cli.err.startsWith("perfeval score: --profile and --rules exclude each other"), cli.err);
    }

    @Test
    void validateTakesRuleSetsTooAndLintsThem() {
        Path clean = Cli.write(dir, "sichuan.json", sample());
        Path broken = Cli.write(dir, "broken.json", sample().replace("\"name\": \"positive\"", "\"name\": \"postive\""));
        Path report = Cli.copy(SeedReport.POTOU_2022, dir);
        Cli cli = Cli.run("validate", clean.toString(), broken.toString(), report.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertTrue(cli.out.startsWith(clean + ": valid rule set: example-sichuan-style-department version 2024.1"), cli.out);
        assertTrue(cli.out.contains("\n" + report + ": valid evaluation: "), cli.out);
        assertTrue(cli.err.startsWith("perfeval validate: " + broken + ": /bindings/0: UNKNOWN_RULE"), cli.err);
    }

    @Test
    void aDocumentOfNeitherKindIsReportedAsTheKindItComesCloserTo() {
        Path ruleSet = Cli.write(dir, "bad-rule.json", sample().replace("\"by\": \"DIRECTION\"", "\"by\": \"SIDE\""));
        Cli rule = Cli.run("validate", ruleSet.toString());
        assertEquals(PerfevalCli.REJECTED, rule.status);
        assertTrue(rule.err.startsWith("perfeval validate: " + ruleSet + ": /bindings/0/by "), rule.err);

        Path report = Cli.write(dir, "bad-report.json", SeedText.jinshui().replace("\"reportedRate\": 100,", "\"reportedRate\": true,"));
        Cli evaluation = Cli.run("validate", report.toString());
        assertEquals(PerfevalCli.REJECTED, evaluation.status);
        assertTrue(evaluation.err.startsWith("perfeval validate: " + report + ": /indicators/0/reportedRate "), evaluation.err);
    }

    private static String sample() {
        return resource(LoadRuleSetFromJson.RULE_SET);
    }

    private static String resource(String name) {
        try (InputStream in = LintCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
