package org.perfeval.json.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * One engine, one rule set and one {@link PerfevalJson} shared by 8 threads that score and write
 * 2,000 evaluations (10,000 with {@code -Plong}) give what scoring them one by one gives: equal
 * results and the same bytes.
 */
class ConcurrentScoringTest {
    private static final boolean LONG = Boolean.getBoolean("perfeval.test.long");
    private static final int THREADS = 8;
    private static final int SCORINGS = LONG ? 10_000 : 2_000;
    private static final int SHAPES = SCORINGS / 10;

    private final Evaluator engine = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void eightThreadsScoreAsOneDoes() throws Exception {
        // SCORINGS / 10 shapes from the kit's generator (generating is the slow part), each for ten years.
        List<Evaluation> shapes = new ArrayList<>(List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(),
            SeedReports.potou2022()));
        PerfevalArbitraries.evaluations().withoutEdgeCases().sampleStream().limit(SHAPES - shapes.size()).forEach(shapes::add);
        List<Evaluation> evaluations = new ArrayList<>();
        for (int year = 0; year < SCORINGS / SHAPES; year++) {
            for (Evaluation shape : shapes) {
                evaluations.add(copy(shape, year == 0 ? shape.year() : 2011 + year));
            }
        }
        List<EvaluationResult> oneByOne = new ArrayList<>();
        List<byte[]> oneByOneBytes = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            EvaluationResult result = engine.evaluate(evaluation);
            oneByOne.add(result);
            oneByOneBytes.add(bytes(result));
        }
        // Fresh instances, equal to the ones scored, whose lazily computed parts nobody has asked for yet. The
        // three reports come first and every thread scores them at once.
        List<Evaluation> fresh = evaluations.stream().map(e -> copy(e, e.year())).toList();
        assertEquals(evaluations, fresh);

        Queue<String> differences = new ConcurrentLinkedQueue<>();
        EvaluationResult[][] shared = new EvaluationResult[THREADS][3];
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 3; i++) {
                        shared[thread][i] = engine.evaluate(fresh.get(i));
                    }
                    int count = 0;
                    for (int i = thread; i < SCORINGS; i += THREADS, count++) {
                        EvaluationResult result = engine.evaluate(fresh.get(i));
                        if (!result.equals(oneByOne.get(i))) {
                            differences.add("evaluation " + i + ": " + result + " but one by one " + oneByOne.get(i));
                        } else if (!Arrays.equals(bytes(result), oneByOneBytes.get(i))) {
                            differences.add("evaluation " + i + ": other bytes");
                        }
                    }
                    return count;
                }));
            }
            for (Future<Integer> thread : done) {
                assertEquals(SCORINGS / THREADS, thread.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(differences));
        for (EvaluationResult[] thread : shared) {
            assertEquals(oneByOne.subList(0, 3), List.of(thread));
        }
    }

    private static Evaluation copy(Evaluation e, int year) {
        return Evaluation.builder().unit(e.unit()).year(year).kind(e.kind()).title(e.title()).budget(e.budget())
            .addAllProjects(e.projects()).addAllIndicators(e.indicators()).reportedTotal(e.reportedTotal())
            .reportedGrade(e.reportedGrade()).addAllClaims(e.claims()).build();
    }

    private byte[] bytes(EvaluationResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            json.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
