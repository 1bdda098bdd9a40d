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

    /** A report scored and audited: where it came from, the result, the rule set and how the rule set fits it. */
    record Scored(String source, EvaluationResult result, RuleSet ruleSet, List<LintProblem> fit) {
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
        if (result.findings().isEmpty()) {
            result = withFindings(result, Audit.of(ruleSet).audit(result));
        }
        return new Scored(source, result, ruleSet, ruleSet.lint(registry, evaluation));
    }

    /**
     * The result with the audit's findings in it, so that every format, JSON included, carries them.
     * The engine leaves {@link EvaluationResult#findings()} to the audit.
     */
    private static EvaluationResult withFindings(EvaluationResult result, List<Finding> findings) {
        if (findings.isEmpty()) {
            return result;
        }
        EvaluationResult.Builder copy = EvaluationResult.builder()
            .evaluation(result.evaluation())
            .ruleSetId(result.ruleSetId())
            .ruleSetVersion(result.ruleSetVersion())
            .maximum(result.maximum())
            .total(result.total())
            .grade(result.grade())
            .applicablePoints(result.applicablePoints())
            .addAllNodes(result.nodes())
            .putAllUnearnedCategories(result.unearnedCategories())
            .totalTrace(result.totalTrace())
            .addAllFindings(findings);
        result.reportedTotal().ifPresent(copy::reportedTotal);
        result.reportedGrade().ifPresent(copy::reportedGrade);
        return copy.build();
    }
}
