package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The streaming API holds a bounded window, not the stream: a JVM whose heap is a few per cent of what
 * flows through it scores every line, in order, each broken line's error record in its place.
 */
class BatchScorerLongStreamTest {
    private static final String HEAP = "-Xmx16m";
    private static final long LINES = 10_000;

    @Test
    void aStreamMuchLargerThanTheHeapIsScoredInOrderInAJvmWithASmallHeap() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
            "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), LongStream.class.getName(), Long.toString(LINES))
            .redirectErrorStream(true)
            .start();
        String printed;
        try (var out = process.getInputStream()) {
            printed = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the stream did not end");
        assertEquals(0, process.exitValue(), printed);
        String[] figures = printed.split(" ");
        assertEquals(LINES, Long.parseLong(figures[0]), printed);
        assertEquals(LINES / LongStream.BROKEN_EVERY, Long.parseLong(figures[1]), printed);
        long through = Long.parseLong(figures[2]) + Long.parseLong(figures[3]);
        assertTrue(through > 20L * 16 * 1024 * 1024, "at least 20 heaps' worth of bytes flowed through: " + printed);
    }

    /** This JVM's class path; Surefire may run tests from a jar that only names it in its manifest. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return path;
    }
}
