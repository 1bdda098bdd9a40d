package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;

/** Widths in display columns: a Chinese character takes two. Views fit 100 columns, help fits 80. */
class WidthTest {
    @TempDir
    Path dir;

    @Test
    void aChineseCharacterTakesTwoColumnsAndACombiningMarkNone() {
        assertEquals(8, Width.of("预算执行"));
        assertEquals(11, Width.of("预算执行 OK"));
        assertEquals(4, Width.of("（）"));
        assertEquals(1, Width.of("e\u0301"));
        assertEquals(3, Width.of("𠀀x\u200B"), "a supplementary ideograph is wide, a zero-width space takes nothing");
    }

    @Test
    void wrappingBreaksBetweenWordsAndBetweenChineseCharactersWithinTheWidth() {
        assertEquals(List.of("one two", "three"), Wrap.lines("one two three", 8));
        assertEquals(List.of("预算执行", "率计算"), Wrap.lines("预算执行率计算", 8));
        // Closing punctuation stays on the line it closes.
        assertEquals(List.of("预算执", "行。率"), Wrap.lines("预算执行。率", 7));
        assertEquals(List.of("abcdefgh", "ij"), Wrap.lines("abcdefghij", 8));
        for (String line : Wrap.lines("按规则集为每份自评报告评分，并与报告自述并列输出：报告本身格式的得分表 (indicator, points) 计算值", 21)) {
            assertTrue(Width.of(line) <= 21, line);
        }
    }

    @Test
    void everyLineOfEveryViewFitsOneHundredColumns() {
        List<String> files = new ArrayList<>(List.of("score"));
        for (SeedReport report : SeedReport.values()) {
            files.add(Cli.copy(report, dir).toString());
        }
        for (String lang : new String[] {"en", "zh"}) {
            assertFits(Cli.run("demo", "--lang", lang).out, TextWriter.WIDTH, "demo --lang " + lang);
            List<String> score = new ArrayList<>(files);
            score.addAll(List.of("--lang", lang, "--profile", "ministry-project"));
            assertFits(Cli.run(score.toArray(String[]::new)).out, TextWriter.WIDTH, "score --lang " + lang);
        }
    }

    @Test
    void theToolsHelpAndEveryCommandsFitEightyColumns() {
        for (String lang : new String[] {"en", "zh"}) {
            assertFits(Cli.run("--help", "--lang", lang).out, 80, "perfeval --help --lang " + lang);
            for (String command : new String[] {"score", "batch", "validate", "lint", "demo", "completion", "help"}) {
                Cli help = Cli.run(command, "--help", "--lang", lang);
                assertEquals(PerfevalCli.OK, help.status, help.toString());
                assertFits(help.out, 80, command + " --help --lang " + lang);
            }
        }
    }

    private static void assertFits(String text, int columns, String what) {
        assertTrue(text.length() > 100, what + " printed almost nothing");
        for (String line : text.split("\n")) {
            assertTrue(Width.of(line) <= columns, what + ": " + Width.of(line) + " columns: " + line);
        }
    }
}
