package org.perfeval.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSetMismatchException;
import org.perfeval.scoring.spi.RuleContractException;

/**
 * Scores evaluations under one rule set: {@link #score(Evaluation)} gives the computed total and
 * grade beside the reported ones, every node's points, awarded points, rate and trace, and the budget
 * metrics. The audit of the same report, with the scores, is one call of
 * {@code org.perfeval.evaluation.Evaluator}.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
 * ScoreSheet result = engine.score(evaluation);
 * result.total();                                   // Optional[100.00]
 * result.grade().get().label();                     // 优
 * result.node("产出指标").get().reportedScore();     // Optional[39.35]
 * }</pre>
 *
 * <p>How it scores: every node gets its points top-down, the total being the grade scale's maximum:
 * a category's points from the rule set, else the points the report states, else (for a group that
 * states none) the sum of its children's if they all state some, else a share of what the parent's
 * points leave ({@link org.perfeval.rules.Allocation}). Each leaf is scored by the rule its binding names
 * ({@link org.perfeval.rules.RuleBinding}), each group by its aggregator, the total by the total aggregator; each step
 * is rounded as the rule set says. A poor score, an actual that cannot be scored, a report whose
 * points do not add up: all are results, never exceptions. A total is computed only when the rule
 * set allows it (see {@link ScoreSheet}); otherwise the sheet says why there is none.
 *
 * <p>The engine is immutable, thread-safe and deterministic: one engine scores any number of
 * evaluations from any number of threads, and the same evaluation always gives an equal result.
 */
public final class ScoringEngine {
    private final CompiledRuleSet compiled;
    private final boolean strict;

    private ScoringEngine(CompiledRuleSet compiled, boolean strict) {
        this.compiled = compiled;
        this.strict = strict;
    }

    /**
     * Makes an engine for a rule set that lints clean.
     *
     * @param ruleSet the rule set, not null
     * @param registry the rules and aggregators it may name, not null
     * @return the engine
     * @throws InvalidRuleSetException listing every problem of {@link RuleRegistry#lint(RuleSet)}
     */
    public static ScoringEngine of(RuleSet ruleSet, RuleRegistry registry) {
        requireNonNull(ruleSet, "ruleSet");
        requireNonNull(registry, "registry");
        List<LintProblem> problems = registry.lint(ruleSet);
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(ruleSet.id(), problems);
        }
        return new ScoringEngine(new CompiledRuleSet(ruleSet, registry), false);
    }

    /**
     * @return an engine like this one that refuses a report which does not fit the rule set (a year
     *     outside its effective dates, another kind, top-level rows of which none matches a category):
     *     {@link #score(Evaluation)} throws {@link RuleSetMismatchException}. Without strict matching
     *     such a report is scored and each {@link RuleSet.Mismatch} is an audit finding.
     */
    public ScoringEngine strict() {
        return strict ? this : new ScoringEngine(compiled, true);
    }

    /** @return whether the engine refuses a report that does not fit the rule set ({@link #strict()}) */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The problems of the engine's rule set against one evaluation: those that
     * {@link RuleRegistry#lint(RuleSet, Evaluation)} adds to {@link RuleRegistry#lint(RuleSet)}, without
     * linting the rule set itself again (the engine was made from a rule set that lints clean).
     *
     * @param evaluation the evaluation to check against, not null
     * @return the problems; empty when the rule set fits the evaluation
     */
    public List<LintProblem> lint(Evaluation evaluation) {
        List<LintProblem> problems = new ArrayList<>();
        RuleSetLint.lintAgainst(compiled.ruleSet, requireNonNull(evaluation, "evaluation"), problems, compiled);
        return problems;
    }

    /** @return the rule set the engine scores by */
    public RuleSet ruleSet() {
        return compiled.ruleSet;
    }

    /**
     * Scores an evaluation.
     *
     * @param evaluation the evaluation, not null
     * @return the result
     * @throws RuleContractException if a rule or aggregator registered by the application breaks its
     *     contract (the built-ins never do)
     * @throws RuleSetMismatchException if the engine is {@link #strict()} and the report does not fit the rule set
     */
    public ScoreSheet score(Evaluation evaluation) {
        requireNonNull(evaluation, "evaluation");
        if (strict) {
            List<RuleSet.Mismatch> mismatches = compiled.ruleSet.mismatches(evaluation);
            if (!mismatches.isEmpty()) {
                throw new RuleSetMismatchException(compiled.ruleSet.id(), mismatches);
            }
        }
        return new Scoring(compiled, evaluation).run();
    }
}
