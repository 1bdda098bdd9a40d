package org.perfeval.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.evaluation.TableEvaluator;
import org.perfeval.evaluation.TableResult;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/** Scores reports, one engine per rule set, and keeps what a view of each needs. */
final class Scorer {
    private final RuleRegistry registry;
    private final Map<RuleSet, Evaluator> engines = new HashMap<>();

    Scorer(RuleRegistry registry) {
        this.registry = registry;
    }

    /** A report scored and audited: where it came from, the result, the rule set and how the rule set fits it. */
    record Scored(String source, EvaluationResult result, RuleSet ruleSet, List<LintProblem> fit,
            Optional<String> chosenBecause, Optional<TableResult> table) {
        Page page(Texts texts) {
            return table.map(t -> TableView.page(source, t, texts)).orElseGet(() -> new ResultView(this, texts).page());
        }
    }

    /**
     * @param source where the report came from, for the output
     * @param evaluation the report
     * @param ruleSet a rule set that lints clean
     * @return the report scored
     */
    Scored score(String source, Evaluation evaluation, RuleSet ruleSet) {
        return score(source, evaluation, ruleSet, Optional.empty());
    }

    /**
     * @param source where the report came from, for the output
     * @param evaluation the report
     * @param choice the rule pack a catalogue picked, which lints clean, and why
     * @return the report scored, with why the pack was picked
     */
    Scored score(String source, Evaluation evaluation, Session.RuleSetChoice choice) {
        return score(source, evaluation, choice.ruleSet(), Optional.of(choice.reason()));
    }

    private Scored score(String source, Evaluation evaluation, RuleSet ruleSet, Optional<String> because) {
        Evaluator engine = engines.computeIfAbsent(ruleSet, r -> Evaluator.of(r, registry));
        return new Scored(source, engine.evaluate(evaluation), ruleSet, engine.engine().lint(evaluation), because, Optional.empty());
    }

    /**
     * @param source where the table came from, for the output
     * @param table a printed table
     * @param base the rule set whose rules apply, in the table's own layout; lints clean
     * @return the table scored, shown in its own layout
     */
    Scored score(String source, SelfEvaluationTable table, RuleSet base) {
        TableEvaluator evaluator = TableEvaluator.of(base, registry);
        TableResult scored = evaluator.evaluate(table);
        RuleSet ruleSet = evaluator.ruleSetFor(table);
        return new Scored(source, scored.asEvaluationResult(), ruleSet, registry.lint(ruleSet, table.evaluation()),
            Optional.empty(), Optional.of(scored));
    }
}
