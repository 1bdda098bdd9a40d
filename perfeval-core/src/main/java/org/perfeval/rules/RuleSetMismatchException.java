package org.perfeval.rules;

import java.util.List;
import org.perfeval.PerfevalException;

/**
 * A report that does not fit the rule set, refused by an engine or evaluator made {@code strict()}
 * (without strict matching each {@link RuleSet.Mismatch} is an audit finding instead). The message lists
 * every mismatch; {@link #mismatches()} returns them as values.
 */
public class RuleSetMismatchException extends PerfevalException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleSet.Mismatch> mismatches;

    /**
     * @param ruleSetId the rule set's id, not null
     * @param mismatches every mismatch, not empty
     */
    public RuleSetMismatchException(String ruleSetId, List<RuleSet.Mismatch> mismatches) {
        super("the report does not fit rule set " + ruleSetId + " (strict matching):\n  "
            + String.join("\n  ", mismatches.stream().map(RuleSet.Mismatch::messageEn).toArray(String[]::new)));
        this.mismatches = List.copyOf(mismatches);
    }

    /** @return every mismatch of the report with the rule set */
    public List<RuleSet.Mismatch> mismatches() {
        return mismatches;
    }
}
