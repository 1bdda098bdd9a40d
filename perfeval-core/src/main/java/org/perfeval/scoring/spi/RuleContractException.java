package org.perfeval.scoring.spi;

import org.perfeval.PerfevalException;


/**
 * A rule or aggregator broke its contract while scoring: it threw, returned nothing, or awarded
 * points outside {@code [0, points]}. The built-ins never do; the message names the rule and the
 * indicator so that the rule's author can fix it.
 */
public class RuleContractException extends PerfevalException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the rule, the indicator and what went wrong, not null
     * @param cause what the rule threw, may be null
     */
    public RuleContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
