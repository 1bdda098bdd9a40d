package org.perfeval.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.model.Evaluation;
import org.perfeval.scoring.EvaluationResult;
import org.perfeval.scoring.LintProblem;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.RuleSet;
import org.perfeval.scoring.ScoringEngine;

/** Scores reports, one engine per rule set, and keeps what a view of each needs. */
final class Scorer {
    private final RuleRegistry registry;
    private final Map<RuleSet, ScoringEngine> engines = new HashMap<>();

    Scorer(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * A report scored: where it came from, the result, the rule set, how the rule set fits it, and
     * the audit's findings.
     */
    record Scored(String source, EvaluationResult result, RuleSet ruleSet, List<LintProblem> fit, List<Finding> findings) {
        Page page() {
            return new ResultView(this).page();
        }
    }

    /**
     * @param source where the report came from, for the output
     * @param evaluation the report
     * @param ruleSet a rule set that lints clean
     * @return the report scored
     */
    Scored score(String source, Evaluation evaluation, RuleSet ruleSet) {
        ScoringEngine engine = engines.computeIfAbsent(ruleSet, r -> ScoringEngine.of(r, registry));
        EvaluationResult result = engine.score(evaluation);
        // The audit of the scored report, unless the engine has already filled the result's findings.
        List<Finding> findings = result.findings().isEmpty() ? Audit.of(ruleSet).audit(result) : result.findings();
        return new Scored(source, result, ruleSet, ruleSet.lint(registry, evaluation), findings);
    }
}
