package org.perfeval.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.internal.NdjsonLines;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleCatalogue;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.RuleContractException;

/**
 * Scores a stream of evaluation documents: NDJSON in, one line out per line in, in input order. Each
 * line is read, validated, scored and audited; what comes out is its result document (compact, one
 * line; the full result, or with {@link #writing(ResultForm)} the summary, which names its input line
 * as {@code "line"}) or an error record naming the line and the problem, as the reader says it:
 * <pre>{@code {"line":17,"error":{"pointer":"/indicators/0/points","column":42,"message":"expected a decimal number but found the string \"10\""}}}</pre>
 *
 * <p>Two ways to use it:
 * <ul>
 *   <li>{@link #run(InputStream, OutputStream, Listener)} streams a whole input on an executor, with a
 *       bounded window of lines in flight ({@link #window()} lines and {@value #MAX_IN_FLIGHT_BYTES}
 *       bytes at most), so memory stays constant however long the stream; interrupting the calling
 *       thread cancels it.</li>
 *   <li>{@link #scoreLine(long, String)} is the pure function behind it, one line in and one line out,
 *       for a {@code Stream} pipeline, a message-queue consumer or the map step of a distributed
 *       engine.</li>
 * </ul>
 *
 * <pre>{@code
 * BatchScorer scorer = BatchScorer.of(evaluation -> evaluator);
 * scorer.run(Files.newInputStream(input), Files.newOutputStream(output), BatchScorer.Listener.NONE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #onExecutor(Executor, int)} and
 * {@link #writing(ResultForm)} return a copy.
 */
public final class BatchScorer {
    /** Lines in flight per unit of parallelism, by default. */
    public static final int LINES_PER_THREAD = 16;
    /** Most input bytes in flight at once: two of the largest documents, and many small ones. */
    public static final int MAX_IN_FLIGHT_BYTES = 16 << 20;

    private static final JsonFactory RECORDS = new JsonFactory();

    private final Function<Evaluation, Evaluator> evaluators;
    private final PerfevalJson json;
    private final Executor executor;
    private final int parallelism;
    private final ResultForm form;

    private BatchScorer(Function<Evaluation, Evaluator> evaluators, PerfevalJson json, Executor executor, int parallelism,
            ResultForm form) {
        this.evaluators = evaluators;
        this.json = json;
        this.executor = executor;
        this.parallelism = parallelism;
        this.form = form;
    }

    /**
     * @param evaluators the evaluator for each evaluation read (one rule set for all, or one chosen by
     *     the evaluation's kind), not null; it must not return null
     * @return a scorer that runs on threads of its own, one per processor, and writes full results
     */
    public static BatchScorer of(Function<Evaluation, Evaluator> evaluators) {
        return new BatchScorer(requireNonNull(evaluators, "evaluators"), PerfevalJson.create(), null,
            Runtime.getRuntime().availableProcessors(), ResultForm.FULL);
    }

