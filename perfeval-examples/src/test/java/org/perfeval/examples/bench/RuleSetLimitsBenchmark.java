package org.perfeval.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.examples.SeedReport;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * The largest rule set the limits allow ({@link LargestRuleSet}) on the Jinshui seed report: its
 * lint, an evaluator made from it (one lint and the compiled rule set), and the scoring and audit of
 * the report. The baseline is what an application does with the built-in profile: make the evaluator
 * and evaluate the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleSetLimitsBenchmark {
    private final RuleRegistry registry = RuleRegistry.builtIns();
    private Evaluation report;
    private RuleSet largest;
    private Evaluator evaluator;

    @Setup
    public void setUp() {
        report = SeedReport.JINSHUI_2021.read(PerfevalJson.create());
        largest = LargestRuleSet.build();
        evaluator = Evaluator.of(largest, registry);
    }

    /** @return the profile's evaluator and its result for the report */
    @Benchmark
    public EvaluationResult baseline() {
        return Evaluator.of(Profiles.departmentOverall(), registry).evaluate(report);
    }

    /** @return the lint of the largest rule set: empty */
    @Benchmark
    public List<LintProblem> lint() {
        return registry.lint(largest);
    }

    /** @return an evaluator of the largest rule set: linted once and compiled */
    @Benchmark
    public Evaluator engine() {
        return Evaluator.of(largest, registry);
    }

    /** @return the report scored and audited under the largest rule set */
    @Benchmark
    public EvaluationResult evaluate() {
        return evaluator.evaluate(report);
    }
}
