package org.perfeval;

/**
 * The root of every exception the library throws for bad input: an unparseable printed value, an
 * invalid rule set, a rejected document. Business outcomes (a poor grade, a failed audit) are never
 * exceptions; they are part of the result.
 *
 * <p>Messages name the bad value, the rule it broke and where it sits (an indicator path, a field or
 * a JSON Pointer).
 */
public class PerfevalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what was wrong, where, and what was expected; not null
     */
    public PerfevalException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what was wrong, where, and what was expected; not null
     * @param cause the underlying failure, may be null
     */
    public PerfevalException(String message, Throwable cause) {
        super(message, cause);
    }
}