    /**
     * Scores each evaluation under the rule pack the catalogue picks for its kind, place and year, one
     * evaluator per pack, made once. A line that no pack applies to gets an error record whose message
     * says where the catalogue looked: {@code no rule set to score under: no rule pack for PROJECT at
     * 410105, 410100, 410000, CN is in effect in 2019 (…)}.
     *
     * @param catalogue the packs, not null
     * @param registry the rules the packs name, not null; a pack that does not lint clean under it
     *     fails when first picked, as {@link Evaluator#of} does
     * @return a scorer that runs on threads of its own, one per processor
     */
    public static BatchScorer choosing(RuleCatalogue catalogue, RuleRegistry registry) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(registry, "registry");
        Map<RuleSet, Evaluator> evaluators = new ConcurrentHashMap<>();
        return of(evaluation -> {
            RuleCatalogue.Choice choice = catalogue.choose(evaluation);
            RuleSet pack = choice.ruleSet().orElseThrow(() -> new NoRuleSet(choice.reason()));
            return evaluators.computeIfAbsent(pack, p -> Evaluator.of(p, registry));
        });
    }

    /** No rule pack applies to an evaluation: the message says where the catalogue looked. */
    private static final class NoRuleSet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoRuleSet(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Returns a copy that scores on the given executor, which it neither shuts down nor owns.
     *
     * @param executor where lines are scored, not null
     * @param parallelism how many lines it works on at once, at least 1; the window is
     *     {@value #LINES_PER_THREAD} lines per unit of it
     * @return the copy
     * @throws IllegalArgumentException if {@code parallelism} is below 1
     */
    public BatchScorer onExecutor(Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
        }
        return new BatchScorer(evaluators, json, requireNonNull(executor, "executor"), parallelism, form);
    }

    /**
     * Returns a copy that writes results in the form given: {@link ResultForm#FULL} (the default), or
     * {@link ResultForm#SUMMARY}, whose every line also carries {@code "line"}, the number of its input
     * line, as the error records do. Error records are the same in both forms.
     *
     * @param form the form of the result lines, not null
     * @return the copy
     */
    public BatchScorer writing(ResultForm form) {
        return new BatchScorer(evaluators, json, executor, parallelism, requireNonNull(form, "form"));
    }

    /** @return the form of the result lines this scorer writes */
    public ResultForm form() {
        return form;
    }

    /** @return the most lines in flight at once */
    public int window() {
        return LINES_PER_THREAD * parallelism;
    }

    /** What a run did: lines read and, among them, lines whose output is an error record. */
    public record Outcome(long lines, long failed) {}

    /** Hears of each line written, in order: for progress reports. Called on the thread of {@code run}. */
    @FunctionalInterface
    public interface Listener {
        /** Hears nothing. */
        Listener NONE = (lines, failed, bytes) -> { };

        /**
         * @param lines lines written so far
         * @param failed error records among them
         * @param bytes input bytes of those lines, a line break counted for each
         */
        void written(long lines, long failed, long bytes);
    }

    /**
     * Scores one line: the pure function {@link #run} applies to every line.
     *
     * @param number the line's number, from 1, for the error record (and the summary's {@code "line"})
     * @param line one evaluation document, not null
     * @return its result document in this scorer's {@link #form()}, or its error record, on one line
     *     without a line break
     */
    public String scoreLine(long number, String line) {
        return score(number, requireNonNull(line, "line").getBytes(StandardCharsets.UTF_8)).bytes.line();
    }

    /**
     * Reads every line of {@code in} and writes one line to {@code out} for each, in order, and flushes.
     * Neither stream is closed.
     *
     * @param in NDJSON, not null
     * @param out where results and error records go, not null
     * @param listener hears of each line written, not null
     * @return how many lines were read and how many failed
     * @throws InterruptedIOException if the calling thread is interrupted (its interrupt status stays
     *     set): the lines in flight are abandoned, the lines before them are written
     * @throws IOException if reading or writing fails; the lines before it are written
     * @throws RuleContractException never for the built-ins: a rule of the application's that breaks its
     *     contract gives an error record for its line
     */
    public Outcome run(InputStream in, OutputStream out, Listener listener) throws IOException {
        requireNonNull(in, "in");
        requireNonNull(out, "out");
        requireNonNull(listener, "listener");
        ExecutorService own = executor == null ? Executors.newFixedThreadPool(parallelism, work -> {
            Thread thread = new Thread(work, "perfeval-batch");
            thread.setDaemon(true);
            return thread;
        }) : null;
        Executor on = own != null ? own : executor;
        NdjsonLines lines = new NdjsonLines(in, PerfevalJson.MAX_DOCUMENT_BYTES);
        ArrayDeque<Pending> window = new ArrayDeque<>();
        int maxLines = window();
        long inFlight = 0;
        Progress progress = new Progress();
        try {
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                int size = line.bytes().length;
                while (!window.isEmpty() && (window.size() >= maxLines || inFlight + size > MAX_IN_FLIGHT_BYTES)) {
                    inFlight -= writeHead(window, out, progress, listener);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted after " + progress.lines + " lines");
                }
                NdjsonLines.Line task = line;
                window.addLast(new Pending(CompletableFuture.supplyAsync(() -> score(task.number(), task.bytes()), on), size));
                inFlight += size;
                progress.read++;
            }
            while (!window.isEmpty()) {
                writeHead(window, out, progress, listener);
            }
            out.flush();
            return new Outcome(progress.read, progress.failed);
        } finally {
            for (Pending pending : window) {
                pending.done.cancel(true);
            }
            if (own != null) {
                own.shutdownNow();
            }
        }
    }

    /** Counts of one run. */
    private static final class Progress {
        long read;
        long lines;
        long failed;
        long bytes;
    }

    /** What one line gave: the bytes to write, its final line break included, and whether it failed. */
    private static final class Done {
        final Bytes bytes;
        final boolean failed;

        Done(Bytes bytes, boolean failed) {
            this.bytes = bytes;
            this.failed = failed;
        }
    }

    /** A line in flight: what it will give, and the input bytes it holds. */
    private record Pending(CompletableFuture<Done> done, int size) {}

    /** Waits for the oldest line in flight and writes what it gave; @return the input bytes it held */
    private static int writeHead(ArrayDeque<Pending> window, OutputStream out, Progress progress, Listener listener)
            throws IOException {
        Pending head = window.removeFirst();
        Done done;
        try {
            done = head.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted after " + progress.lines + " lines");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        done.bytes.writeTo(out);
        progress.lines++;
        progress.failed += done.failed ? 1 : 0;
        progress.bytes += head.size + 1;
        listener.written(progress.lines, progress.failed, progress.bytes);
        return head.size;
    }

    private Done score(long number, byte[] line) {
        try {
            Evaluation evaluation = json.readEvaluation(new ByteArrayInputStream(line));
            EvaluationResult result = evaluators.apply(evaluation).evaluate(evaluation);
            // A full result is several times its input, a summary a fraction of it.
            Bytes bytes = new Bytes(form == ResultForm.SUMMARY ? line.length / 2 + 256 : 4 * line.length + 1024);
            if (form == ResultForm.SUMMARY) {
                json.writeSummary(result, number, bytes);
            } else {
                json.write(result, bytes);
            }
            bytes.write('\n');
            return new Done(bytes, false);
        } catch (JsonInputException e) {
            return new Done(record(number, e.pointer(), e.column(), e.problem()), true);
        } catch (NoRuleSet e) {
            return new Done(record(number, "", 0, "no rule set to score under: " + e.getMessage()), true);
        } catch (RuleContractException e) {
            return new Done(record(number, "", 0, e.getMessage()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** @return {@code {"line":N,"error":{"pointer":…,"column":…,"message":…}}} and a line break */
    private static Bytes record(long line, String pointer, int column, String message) {
        Bytes bytes = new Bytes(256);
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
        return bytes;
    }

    /** A line written in memory, handed on as it is rather than copied once more. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        /** @return the text without its final line break */
        String line() {
            return new String(buf, 0, count - 1, StandardCharsets.UTF_8);
        }
    }
}
