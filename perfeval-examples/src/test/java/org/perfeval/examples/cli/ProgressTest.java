package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;
import org.perfeval.json.PerfevalJson;

/** {@code batch} draws its progress on standard error only when it is a terminal, and always ends with a summary. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void onATerminalTheProgressIsRedrawnInPlaceAndGivesWayToTheSummary() {
        Path input = Cli.write(dir, "lines.ndjson", lines(40));
        Run run = batch(true, input.toString());

        assertEquals(PerfevalCli.REJECTED, run.status, run.err);
        assertEquals(40, run.out.split("\n").length);
        // Redrawn in place: carriage returns, no line break until the summary.
        String[] drawn = run.err.split("\r");
        assertTrue(drawn.length > 5, run.err);
        assertEquals(1, run.err.chars().filter(c -> c == '\n').count(), run.err);
        assertTrue(drawn[1].matches("perfeval batch: 1 line, \\d+/s, 0 error records"), drawn[1]);
        // The clock advances 0.3 s per reading: by now a rate, the error records and the time left are known.
        String late = drawn[drawn.length / 2].strip();
        assertTrue(late.matches("perfeval batch: \\d+ lines, \\d+/s, [1-4] error records?, \\d+ s left"), late);
        // The last drawing is wiped, and the summary takes its place.
        String summary = drawn[drawn.length - 1];
        assertTrue(summary.matches("perfeval batch: 40 lines in \\d+\\.\\d s \\(\\d+ lines/s\\); "
            + "5 failed, their error records are in the output\n"), summary);
        assertTrue(drawn[drawn.length - 2].isBlank(), "the progress line is wiped before the summary");
    }

    @Test
    void elsewhereOnlyTheSummary() {
        Path input = Cli.write(dir, "lines.ndjson", lines(40));
        Run run = batch(false, input.toString());
        assertEquals(PerfevalCli.REJECTED, run.status, run.err);
        assertFalse(run.err.contains("\r"), run.err);
        assertTrue(run.err.matches("perfeval batch: 40 lines in \\d+\\.\\d s \\(\\d+ lines/s\\); "
            + "5 failed, their error records are in the output\n"), run.err);
    }

    @Test
    void fromStandardInputTheTimeLeftIsUnknown() {
        Run run = batch(true, "-");
        assertTrue(run.err.contains("error records\r") || run.err.contains("error records "), run.err);
        assertFalse(run.err.contains("left"), run.err);
    }

    @Test
    void theLineSaysLinesRateErrorsAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress english = new Progress(err, new Texts(Lang.EN), "perfeval batch", OptionalLong.of(1000), () -> 0);
        // 250 of 1000 bytes in 10 s: 30 s to go.
        assertEquals("perfeval batch: 300 lines, 30/s, 2 error records, 30 s left",
            english.line(300, 2, 250, 10 * SECOND));
        // 1 of 1000 bytes in 5 s: 4995 s to go.
        assertEquals("perfeval batch: 3 lines, 0/s, 1 error record, 1 h 23 min left", english.line(3, 1, 1, 5 * SECOND));
        Progress chinese = new Progress(err, new Texts(Lang.ZH), "perfeval batch", OptionalLong.of(1000), () -> 0);
        assertEquals("perfeval batch: 300 行，30 行/秒，错误记录 2 条，剩约 30 秒", chinese.line(300, 2, 250, 10 * SECOND));
        // Ten million lines with hours to go fit a terminal of 80 columns: no wrap, so \r redraws in place.
        for (Progress progress : new Progress[] {english, chinese}) {
            String longest = progress.line(9_999_999, 99_999, 100, 3_600 * SECOND);
            assertTrue(Width.of(longest) <= Progress.MAX_COLUMNS, Width.of(longest) + " columns: " + longest);
        }
        // A longer one is cut where it is drawn.
        AtomicLong now = new AtomicLong();
        Progress drawn = new Progress(err, new Texts(Lang.EN), "perfeval batch", OptionalLong.of(1000), () -> now.addAndGet(SECOND));
        bytes.reset();
        drawn.update(9_999_999, 9_999_999, 1);
        String line = bytes.toString(StandardCharsets.UTF_8).substring(1);
        assertTrue(line.startsWith("perfeval batch: 9999999 lines, ") && Width.of(line) <= Progress.MAX_COLUMNS, line);
        assertEquals("1 min 5 s", Progress.duration(65, new Texts(Lang.EN)));
        assertEquals("2 小时 3 分", Progress.duration(2 * 3600 + 3 * 60 + 59, new Texts(Lang.ZH)));
    }

    /** 40 lines, every 7th one (five of them) not an evaluation. */
    private static String lines(int count) {
        PerfevalJson json = PerfevalJson.create();
        String report = json.write(SeedReport.POTOU_2022.read(json));
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i % 7 == 0 ? "[]" : report).append('\n');
        }
        return text.toString();
    }

    private Run batch(boolean terminal, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        LongSupplier clock = () -> now.addAndGet(3 * SECOND / 10);
        byte[] stdin = lines(40).getBytes(StandardCharsets.UTF_8);
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new PerfevalCli(Locale.ENGLISH, () -> terminal, clock)
                .run(new String[] {"batch", source}, new ByteArrayInputStream(stdin), o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {}
}
