package org.perfeval.scoring;

import org.perfeval.model.Evaluation;

/**
 * The engine's scoring without its audit, for {@code ScoringBenchmark}: what the floor is measured
 * against. It lives in the engine's package because the engine offers no public way to skip the
 * audit; every result an application gets is audited.
 */
public final class ScoringOnly {
    private ScoringOnly() {}

    /**
     * @param engine the engine
     * @param evaluation the evaluation
     * @return its result, with no findings
     */
    public static EvaluationResult score(ScoringEngine engine, Evaluation evaluation) {
        return engine.scoreWithoutAudit(evaluation);
    }
}
