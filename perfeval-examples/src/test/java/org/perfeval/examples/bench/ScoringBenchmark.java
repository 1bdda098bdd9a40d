package org.perfeval.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.scoring.ScoringEngine;

/**
 * Scoring an evaluation already in memory, against the hand-written {@link Floor}. {@link #scoring()}
 * is the engine's scoring alone, what the floor computes and the result around it; {@link #engine()}
 * is what {@link Evaluator#score} costs, the audit of every result included; {@link #audit()} is
 * the audit alone on a result already made.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {
    @Param({"10", "50", "200"})
    int indicators;

    private Evaluation evaluation;
    private ScoringEngine scoring;
    private Evaluator engine;
    private Audit audit;
    private ScoreSheet result;

    @Setup
    public void setUp() {
        evaluation = Reports.evaluation(indicators, Benchmarks.SEED);
        RuleSet ruleSet = Profiles.departmentOverall();
        scoring = ScoringEngine.of(ruleSet, RuleRegistry.builtIns());
        engine = Evaluator.of(ruleSet, RuleRegistry.builtIns());
        audit = Audit.of(ruleSet);
        result = scoring.score(evaluation);
    }

    /** @return the floor's points, total and grade */
    @Benchmark
    public Floor baseline() {
        return Floor.score(evaluation);
    }

    /** @return the scoring engine's result: the scoring alone, without the audit */
    @Benchmark
    public ScoreSheet scoring() {
        return scoring.score(evaluation);
    }

    /** @return the evaluator's result: scoring and audit */
    @Benchmark
    public EvaluationResult engine() {
        return engine.evaluate(evaluation);
    }

    /** @return the audit of a result, alone */
    @Benchmark
    public List<Finding> audit() {
        return audit.audit(result);
    }
}
