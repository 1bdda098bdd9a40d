package org.perfeval.evaluation;

import static java.util.Objects.requireNonNull;

import org.perfeval.audit.Audit;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.scoring.ScoringEngine;
import org.perfeval.scoring.spi.RuleContractException;

/**
 * Scores a report under a rule set and audits it, in one call: what a finance system usually wants.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
 * EvaluationResult result = evaluator.evaluate(evaluation);
 * result.total();                                   // Optional[100.00]: empty when not computable
 * result.grade().get().label();                     // 优
 * result.findings();                                // what the report's own numbers contradict
 * }</pre>
 *
 * <p>The evaluator is immutable, thread-safe and deterministic, like the engine and the audit it
 * combines.
 */
public final class Evaluator {
    private final ScoringEngine engine;
    private final Audit audit;

    private Evaluator(ScoringEngine engine, Audit audit) {
        this.engine = engine;
        this.audit = audit;
    }

    /**
     * Makes an evaluator for a rule set that lints clean.
     *
     * @param ruleSet the rule set, not null
     * @param registry the rules and aggregators it may name, not null
     * @return the evaluator
     * @throws InvalidRuleSetException listing every problem of {@link RuleRegistry#lint(RuleSet)}
     */
    public static Evaluator of(RuleSet ruleSet, RuleRegistry registry) {
        ScoringEngine engine = ScoringEngine.of(ruleSet, registry);
        return new Evaluator(engine, Audit.of(ruleSet));
    }

    /**
     * Strict matching: the evaluator refuses a report that does not fit its rule set (a year outside the
     * effective dates, another kind, top-level rows of which none matches a category) with
     * {@link org.perfeval.rules.RuleSetMismatchException}. By default such a report is scored and audited,
     * and each mismatch is a {@code RULE_SET_MISMATCH} finding.
     *
     * @return an evaluator like this one, with strict matching
     */
    public Evaluator strict() {
        return engine.isStrict() ? this : new Evaluator(engine.strict(), audit);
    }

    /** @return the rule set the evaluator scores and audits by */
    public RuleSet ruleSet() {
        return engine.ruleSet();
    }

    /** @return the scoring engine, for callers that want the scores without the audit */
    public ScoringEngine engine() {
        return engine;
    }

    /**
     * Scores and audits a report.
     *
     * @param evaluation the report, not null
     * @return its scores and the audit's findings
     * @throws RuleContractException if a rule or aggregator registered by the application breaks its
     *     contract (the built-ins never do)
     * @throws org.perfeval.rules.RuleSetMismatchException if the evaluator is {@link #strict()} and the report
     *     does not fit the rule set
     */
    public EvaluationResult evaluate(Evaluation evaluation) {
        ScoreSheet scores = engine.score(requireNonNull(evaluation, "evaluation"));
        return EvaluationResult.of(scores, audit.audit(scores));
    }
}
