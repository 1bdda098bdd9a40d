package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that breaks the format, found by one of the binding's readers. It travels through Jackson
 * as a mapping exception so that enclosing readers add their field names and indexes to its path;
 * {@link #problem()} is the clean text the facade reports.
 */
public final class InputProblem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final transient RuntimeException domainCause;

    InputProblem(JsonParser parser, String problem, JsonLocation location, RuntimeException domainCause) {
        super(parser, problem, location);
        this.domainCause = domainCause;
    }

    /** @return what is wrong and what was expected, without location */
    public String problem() {
        return getOriginalMessage();
    }

    /** @return the domain exception (an invariant or a printed value) behind the problem, or null */
    public RuntimeException domainCause() {
        return domainCause;
    }
}
