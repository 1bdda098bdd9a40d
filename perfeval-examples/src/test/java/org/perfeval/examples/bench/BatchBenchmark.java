package org.perfeval.examples.bench;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.BatchScorer;
import org.perfeval.json.PerfevalJson;
import org.perfeval.json.ResultForm;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * The processor time of a batch: {@link BatchScorer#run} over {@value #LINES} NDJSON lines on the
 * calling thread (an executor that runs each line where it is given), writing full results or their
 * summaries, against one floor for both: Jackson reading each line into a tree and writing a tree as
 * large as the line's full result, made beforehand from that result. With full results the batch
 * reads and writes the floor's bytes and adds the validation, the scoring and the audit; with
 * summaries it writes a fifth of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchBenchmark {
    @Param({"10", "50", "200"})
    int indicators;

    /** What each line's result is: the full result document, or its summary. */
    @Param({"FULL", "SUMMARY"})
    ResultForm form;

    static final int LINES = 64;

    private byte[] input;
    private byte[][] lines;
    private JsonNode[] results;
    private JsonMapper mapper;
    private BatchScorer scorer;
    private final Counting sink = new Counting();

    @Setup
    public void setUp() throws IOException {
        PerfevalJson json = PerfevalJson.create();
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        BatchScorer full = BatchScorer.of(evaluation -> evaluator).onExecutor(Runnable::run, 1);
        scorer = full.writing(form);
        mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        lines = new byte[LINES][];
        results = new JsonNode[LINES];
        for (int i = 0; i < LINES; i++) {
            String line = json.write(Reports.evaluation(indicators, Benchmarks.SEED + i));
            lines[i] = line.getBytes(StandardCharsets.UTF_8);
            all.write(lines[i]);
            all.write('\n');
            results[i] = mapper.readTree(full.scoreLine(i + 1, line));
        }
        input = all.toByteArray();
    }

    /** @return the bytes written: each line read into a tree, and its full result's tree written */
    @Benchmark
    public long baseline() throws IOException {
        sink.count = 0;
        for (int i = 0; i < LINES; i++) {
            JsonNode read = mapper.readTree(lines[i]);
            if (read.isMissingNode()) {
                throw new IllegalStateException("line " + (i + 1) + " is empty");
            }
            mapper.writeValue(sink, results[i]);
            sink.write('\n');
        }
        return sink.count;
    }

    /** @return the bytes written: each line's result in the benchmark's form */
    @Benchmark
    public long batch() throws IOException {
        sink.count = 0;
        BatchScorer.Outcome outcome = scorer.run(new ByteArrayInputStream(input), sink, BatchScorer.Listener.NONE);
        if (outcome.lines() != LINES || outcome.failed() != 0) {
            throw new IllegalStateException("the batch gave " + outcome);
        }
        return sink.count;
    }

    /** Counts what it is given and keeps nothing. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
