package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.json.ResultForm;
import org.perfeval.model.Evaluation;


/** Every benchmark runs and measures what it says, so that the suite cannot rot between runs. */
class BenchmarksTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void scoringBenchmarksScoreTheSameReport(int indicators) {
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.indicators = indicators;
        benchmark.setUp();
        BigDecimal floor = benchmark.baseline().total();
        assertEquals(Optional.of(floor), benchmark.scoring().total());
        assertEquals(Optional.of(floor), benchmark.engine().total());
        assertEquals(benchmark.engine().findings(), benchmark.audit(), "the evaluator adds the audit of the same scores");
        assertTrue(!benchmark.audit().isEmpty(), "the generated reports give the audit something to find");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void readingBenchmarksReadTheSameBytes(int indicators) throws IOException {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.indicators = indicators;
        benchmark.setUp();
        List<String> tree = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> scored = new ArrayList<>();
        for (int i = 0; i < ReadBenchmark.DOCUMENTS; i++) {
            JsonNode document = benchmark.baseline();
            tree.add(document.get("unit").asText() + " " + document.get("year").asInt());
        }
        for (int i = 0; i < ReadBenchmark.DOCUMENTS; i++) {
            Evaluation evaluation = benchmark.read();
            read.add(evaluation.unit() + " " + evaluation.year());
        }
        for (int i = 0; i < ReadBenchmark.DOCUMENTS; i++) {
            Evaluation evaluation = benchmark.readScoreAudit().evaluation();
            scored.add(evaluation.unit() + " " + evaluation.year());
        }
        assertEquals(tree, read);
        assertEquals(tree, scored);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void writingBenchmarksWriteTheSameShape(int indicators) throws IOException {
        WriteBenchmark benchmark = new WriteBenchmark();
        benchmark.indicators = indicators;
        benchmark.setUp();
        benchmark.baseline();
        byte[] tree = benchmark.written();
        benchmark.write();
        assertArrayEquals(tree, benchmark.written());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void theBatchOfFullResultsAndItsFloorWriteTheSameBytesForTheSameLines(int indicators) throws IOException {
        BatchBenchmark benchmark = batch(indicators, ResultForm.FULL);
        long floor = benchmark.baseline();
        assertTrue(floor > BatchBenchmark.LINES * 1000L, "the floor writes every result: " + floor);
        assertEquals(floor, benchmark.batch());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void theBatchOfSummariesWritesLessThanTheFloorOfFullResults(int indicators) throws IOException {
        BatchBenchmark benchmark = batch(indicators, ResultForm.SUMMARY);
        long floor = benchmark.baseline();
        long summaries = benchmark.batch();
        assertTrue(summaries > BatchBenchmark.LINES * 1000L && summaries < floor / 2, summaries + " against " + floor);
    }

    private static BatchBenchmark batch(int indicators, ResultForm form) throws IOException {
        BatchBenchmark benchmark = new BatchBenchmark();
        benchmark.indicators = indicators;
        benchmark.form = form;
        benchmark.setUp();
        return benchmark;
    }
}
