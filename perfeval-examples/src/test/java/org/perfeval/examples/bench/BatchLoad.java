package org.perfeval.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.perfeval.examples.cli.PerfevalCli;


/**
 * The load test of {@code perfeval batch}: streams {@code COUNT} generated evaluations of
 * {@code INDICATORS} leaves (cycling through the reports of {@link GenerateNdjson}) into
 * {@code perfeval batch - --result RESULT} running in a JVM of its own with {@value #HEAP}, reads every
 * result line, and prints the wall time, the throughput, the bytes written, the number of error
 * records, and the batch process's processor time and peak resident memory (Linux {@code /proc};
 * "unknown" elsewhere). Exits 1 if the batch fails (running out of heap ends it), or writes fewer
 * lines or any error record.
 *
 * <p>Usage: {@code BatchLoad COUNT INDICATORS [full|summary]}; the {@code batch-load} profile of
 * perfeval-examples runs it with 1,000,000, 50 and full.
 */
public final class BatchLoad {
    static final String HEAP = "-Xmx256m";
    private static final byte[] ERROR_RECORD = "{\"line\":".getBytes(StandardCharsets.US_ASCII);

    private BatchLoad() {}

    /** What one load run measured. */
    static final class Load {
        final long lines;
        final long errors;
        final long bytes;
        final Duration took;
        /** Processor time of the batch process, or null where the system does not say. */
        final Duration processor;
        /** Peak resident memory of the batch process in kB, or -1 where the system does not say. */
        final long peakKb;
        /** The batch process's exit code, or -1 if it did not exit. */
        final int exit;

        Load(long lines, long errors, long bytes, Duration took, Duration processor, long peakKb, int exit) {
            this.lines = lines;
            this.errors = errors;
            this.bytes = bytes;
            this.took = took;
            this.processor = processor;
            this.peakKb = peakKb;
            this.exit = exit;
        }

        @Override
        public String toString() {
            long perSecond = took.toMillis() == 0 ? 0 : lines * 1000 / took.toMillis();
            return String.format("%,d lines in %d min %02d s, %,d lines/s, %,d MB written, %,d error records, "
                    + "processor time %s, peak RSS %s, exit %d",
                lines, took.toMinutes(), took.toSecondsPart(), perSecond, bytes >> 20, errors,
                processor == null ? "unknown" : String.format("%d min %02d s", processor.toMinutes(), processor.toSecondsPart()),
                peakKb < 0 ? "unknown" : String.format("%,d MB", peakKb / 1024), exit);
        }
    }

    /**
     * @param args the number of lines, the number of indicators of each report, and optionally the
     *     form of the results, {@code full} (the default) or {@code summary}
     * @throws Exception if the batch process cannot be started or read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: BatchLoad COUNT INDICATORS [full|summary]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        int indicators = Integer.parseInt(args[1]);
        String result = args.length == 3 ? args[2] : "full";
        Load load = run(count, indicators, result);
        System.out.println("batch --result " + result + " of " + indicators + "-indicator evaluations with " + HEAP
            + ": " + load);
        if (load.exit != 0 || load.lines != count || load.errors != 0) {
            System.exit(1);
        }
    }

    /**
     * Streams {@code count} reports of {@code indicators} leaves through {@code perfeval batch - --result
     * result} in a JVM of its own with {@value #HEAP}.
     *
     * @return what it measured
     */
    static Load run(long count, int indicators, String result) throws IOException, InterruptedException {
        byte[][] lines = GenerateNdjson.lines(indicators);
        long start = System.nanoTime();
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
            "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), PerfevalCli.class.getName(), "batch", "-",
            "--result", result)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        AtomicLong peak = new AtomicLong(-1);
        AtomicReference<Duration> processor = new AtomicReference<>();
        Thread watch = daemon(() -> watch(batch, peak, processor));
        Thread feed = daemon(() -> feed(batch.getOutputStream(), lines, count));
        watch.start();
        feed.start();
        long[] read = read(batch.getInputStream());
        boolean exited = batch.waitFor(1, TimeUnit.MINUTES);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        feed.join();
        if (!exited) {
            batch.destroyForcibly();
        }
        return new Load(read[0], read[1], read[2], took, processor.get(), peak.get(), exited ? batch.exitValue() : -1);
    }

    /** This JVM's class path; Surefire may run tests from a jar that only names it in its manifest. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    }

    private static void feed(OutputStream stdin, byte[][] lines, long count) {
        try (OutputStream in = new BufferedOutputStream(stdin, 1 << 16)) {
            for (long i = 0; i < count; i++) {
                in.write(lines[(int) (i % GenerateNdjson.DISTINCT)]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the number of lines, how many of them are error records, and the bytes read */
    private static long[] read(InputStream stdout) throws IOException {
        long lines = 0;
        long errors = 0;
        long bytes = 0;
        int matched = 0;
        boolean lineStart = true;
        byte[] buffer = new byte[1 << 16];
        try (stdout) {
            for (int n = stdout.read(buffer); n >= 0; n = stdout.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines++;
                        lineStart = true;
                        matched = 0;
                        continue;
                    }
                    if (lineStart) {
                        matched = b == ERROR_RECORD[matched] ? matched + 1 : -1;
                        if (matched < 0) {
                            lineStart = false;
                        } else if (matched == ERROR_RECORD.length) {
                            errors++;
                            lineStart = false;
                        }
                    }
                }
            }
        }
        return new long[] {lines, errors, bytes};
    }

    /**
     * Keeps the largest VmHWM (peak resident set, kB) the batch process reports while it runs, and the
     * last processor time the system gives for it.
     */
    private static void watch(Process batch, AtomicLong peak, AtomicReference<Duration> processor) {
        Path status = Path.of("/proc", Long.toString(batch.pid()), "status");
        while (batch.isAlive()) {
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmHWM:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peak.accumulateAndGet(kb, Math::max);
                    }
                }
                batch.toHandle().info().totalCpuDuration().ifPresent(processor::set);
                Thread.sleep(200);
            } catch (IOException | NumberFormatException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
