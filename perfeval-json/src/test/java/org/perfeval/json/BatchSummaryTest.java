package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/** {@link BatchScorer} writing summaries: input order, each summary naming its line, error records unchanged. */
class BatchSummaryTest {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final Evaluator EVALUATOR = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private static final List<Evaluation> SEEDS = List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(),
        SeedReports.potou2022());
    private static final String BAD_YEAR = "{\"schemaVersion\":\"1.0\",\"unit\":\"x\",\"year\":\"2021\"}";

    @Test
    void summariesComeOutInInputOrderEachNamingItsLine() throws IOException {
        StringBuilder in = new StringBuilder();
        List<String> full = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            if (i % 13 == 4) {
                in.append(BAD_YEAR).append('\n');
                full.add(null);
            } else {
                Evaluation seed = SEEDS.get(i % SEEDS.size());
                in.append(JSON.write(seed)).append('\n');
                full.add(JSON.write(EVALUATOR.evaluate(seed)));
            }
        }
        byte[] input = in.toString().getBytes(StandardCharsets.UTF_8);
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            // A window of 32 lines: most of the 150 wait for the oldest to be written.
            BatchScorer scorer = BatchScorer.of(e -> EVALUATOR).onExecutor(executor, 2).writing(ResultForm.SUMMARY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BatchScorer.Outcome outcome = scorer.run(new ByteArrayInputStream(input), out, BatchScorer.Listener.NONE);
            ByteArrayOutputStream fullOut = new ByteArrayOutputStream();
            BatchScorer.of(e -> EVALUATOR).onExecutor(executor, 2).run(new ByteArrayInputStream(input), fullOut,
                BatchScorer.Listener.NONE);

            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
            String[] fullLines = fullOut.toString(StandardCharsets.UTF_8).split("\n", -1);
            assertEquals(151, lines.length, "one line out per line in, each ended by a line break");
            assertEquals(new BatchScorer.Outcome(150, full.stream().filter(f -> f == null).count()), outcome);
            for (int i = 0; i < 150; i++) {
                if (full.get(i) == null) {
                    assertTrue(lines[i].startsWith("{\"line\":" + (i + 1) + ",\"error\":{\"pointer\":\"/year\""), lines[i]);
                    assertEquals(fullLines[i], lines[i], "an error record is the same in both forms");
                } else {
                    assertTrue(lines[i].startsWith("{\"schemaVersion\":\"1.0\",\"line\":" + (i + 1) + ","), lines[i]);
                    Summaries.assertSummaryOf(full.get(i), lines[i], i + 1);
                    if (i < SEEDS.size()) {
                        assertEquals("[]", Schemas.problems(DocumentKind.RESULT_SUMMARY, lines[i]).toString(), lines[i]);
                    }
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theLineFunctionWritesTheFormAsked() {
        BatchScorer full = BatchScorer.of(e -> EVALUATOR);
        BatchScorer summary = full.writing(ResultForm.SUMMARY);
        String line = JSON.write(SEEDS.get(0));
        assertEquals(JSON.write(EVALUATOR.evaluate(SEEDS.get(0))), full.scoreLine(7, line));
        String written = summary.scoreLine(7, line);
        Summaries.assertSummaryOf(full.scoreLine(7, line), written, 7);
        assertEquals("[]", Schemas.problems(DocumentKind.RESULT_SUMMARY, written).toString());
        assertEquals(full.scoreLine(9, "42"), summary.scoreLine(9, "42"));
        assertEquals("{\"line\":9,\"error\":{\"pointer\":\"\",\"column\":1,\"message\":\"expected an evaluation (a JSON object) but "
            + "found the number 42\"}}", summary.scoreLine(9, "42"));
    }

    @Test
    void writingGivesACopyAndFullIsTheDefault() {
        BatchScorer scorer = BatchScorer.of(e -> EVALUATOR);
        assertSame(ResultForm.FULL, scorer.form());
        BatchScorer summary = scorer.writing(ResultForm.SUMMARY);
        assertSame(ResultForm.SUMMARY, summary.form());
        assertSame(ResultForm.FULL, scorer.form(), "the scorer it was made from is unchanged");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            assertSame(ResultForm.SUMMARY, summary.onExecutor(executor, 1).form(), "an executor keeps the form");
        } finally {
            executor.shutdownNow();
        }
        assertSame(ResultForm.FULL, summary.writing(ResultForm.FULL).form());
        assertEquals("form", assertThrows(NullPointerException.class, () -> scorer.writing(null)).getMessage());
    }
}
