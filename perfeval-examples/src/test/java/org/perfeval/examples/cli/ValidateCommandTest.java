package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;


class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledReportsAreValidAndDescribed() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Path guancheng = Cli.copy(SeedReport.GUANCHENG_2022, dir);
        Path potou = Cli.copy(SeedReport.POTOU_2022, dir);
        Cli cli = Cli.run("validate", jinshui.toString(), guancheng.toString(), potou.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertEquals("", cli.err);
        String[] lines = cli.out.split("\n");
        assertEquals(3, lines.length, cli.out);
        // 预算执行 plus the 19 + 11 + 4 leaves of the three indicator tables.
        assertEquals(jinshui + ": valid evaluation: 郑州市金水区政务服务中心 2021 department self-evaluation; 4 top-level indicators, "
            + "35 leaf indicators, 0 projects, 13 claims; reported 98.15 优", lines[0]);
        assertTrue(lines[1].startsWith(guancheng + ": valid evaluation: 郑州市管城回族区政务服务和大数据管理局 2022"), lines[1]);
        assertTrue(lines[1].contains("0 top-level indicators, 0 leaf indicators, 23 projects, 6 claims; reported 98.88 优"), lines[1]);
        assertTrue(lines[2].endsWith("15 claims; reported 96, no grade"), lines[2]);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByFilePointerLineAndColumn() {
        String text = SeedText.jinshui().replace("\"year\": 2021,", "\"year\": \"2021\",");
        Path file = Cli.write(dir, "bad-year.json", text);
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("", cli.out);
        assertOneLine(cli.err);
        // "year" is on line 4 of the file, its value from column 11.
        assertTrue(cli.err.startsWith("perfeval validate: " + file + ": /year (line 4, column 11): "), cli.err);
        assertTrue(cli.err.contains("\"2021\""), cli.err);
    }

    @Test
    void aDomainRuleBrokenDeepInTheTreeIsNamedByItsPointer() {
        // 产出指标 is the third top-level node; a negative score is no score at all.
        String text = SeedText.jinshui().replace("\"reportedScore\": 39.35,", "\"reportedScore\": -41,");
        Path file = Cli.write(dir, "negative.json", text);
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertOneLine(cli.err);
        assertTrue(cli.err.startsWith("perfeval validate: " + file + ": /indicators/2"), cli.err);
        assertTrue(cli.err.contains("-41"), cli.err);
    }

    @Test
    void aScoreAboveItsPointsIsAPrintedErrorThatIsReadNotRefused() {
        // 41 above 产出指标's 40 points: read as printed, and a finding of the audit.
        String text = SeedText.jinshui().replace("\"reportedScore\": 39.35,", "\"reportedScore\": 41,");
        Path file = Cli.write(dir, "over.json", text);
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        Cli json = Cli.run("score", file.toString(), "--format", "json");
        assertTrue(json.out.contains("\"code\": \"SCORE_EXCEEDS_POINTS\"") || json.out.contains("\"code\":\"SCORE_EXCEEDS_POINTS\""),
            json.out);
    }

    @Test
    void textThatIsNotJsonIsRejectedWithItsPlace() {
        Path file = Cli.write(dir, "notes.json", "预算执行率 100%\n");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertOneLine(cli.err);
        assertTrue(cli.err.startsWith("perfeval validate: " + file + ": "), cli.err);
        assertTrue(cli.err.contains("line 1"), cli.err);
    }

    @Test
    void everyFileIsCheckedAndEachRejectionHasItsLine() {
        Path good = Cli.copy(SeedReport.POTOU_2022, dir);
        Path missing = dir.resolve("missing.json");
        Cli cli = Cli.run("validate", missing.toString(), dir.toString(), good.toString());
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("perfeval validate: " + missing + ": no such file\n"
            + "perfeval validate: " + dir + ": is a directory, not a JSON file\n", cli.err);
        assertTrue(cli.out.startsWith(good + ": valid evaluation: "), cli.out);
    }

    static void assertOneLine(String err) {
        assertTrue(err.endsWith("\n"), err);
        assertEquals(err.length() - 1, err.indexOf('\n'), "more than one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
    }
}
