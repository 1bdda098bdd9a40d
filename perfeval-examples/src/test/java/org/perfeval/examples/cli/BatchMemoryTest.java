package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perfeval.examples.bench.Reports;
import org.perfeval.json.PerfevalJson;

/**
 * {@code batch} in constant memory: generated reports stream through a JVM of its own whose heap is
 * smaller than the results written, and come out in order: 10,000 reports, about 45 MB of input and
 * 120 MB of results, through a 64 MB heap; with {@code -Plong}, 20,000 reports, about 90 MB of input
 * and 240 MB of results, four times the heap.
 */
class BatchMemoryTest {
    private static final boolean LONG = Boolean.getBoolean("perfeval.test.long");
    private static final int LINES = LONG ? 20_000 : 10_000;
    private static final long HEAP = 64L << 20;
    /** The least size of the results, in bytes: 1.5 times the heap, 4 times with -Plong. */
    private static final long LEAST_RESULTS = LONG ? 4 * HEAP : 3 * HEAP / 2;
    private static final int DISTINCT = 64;
    private static final String TITLE = "\"title\":\"部门整体绩效自评报告\"";

    @Test
    void linesStreamThroughAHeapFarSmallerThanTheirResults() throws Exception {
        List<String> documents = new ArrayList<>();
        PerfevalJson json = PerfevalJson.create();
        for (int seed = 0; seed < DISTINCT; seed++) {
            String document = json.write(Reports.evaluation(10, seed));
            assertTrue(document.contains(TITLE), "a generated report carries the title the test marks lines with");
            documents.add(document);
        }
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + (HEAP >> 20) + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), PerfevalCli.class.getName(), "batch", "-")
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
        Thread feeder = new Thread(() -> feed(batch.getOutputStream(), documents));
        feeder.start();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(batch.getErrorStream(), errors));
        drain.start();

        long lines = 0;
        long bytes = 0;
        try (InputStream out = batch.getInputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
            byte[] buffer = new byte[1 << 16];
            for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != '\n') {
                        line.write(buffer[i]);
                        continue;
                    }
                    lines++;
                    String text = line.toString(StandardCharsets.UTF_8);
                    assertTrue(text.contains("\"title\":\"第" + lines + "行\""), "line " + lines + " out of order");
                    line.reset();
                }
            }
        }
        assertTrue(batch.waitFor(5, TimeUnit.MINUTES));
        feeder.join();
        drain.join();
        assertEquals(0, batch.exitValue(), errors.toString(StandardCharsets.UTF_8));
        assertEquals(LINES, lines);
        assertTrue(bytes > LEAST_RESULTS, "the results (" + bytes + " bytes) are far more than the heap");
    }

    private static void feed(OutputStream stdin, List<String> documents) {
        try (OutputStream in = new BufferedOutputStream(stdin, 1 << 16)) {
            for (int i = 1; i <= LINES; i++) {
                String line = documents.get(i % DISTINCT).replace(TITLE, "\"title\":\"第" + i + "行\"");
                in.write(line.getBytes(StandardCharsets.UTF_8));
                in.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's own class path; Surefire may run tests from a jar that only names it in its manifest. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
