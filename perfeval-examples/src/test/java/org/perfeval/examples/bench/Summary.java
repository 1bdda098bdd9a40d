package org.perfeval.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints each benchmark's ratio to the baseline of its class measured in the same run, from JMH's
 * JSON results, such as
 * {@code ScoringBenchmark.scoring [indicators=50]: 12.8 ± 0.559 µs, baseline 3.962 ± 0.225 µs, ratio 3.23× (goal ≤ 1.5×)}.
 * Ratios, not times, are the figures to compare across machines and runs: both sides of a ratio ran
 * on the same machine under the same load, minutes apart.
 *
 * <p>Usage: {@code Summary jmh-result.json}.
 */
public final class Summary {
    /** The goals the ratios are held to, by benchmark, or by benchmark and one of its parameters. */
    private static final Map<String, String> GOALS = Map.of(
        "ScoringBenchmark.scoring", "1.5",
        "ReadBenchmark.readScoreAudit", "2.5",
        "BatchBenchmark.batch form=FULL", "2.5",
        "BatchBenchmark.batch form=SUMMARY", "1.5");

    private Summary() {}

    /**
     * @param args the path of JMH's JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary JMH-RESULT.json");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line : lines(new ObjectMapper().readTree(new File(args[0])))) {
            out.println(line);
        }
    }

    /** One measured benchmark: class and method, parameters, mean and error. */
    private static final class Run {
        final String type;
        final String method;
        final String params;
        final BigDecimal score;
        final BigDecimal error;
        final String unit;

        Run(JsonNode node) {
            String name = node.get("benchmark").asText();
            String[] parts = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1).split("\\.");
            type = parts[0];
            method = parts[1];
            params = node.has("params") ? node.get("params").toString().replaceAll("[{}\"]", "").replace(':', '=') : "";
            score = node.get("primaryMetric").get("score").decimalValue();
            error = node.get("primaryMetric").get("scoreError").decimalValue();
            unit = node.get("primaryMetric").get("scoreUnit").asText().replace("us/op", "µs");
        }

        String key() {
            return type + " " + params;
        }
    }

    static List<String> lines(JsonNode results) {
        Map<String, Run> baselines = new LinkedHashMap<>();
        Map<String, Map<String, Run>> byKey = new LinkedHashMap<>();
        for (JsonNode node : results) {
            Run run = new Run(node);
            byKey.computeIfAbsent(run.key(), k -> new LinkedHashMap<>()).put(run.method, run);
            if (run.method.equals("baseline")) {
                baselines.put(run.key(), run);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, Run> runs : byKey.values()) {
            for (Run run : runs.values()) {
                if (run.method.equals("baseline")) {
                    continue;
                }
                Run baseline = baselines.get(run.key());
                String goal = goal(run);
                lines.add(run.type + "." + run.method + " [" + run.params + "]: " + time(run) + (baseline == null ? ""
                    : ", baseline " + time(baseline) + ", ratio " + ratio(run.score, baseline.score) + "×"
                        + (goal == null ? "" : " (goal ≤ " + goal + "×)")));
            }
        }
        return lines;
    }

    /** @return the goal of the benchmark, or of the benchmark with one of its parameters; null if none */
    private static String goal(Run run) {
        String name = run.type + "." + run.method;
        String goal = GOALS.get(name);
        for (String param : run.params.split(",")) {
            goal = goal != null ? goal : GOALS.get(name + " " + param.strip());
        }
        return goal;
    }

    private static String time(Run run) {
        return plain(run.score) + " ± " + plain(run.error) + " " + run.unit;
    }

    private static String plain(BigDecimal value) {
        return value.setScale(value.abs().compareTo(BigDecimal.TEN) >= 0 ? 1 : 3, RoundingMode.HALF_UP).toPlainString();
    }

    private static String ratio(BigDecimal value, BigDecimal baseline) {
        return value.divide(baseline, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
