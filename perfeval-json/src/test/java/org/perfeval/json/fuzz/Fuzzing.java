package org.perfeval.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.perfeval.PerfevalException;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * What must hold for every document, however broken: it is read, scored and written, and what is
 * written reads back equal; or it is refused with a {@link PerfevalException} that says what is
 * wrong. Never another exception, never more than a second.
 */
final class Fuzzing {
    /** A document that was read, scored, written and read back. */
    static final String SCORED = "scored";
    /** A result document that was read, written and read back. */
    static final String READ = "read";
    /** A document the reader refused. */
    static final String REFUSED = "refused";
    /** A rule set that was read but does not lint clean. */
    static final String LINTED = "refused by lint";

    /**
     * The most processor time one document may take, from reading to writing its result. Measured on
     * the thread that does the work, so that a busy build machine does not count against the library.
     */
    static final Duration PER_CASE = Duration.ofSeconds(1);
    /** A case that has not ended after this much wall-clock time is stopped: it hangs. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static ExecutorService runner;

    private static final PerfevalJson JSON = PerfevalJson.create();

    private Fuzzing() {}

    /**
     * Runs one case: fails it if it throws anything but the checks' own errors, takes more than
     * {@link #PER_CASE} of processor time, or hangs.
     *
     * @return what became of the document
     */
    static String withinASecond(Supplier<String> check) {
        Future<String> outcome = runner().submit(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            String result = check.get();
            long used = THREADS.getCurrentThreadCpuTime() - start;
            assertTrue(used < PER_CASE.toNanos(), "took " + used / 1_000_000 + " ms of processor time");
            return result;
        });
        try {
            return outcome.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            abandonRunner();
            throw new AssertionError("the case did not end within " + HANG.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The thread is stuck in a case: leave it, and run the next cases on a new one. */
    private static synchronized void abandonRunner() {
        runner.shutdownNow();
        runner = null;
    }

    /** One thread for the cases, made again only after a hang: a thread per case costs more than most cases. */
    private static synchronized ExecutorService runner() {
        if (runner == null) {
            runner = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "fuzz-case");
                thread.setDaemon(true);
                return thread;
            });
        }
        return runner;
    }

    /** An evaluation document: read → score → write → read back, or a clear refusal. */
    static String evaluation(byte[] document, Evaluator engine) {
        Evaluation evaluation;
        try {
            evaluation = JSON.readEvaluation(new ByteArrayInputStream(document));
        } catch (JsonInputException e) {
            refusedClearly(e);
            textReaderAgrees(document, Optional.of(e.getMessage()), text -> JSON.readEvaluation(text));
            return REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        textReaderAgrees(document, Optional.empty(), text -> assertEquals(evaluation, JSON.readEvaluation(text)));
        try {
            assertEquals(evaluation, JSON.readEvaluation(new ByteArrayInputStream(written(evaluation))),
                "the evaluation reads back as written");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resultReadsBack(engine.evaluate(evaluation));
        return SCORED;
    }

    /** A rule set document: read → lint → score the published reports → write → read back, or a clear refusal. */
    static String ruleSet(byte[] document) {
        RuleSet ruleSet;
        try {
            ruleSet = JSON.readRuleSet(new ByteArrayInputStream(document));
        } catch (JsonInputException e) {
            refusedClearly(e);
            textReaderAgrees(document, Optional.of(e.getMessage()), text -> JSON.readRuleSet(text));
            return REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(ruleSet, JSON.readRuleSet(JSON.write(ruleSet)), "the rule set reads back as written");
        Evaluator engine;
        try {
            engine = Evaluator.of(ruleSet, RuleRegistry.builtIns());
        } catch (InvalidRuleSetException e) {
            refusedClearly(e);
            assertFalse(e.problems().isEmpty(), e.getMessage());
            return LINTED;
        }
        for (Evaluation report : Corpus.REPORTS) {
            resultReadsBack(engine.evaluate(report));
        }
        return SCORED;
    }

    /** A result document: read → write → read back, or a clear refusal. */
    static String result(byte[] document) {
        EvaluationResult result;
        try {
            result = JSON.readResult(new ByteArrayInputStream(document));
        } catch (JsonInputException e) {
            refusedClearly(e);
            textReaderAgrees(document, Optional.of(e.getMessage()), text -> JSON.readResult(text));
            return REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resultReadsBack(result);
        return READ;
    }

    private static void resultReadsBack(EvaluationResult result) {
        byte[] written = written(result);
        try {
            assertEquals(result, JSON.readResult(new ByteArrayInputStream(written)), "the result reads back as written");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(new String(written, StandardCharsets.UTF_8), JSON.write(result), "bytes and text are one document");
    }

    /** A refusal names the problem and where it is, in the format's words, never Jackson's. */
    static void refusedClearly(PerfevalException e) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank(), "a refusal without a message: " + e);
        assertFalse(message.contains("com.fasterxml") || message.contains("Immutable"), "leaks the implementation: " + message);
        assertTrue(wellFormed(message), "a message that cannot be logged as UTF-8 (an unpaired surrogate): " + message);
        if (e instanceof JsonInputException) {
            JsonInputException input = (JsonInputException) e;
            assertTrue(input.pointer().isEmpty() || input.pointer().startsWith("/"), "not a JSON Pointer: " + input.pointer());
            assertFalse(input.problem().isBlank(), message);
        }
    }

    /** The text reader, given the same document decoded, accepts what the byte reader accepts and refuses alike. */
    private static void textReaderAgrees(byte[] document, Optional<String> refusal, Consumer<String> read) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(document)).toString();
        } catch (CharacterCodingException e) {
            return; // the text reader gets characters: bytes that are not UTF-8 cannot reach it
        }
        if (refusal.isEmpty()) {
            read.accept(text);
            return;
        }
        try {
            read.accept(text);
        } catch (JsonInputException e) {
            assertEquals(refusal.get(), e.getMessage(), "the text reader refuses as the byte reader does");
            return;
        }
        throw new AssertionError("the text reader accepts what the byte reader refused: " + refusal.get());
    }

    /** @return whether every surrogate of the text is one half of a pair */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] written(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (value instanceof Evaluation) {
                JSON.write((Evaluation) value, out);
            } else {
                JSON.write((EvaluationResult) value, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
