package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary pairs each benchmark with the baseline of its class and parameters. */
class SummaryTest {

    @Test
    void eachBenchmarkIsSetAgainstItsOwnBaseline() throws IOException {
        String results = "["
            + run("ScoringBenchmark.baseline", "50", "4.0", "0.2")
            + "," + run("ScoringBenchmark.scoring", "50", "7.0", "0.3")
            + "," + run("ScoringBenchmark.engine", "50", "10.0", "0.5")
            + "," + run("ScoringBenchmark.audit", "50", "3.0", "0.1")
            + "," + run("ScoringBenchmark.baseline", "200", "16.0", "1.0")
            + "," + run("ScoringBenchmark.scoring", "200", "20.0", "1.0")
            + "," + run("ReadBenchmark.baseline", "50", "40.0", "2.0")
            + "," + run("ReadBenchmark.readScoreAudit", "50", "90.0", "3.0")
            + "," + batch("baseline", "FULL", "100.0", "5.0")
            + "," + batch("batch", "FULL", "200.0", "5.0")
            + "," + batch("baseline", "SUMMARY", "80.0", "5.0")
            + "," + batch("batch", "SUMMARY", "100.0", "5.0")
            + "]";

        List<String> lines = Summary.lines(new ObjectMapper().readTree(results));

        assertEquals(List.of(
            "ScoringBenchmark.scoring [indicators=50]: 7.000 ± 0.300 µs, baseline 4.000 ± 0.200 µs, ratio 1.75× (goal ≤ 1.5×)",
            "ScoringBenchmark.engine [indicators=50]: 10.0 ± 0.500 µs, baseline 4.000 ± 0.200 µs, ratio 2.50×",
            "ScoringBenchmark.audit [indicators=50]: 3.000 ± 0.100 µs, baseline 4.000 ± 0.200 µs, ratio 0.75×",
            "ScoringBenchmark.scoring [indicators=200]: 20.0 ± 1.000 µs, baseline 16.0 ± 1.000 µs, ratio 1.25× (goal ≤ 1.5×)",
            "ReadBenchmark.readScoreAudit [indicators=50]: 90.0 ± 3.000 µs, baseline 40.0 ± 2.000 µs, ratio 2.25× (goal ≤ 2.5×)",
            "BatchBenchmark.batch [indicators=50,form=FULL]: 200.0 ± 5.000 µs, baseline 100.0 ± 5.000 µs, ratio 2.00× (goal ≤ 2.5×)",
            "BatchBenchmark.batch [indicators=50,form=SUMMARY]: 100.0 ± 5.000 µs, baseline 80.0 ± 5.000 µs, ratio 1.25× (goal ≤ 1.5×)"),
            lines);
    }

    private static String batch(String method, String form, String score, String error) {
        return "{\"benchmark\":\"org.perfeval.examples.bench.BatchBenchmark." + method + "\",\"params\":{\"indicators\":\"50\","
            + "\"form\":\"" + form + "\"},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error
            + ",\"scoreUnit\":\"us/op\"}}";
    }

    private static String run(String benchmark, String indicators, String score, String error) {
        return "{\"benchmark\":\"org.perfeval.examples.bench." + benchmark + "\",\"params\":{\"indicators\":\"" + indicators
            + "\"},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\"us/op\"}}";
    }
}
