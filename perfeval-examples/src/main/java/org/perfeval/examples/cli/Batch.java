package org.perfeval.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.scoring.spi.RuleContractException;

/**
 * Scores an NDJSON stream: each line is read, validated, scored and audited on one of a fixed number
 * of threads, and its result document (compact, one line) or its error record is written in the order
 * of the input. At most {@value #LINES_PER_THREAD} lines per thread and {@value #MAX_IN_FLIGHT_BYTES}
 * bytes of input are in flight at once, so memory stays bounded however long the stream is.
 *
 * <p>An error record names the line and what is wrong with it, as the reader says it:
 * {@code {"line":17,"error":{"pointer":"/indicators/0/points","column":42,"message":"expected a decimal
 * number but found the string \"10\""}}}. The column, within the line, is left out when unknown.
 */
final class Batch {
    static final int LINES_PER_THREAD = 16;
    static final int MAX_IN_FLIGHT_BYTES = 16 << 20;

    private static final JsonFactory RECORDS = new JsonFactory();

    private final Function<Evaluation, Evaluator> engines;
    private final int threads;
    private final PerfevalJson json = PerfevalJson.create();

    /** What a run did: lines read and lines that failed. */
    record Outcome(long lines, long failed) {}

    /** Hears of each line written, in order: for progress on a terminal. */
    @FunctionalInterface
    interface Listener {
        /** Nothing to hear. */
        Listener NONE = (lines, failed, bytes) -> { };

        /**
         * @param lines lines written so far
         * @param failed error records among them
         * @param bytes input bytes of those lines, a line break counted for each
         */
        void written(long lines, long failed, long bytes);
    }

    /** What one line gave: the bytes to write, its final line break included, and whether it failed. */
    private record Done(byte[] bytes, boolean failed) {}

    /** A line in flight: what it will give, and the input bytes it holds. */
    private record Pending(Future<Done> done, int size) {}

    /**
     * @param engines the engine to score each evaluation with
     * @param threads how many lines are worked on at once
     */
    Batch(Function<Evaluation, Evaluator> engines, int threads) {
        this.engines = engines;
        this.threads = threads;
    }

    /**
     * Reads every line of {@code in} and writes one line to {@code out} for each, in order.
     *
     * @param listener hears of each line written
     * @return how many lines were read and how many failed
     * @throws IOException if reading or writing fails; the lines before it are written
     */
    Outcome run(InputStream in, OutputStream out, Listener listener) throws IOException {
        Lines lines = new Lines(in, PerfevalJson.MAX_DOCUMENT_BYTES);
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "perfeval-batch");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Pending> window = new ArrayDeque<>();
        int maxLines = LINES_PER_THREAD * threads;
        long inFlight = 0;
        long count = 0;
        long failed = 0;
        long written = 0;
        long bytesWritten = 0;
        try {
            for (Lines.Line line = lines.next(); line != null; line = lines.next()) {
                int size = line.bytes().length;
                while (!window.isEmpty() && (window.size() >= maxLines || inFlight + size > MAX_IN_FLIGHT_BYTES)) {
                    Pending head = window.removeFirst();
                    inFlight -= head.size();
                    failed += write(head, out);
                    bytesWritten += head.size() + 1;
                    listener.written(++written, failed, bytesWritten);
                }
                Lines.Line task = line;
                window.addLast(new Pending(pool.submit(() -> process(task)), size));
                inFlight += size;
                count++;
            }
            while (!window.isEmpty()) {
                Pending head = window.removeFirst();
                failed += write(head, out);
                bytesWritten += head.size() + 1;
                listener.written(++written, failed, bytesWritten);
            }
            out.flush();
            return new Outcome(count, failed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the oldest line in flight and writes what it gave; @return 1 if it failed, else 0 */
    private static int write(Pending pending, OutputStream out) throws IOException {
        Done done;
        try {
            done = pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while scoring");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        out.write(done.bytes());
        return done.failed() ? 1 : 0;
    }

    private Done process(Lines.Line line) {
        try {
            Evaluation evaluation = json.readEvaluation(new ByteArrayInputStream(line.bytes()));
            EvaluationResult result = engines.apply(evaluation).evaluate(evaluation);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * line.bytes().length + 1024);
            json.write(result, bytes);
            bytes.write('\n');
            return new Done(bytes.toByteArray(), false);
        } catch (JsonInputException e) {
            return new Done(record(line.number(), e.pointer(), e.column(), e.problem()), true);
        } catch (RuleContractException e) {
            return new Done(record(line.number(), "", 0, e.getMessage()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** @return {@code {"line":N,"error":{"pointer":…,"column":…,"message":…}}} and a line break */
    static byte[] record(long line, String pointer, int column, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = RECORDS.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeObjectFieldStart("error");
            g.writeStringField("pointer", pointer);
            if (column > 0) {
                g.writeNumberField("column", column);
            }
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
