package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/** The streaming API: order, error records, the pure per-line function, an executor of the caller's, cancellation. */
class BatchScorerTest {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final Evaluator EVALUATOR = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private static final List<Evaluation> SEEDS = List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(),
        SeedReports.potou2022());

    @Test
    void linesComeOutInInputOrderEachAsItsResultOrItsErrorRecord() throws IOException {
        StringBuilder in = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i % 17 == 5) {
                in.append("{\"schemaVersion\":\"1.0\",\"unit\":\"x\",\"year\":\"2021\"}\n");
                expected.add(null);
            } else {
                Evaluation seed = SEEDS.get(i % SEEDS.size());
                in.append(JSON.write(seed)).append('\n');
                expected.add(JSON.write(EVALUATOR.evaluate(seed)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchScorer.Outcome outcome = BatchScorer.of(e -> EVALUATOR)
            .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out, BatchScorer.Listener.NONE);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(201, lines.length, "one line out per line in, each ended by a line break");
        assertEquals(200, outcome.lines());
        long failed = expected.stream().filter(e -> e == null).count();
        assertEquals(failed, outcome.failed());
        for (int i = 0; i < 200; i++) {
            if (expected.get(i) == null) {
                assertTrue(lines[i].startsWith("{\"line\":" + (i + 1) + ",\"error\":{\"pointer\":\"/year\""), lines[i]);
            } else {
                assertEquals(expected.get(i), lines[i], "line " + (i + 1));
            }
        }
    }

    @Test
    void theLineFunctionIsWhatTheStreamWrites() throws IOException {
        BatchScorer scorer = BatchScorer.of(e -> EVALUATOR);
        String line = JSON.write(SEEDS.get(0));
        EvaluationResult result = JSON.readResult(scorer.scoreLine(1, line));
        assertEquals(EVALUATOR.evaluate(SEEDS.get(0)), result);
        assertEquals("{\"line\":9,\"error\":{\"pointer\":\"\",\"column\":1,\"message\":\"expected an evaluation (a JSON object) but found the "
            + "number 42\"}}", scorer.scoreLine(9, "42"));
    }

    @Test
    void anExecutorOfTheCallersIsUsedAndLeftRunning() throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            List<String> threads = new ArrayList<>();
            BatchScorer scorer = BatchScorer.of(e -> {
                synchronized (threads) {
                    threads.add(Thread.currentThread().getName());
                }
                return EVALUATOR;
            }).onExecutor(executor, 3);
            assertEquals(48, scorer.window());
            String in = (JSON.write(SEEDS.get(2)) + "\n").repeat(30);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(new BatchScorer.Outcome(30, 0), scorer.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
                out, BatchScorer.Listener.NONE));
            assertTrue(threads.stream().allMatch(t -> t.startsWith("pool-")), threads.toString());
            assertTrue(!executor.isShutdown(), "the caller's executor is the caller's to shut down");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void interruptingTheCallerStopsAnEndlessStreamWithTheLinesBeforeWritten() throws Exception {
        byte[] line = (JSON.write(SEEDS.get(0)) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private int at;

            @Override
            public int read() {
                byte b = line[at];
                at = (at + 1) % line.length;
                return b & 0xff;
            }
        };
        CountDownLatch hundred = new CountDownLatch(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                BatchScorer.of(e -> EVALUATOR).run(endless, out, (lines, failed, bytes) -> {
                    if (lines == 100) {
                        hundred.countDown();
                    }
                });
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        runner.start();
        assertTrue(hundred.await(60, TimeUnit.SECONDS), "a hundred lines are written");
        runner.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!runner.isAlive(), "the run stops once interrupted");
        assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
        assertTrue(stillInterrupted.get(), "the interrupt status is kept");
        String written = out.toString(StandardCharsets.UTF_8);
        String result = JSON.write(EVALUATOR.evaluate(SEEDS.get(0)));
        for (String each : written.split("\n")) {
            assertEquals(result, each, "every line written before the interrupt is whole and in order");
        }
    }

    @Test
    void badArgumentsAreRefusedByName() {
        assertEquals("evaluators", assertThrows(NullPointerException.class, () -> BatchScorer.of(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BatchScorer.of(e -> EVALUATOR).onExecutor(Runnable::run, 0));
    }
}
