package org.perfeval.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.BatchScorer;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * Scores a stream of reports inside a {@code Stream} pipeline, as an application that reads them from
 * a queue or a database cursor would: {@link BatchScorer#scoreLine(long, String)} is a pure function
 * from one NDJSON line to one result line (or error record), so it is a {@code map} step like any
 * other, and the same function is the map step of a distributed engine.
 *
 * <p>Run it with {@code java -cp perfeval.jar org.perfeval.examples.ScoreAStream < reports.ndjson}.
 */
public final class ScoreAStream {
    private static final Evaluator DEPARTMENT = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private static final Evaluator PROJECT = Evaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns());
    /** One scorer, made once: immutable and thread-safe, so a parallel stream may share it. */
    private static final BatchScorer SCORER =
        BatchScorer.of(e -> e.kind() == EvaluationKind.PROJECT ? PROJECT : DEPARTMENT);

    private ScoreAStream() {}

    /**
     * Reads NDJSON from standard input and prints one result line per report.
     *
     * @param args ignored
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        score(in.lines(), System.out);
    }

    /**
     * Scores each line and prints what it gives, in order; blank lines are left out.
     *
     * @param lines evaluation documents, one per element
     * @param out where the result lines go
     */
    static void score(Stream<String> lines, PrintStream out) {
        AtomicLong number = new AtomicLong();
        lines.map(line -> SCORER.scoreLine(number.incrementAndGet(), line))
            .forEachOrdered(out::println);
    }
}
