package org.perfeval.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * Writing a result document, compact, against Jackson writing a tree of plain nodes with the same
 * fields, values and numbers ({@code ObjectNode}, decimals as {@code DecimalNode} written plain): the
 * cost of producing the same bytes, without looking anything up in the result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {
    @Param({"10", "50", "200"})
    int indicators;

    private EvaluationResult result;
    private JsonNode tree;
    private ObjectMapper mapper;
    private PerfevalJson json;
    private ByteArrayOutputStream out;

    @Setup
    public void setUp() throws JsonProcessingException {
        json = PerfevalJson.create();
        result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns())
            .evaluate(Reports.evaluation(indicators, Benchmarks.SEED));
        mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
        tree = mapper.readTree(json.write(result));
        out = new ByteArrayOutputStream(1 << 16);
    }

    /** @return the bytes of the tree */
    @Benchmark
    public int baseline() throws IOException {
        out.reset();
        mapper.writeValue(out, tree);
        return out.size();
    }

    /** @return what the last call wrote */
    byte[] written() {
        return out.toByteArray();
    }

    /** @return the bytes of the result document */
    @Benchmark
    public int write() throws IOException {
        out.reset();
        json.write(result, out);
        return out.size();
    }
}
