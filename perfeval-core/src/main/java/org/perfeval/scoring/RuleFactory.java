package org.perfeval.scoring;

/**
 * Makes a {@link ScoringRule} from its {@link RuleSpec}: checks the parameters and returns a rule
 * that holds them. Registered by name in a {@link RuleRegistry}.
 *
 * <h2>Implementation specification</h2>
 * Implementations must be pure and thread-safe. Bad parameters (unknown names, missing values,
 * values out of range) throw {@link IllegalArgumentException} with a message that names them; a rule
 * set's lint reports the message.
 */
@FunctionalInterface
public interface RuleFactory {

    /**
     * @param spec the rule's name and parameters, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the parameters are not valid for this rule
     */
    ScoringRule create(RuleSpec spec);
}
