package org.perfeval.examples.cli;

import java.io.PrintStream;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * How far a batch has got, drawn on one line of a terminal and redrawn in place with {@code \r}: lines
 * done, lines per second, error records so far and, when the input's size is known, the time left.
 * Redrawn at most every {@value #REDRAW_MILLIS} ms, so that drawing costs nothing next to scoring;
 * {@link #finish()} wipes the line, and the caller prints its summary in its place. The line stays
 * within 79 columns, so that it does not wrap on a terminal of 80.
 *
 * <p>A hand-written line rather than a progress-bar library: the ones for Java draw bars and
 * spinners with dependencies of their own (JLine, for terminal widths), and a batch needs one line of
 * numbers.
 */
final class Progress {
    static final long REDRAW_MILLIS = 250;
    /** The most columns the line takes: one less than the narrowest common terminal. */
    static final int MAX_COLUMNS = 79;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long FIRST_ESTIMATE_NANOS = 2 * NANOS_PER_SECOND;

    private final PrintStream err;
    private final Texts texts;
    private final String program;
    private final OptionalLong totalBytes;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDrawn;
    private int drawnWidth;

    /**
     * @param err the terminal
     * @param texts the run's language
     * @param program the command's name, such as {@code perfeval batch}
     * @param totalBytes the input's size, when known, for the time left
     * @param nanoTime the clock, {@link System#nanoTime()} but in tests
     */
    Progress(PrintStream err, Texts texts, String program, OptionalLong totalBytes, LongSupplier nanoTime) {
        this.err = err;
        this.texts = texts;
        this.program = program;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDrawn = start;
    }

    /**
     * Redraws the line if the last drawing is old enough.
     *
     * @param lines the lines written so far
     * @param failed the error records among them
     * @param bytes the input bytes of those lines, line breaks included
     */
    void update(long lines, long failed, long bytes) {
        long now = nanoTime.getAsLong();
        if (now - lastDrawn < REDRAW_MILLIS * 1_000_000L) {
            return;
        }
        lastDrawn = now;
        // A line longer than the terminal wraps, and \r would redraw only its last part: cut it.
        String line = Wrap.lines(line(lines, failed, bytes, now - start), MAX_COLUMNS).get(0);
        int width = Width.of(line);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - width)));
        err.flush();
        drawnWidth = width;
    }

    /** Wipes the progress line, if one was drawn, so that the summary takes its place. */
    void finish() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /**
     * @return such as {@code perfeval batch: 12000 lines, 3400/s, 2 error records, 1 min 5 s left}: within
     *     79 columns up to ten million lines and a hundred thousand error records; {@link #update} cuts a
     *     longer one, so that a terminal of 80 does not wrap it and {@code \r} returns to its start
     */
    String line(long lines, long failed, long bytes, long elapsedNanos) {
        StringBuilder text = new StringBuilder(program).append(": ")
            .append(texts.get("progress.line", texts.count(lines, "count.line"), perSecond(lines, elapsedNanos),
                texts.count(failed, "count.record")));
        if (totalBytes.isPresent() && bytes > 0 && elapsedNanos >= FIRST_ESTIMATE_NANOS) {
            long left = Math.max(0, totalBytes.getAsLong() - bytes);
            // elapsed × left / done, in whole seconds; exact integer arithmetic, no overflow below 2^63 ns·B
            long seconds = java.math.BigInteger.valueOf(elapsedNanos).multiply(java.math.BigInteger.valueOf(left))
                .divide(java.math.BigInteger.valueOf(bytes).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))).longValue();
            text.append(texts.get("progress.left", duration(seconds, texts)));
        }
        return text.toString();
    }

    /** @return whole lines per second, 0 before any time has passed */
    static long perSecond(long lines, long elapsedNanos) {
        return elapsedNanos <= 0 ? 0 : java.math.BigInteger.valueOf(lines).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))
            .divide(java.math.BigInteger.valueOf(elapsedNanos)).longValue();
    }

    /** @return such as {@code 1 min 5 s}, {@code 2 h 3 min}, {@code 40 s} */
    static String duration(long seconds, Texts texts) {
        if (seconds >= 3600) {
            return texts.get("duration.hours", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return texts.get("duration.minutes", seconds / 60, seconds % 60);
        }
        return texts.get("duration.seconds", seconds);
    }
}
