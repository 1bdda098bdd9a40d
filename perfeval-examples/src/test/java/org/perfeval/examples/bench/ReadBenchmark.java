package org.perfeval.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * From the bytes of an evaluation document to its audited result, against Jackson reading the same
 * bytes into a tree ({@code ObjectMapper.readTree}, default configuration): the unavoidable cost of
 * looking at every byte and keeping what it says. {@link #read()} is the strict reading alone.
 *
 * <p>Each call takes the next of {@value #DOCUMENTS} reports of the same size made with different
 * seeds, both sides alike: one document read over and over would leave every value the reader keeps
 * (printed targets and actuals) already read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {
    @Param({"10", "50", "200"})
    int indicators;

    static final int DOCUMENTS = 64;

    private final byte[][] documents = new byte[DOCUMENTS][];
    private int next;
    private ObjectMapper mapper;
    private PerfevalJson json;
    private Evaluator engine;

    @Setup
    public void setUp() {
        json = PerfevalJson.create();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents[i] = json.write(Reports.evaluation(indicators, Benchmarks.SEED + i)).getBytes(StandardCharsets.UTF_8);
        }
        mapper = new ObjectMapper();
        engine = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    }

    /** @return Jackson's tree of the document */
    @Benchmark
    public JsonNode baseline() throws IOException {
        return mapper.readTree(document());
    }

    /** @return the evaluation read, validated, scored and audited */
    @Benchmark
    public EvaluationResult readScoreAudit() throws IOException {
        return engine.evaluate(json.readEvaluation(new ByteArrayInputStream(document())));
    }

    /** @return the evaluation read and validated */
    @Benchmark
    public Evaluation read() throws IOException {
        return json.readEvaluation(new ByteArrayInputStream(document()));
    }

    private byte[] document() {
        next = next + 1 == DOCUMENTS ? 0 : next + 1;
        return documents[next];
    }
}
