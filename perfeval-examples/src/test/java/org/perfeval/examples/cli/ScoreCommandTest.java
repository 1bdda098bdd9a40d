package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;


class ScoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void markdownPrintsTheScoreTableAsAPipeTable() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", jinshui.toString(), "--format", "markdown");
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertTrue(cli.out.startsWith("# 郑州市金水区政务服务中心 2021, department self-evaluation\n"), cli.out);
        Output.assertLine(cli.out, "| Indicator | Points | Score computed | Score reported | Rate computed | Rate reported |");
        Output.assertLine(cli.out, "| --- | ---: | ---: | ---: | ---: | ---: |");
        Output.assertLine(cli.out, "| 产出指标 | 40 | 40.00 | 39.35 | 100.00% | 98.375% |");
        // The total row's rate as the report prints it.
        Output.assertLine(cli.out, "| Total | 100 | 100.00 | 98.15 | 100.00% | 98.15% |");
        // Without a printed rate the rate is derived and marked; the marker is escaped, or Markdown would read it as emphasis.
        String unprinted = SeedText.jinshui().replace("  \"reportedTotalRate\": 98.15,\n", "");
        assertTrue(unprinted.length() < SeedText.jinshui().length());
        Cli derived = Cli.run("score", Cli.write(dir, "no-total-rate.json", unprinted).toString(), "--format", "markdown");
        Output.assertLine(derived.out, "| Total | 100 | 100.00 | 98.15 | 100.00% | 98.15%\\* |");
        Output.assertLine(cli.out, "## Score");
    }

    @Test
    void aProfileCanBeChosenByNameOrId() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli byName = Cli.run("score", "--profile", "department-overall", jinshui.toString());
        Cli byId = Cli.run("score", "--profile=cn-jinshui-department-2021", jinshui.toString());
        assertEquals(PerfevalCli.OK, byName.status, byName.toString());
        assertEquals(byName.out, byId.out);
        assertTrue(byName.out.contains("\nRule set: cn-jinshui-department-2021, version 1, for 郑州市金水区"), byName.out);
    }

    @Test
    void theMinistryProfileScoresUnderItsOwnCategories() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", "--profile", "ministry-project", jinshui.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertTrue(cli.out.contains("\nRule set: cn-mof-project-2020, version 1"), cli.out);
        // The report is a department's: the ministry's project layout does not fit, and the output says so.
        assertTrue(cli.out.contains("WRONG_KIND"), cli.out);
    }

    @Test
    void anUnknownProfileOrFormatIsBadUsage() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli profile = Cli.run("score", "--profile", "sichuan", jinshui.toString());
        assertEquals(PerfevalCli.USAGE, profile.status);
        assertTrue(profile.err.startsWith("perfeval score: unknown profile 'sichuan'; the built-in profiles are "
            + "department-overall (cn-jinshui-department-2021), ministry-project (cn-mof-project-2020)\n"), profile.err);
        Cli format = Cli.run("score", "--format", "html", jinshui.toString());
        assertEquals(PerfevalCli.USAGE, format.status);
        assertTrue(format.err.startsWith("perfeval score: unknown format 'html'"), format.err);
        assertEquals(PerfevalCli.USAGE, Cli.run("score", jinshui.toString(), "--format").status);
        assertEquals(PerfevalCli.USAGE, Cli.run("score", "--format", "text", "--format", "text", jinshui.toString()).status);
        assertEquals(PerfevalCli.USAGE, Cli.run("score").status);
    }

    @Test
    void aRejectedFileStopsTheRunWithOneLinePerFileAndNothingScored() {
        Path good = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Path bad = Cli.write(dir, "bad.json", SeedText.jinshui().replace("\"kind\": \"DEPARTMENT_OVERALL\"", "\"kind\": \"部门整体\""));
        Path missing = dir.resolve("none.json");
        Cli cli = Cli.run("score", good.toString(), bad.toString(), missing.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("", cli.out);
        String[] lines = cli.err.split("\n");
        assertEquals(2, lines.length, cli.err);
        assertTrue(lines[0].startsWith("perfeval score: " + bad + ": /kind (line 5, column 11): "), lines[0]);
        assertEquals("perfeval score: " + missing + ": no such file", lines[1]);
    }

    @Test
    void severalFilesGiveOneReportEachInOrder() {
        Path potou = Cli.copy(SeedReport.POTOU_2022, dir);
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", potou.toString(), jinshui.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        int first = cli.out.indexOf("坡头区政务服务数据管理局本级 2022");
        int second = cli.out.indexOf("郑州市金水区政务服务中心 2021");
        assertTrue(first == 0 && second > first, cli.out);
        assertEquals(List.of("产出指标", "40", "40.00", "39.35", "100.00%", "98.375%"), Output.row(cli.out, "产出指标"));
    }
}
