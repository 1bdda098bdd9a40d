package org.perfeval.rules;

import java.util.List;
import org.perfeval.PerfevalException;


/**
 * A rule set that does not lint clean, refused by {@link org.perfeval.scoring.ScoringEngine#of(RuleSet, org.perfeval.scoring.RuleRegistry)}.
 * The message lists every problem; {@link #problems()} returns them as values.
 */
public class InvalidRuleSetException extends PerfevalException {
    private static final long serialVersionUID = 1L;

    private final transient List<LintProblem> problems;

    /**
     * @param ruleSetId the rule set's id, not null
     * @param problems every problem, not empty
     */
    public InvalidRuleSetException(String ruleSetId, List<LintProblem> problems) {
        super("rule set " + ruleSetId + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
            + ":\n  " + String.join("\n  ", problems.stream().map(LintProblem::toString).toArray(String[]::new)));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem of the rule set */
    public List<LintProblem> problems() {
        return problems;
    }
}
