package org.perfeval.examples.cli;

import org.perfeval.rules.RuleCatalogue;
import org.perfeval.scoring.RuleRegistry;

/**
 * What one run of the tool works with: its streams and language, the reader of the files it names,
 * the scorer, the registry of rules and the catalogue of rule packs that picks a report's rule set
 * when none is given. Made for each run; nothing is kept between runs.
 */
record Session(Console console, Documents documents, Scorer scorer, RuleRegistry registry, RuleCatalogue catalogue) {
    /**
     * @param evaluation a report
     * @return the rule pack the catalogue picks for it, and why; in the run's language
     * @throws RejectedInput naming the report if no pack applies to it
     */
    RuleSetChoice choose(String source, org.perfeval.model.Evaluation evaluation) {
        RuleCatalogue.Choice choice = catalogue.choose(evaluation);
        Texts texts = console.texts();
        String reason = texts.zh() ? choice.reasonZh() : choice.reason();
        return choice.ruleSet().map(ruleSet -> new RuleSetChoice(ruleSet, reason))
            .orElseThrow(() -> new RejectedInput(source, texts.get("input.noRulePack", reason)));
    }

    /** A rule set the catalogue picked, with why in the run's language. */
    record RuleSetChoice(org.perfeval.rules.RuleSet ruleSet, String reason) {}
}
