package org.perfeval.json;

import org.perfeval.PerfevalException;
import org.perfeval.json.internal.Unicode;

/**
 * A JSON document that cannot be read: not UTF-8, not JSON, beyond a limit of {@link PerfevalJson}, or
 * JSON that breaks the format (a wrong type, an unknown or repeated field, a {@code null}, a missing
 * required field, a value the domain rejects).
 *
 * <p>It says where the problem is in two ways: {@link #pointer()} is the RFC 6901 JSON Pointer of the
 * bad value (or of the object whose invariant failed), and {@link #line()} and {@link #column()} give
 * its place in the text. {@link #problem()} names the bad value and what was expected. The message
 * joins all three, for example:
 *
 * <pre>{@code
 * /indicators/2/children/0/points (line 14, column 21): expected a decimal number but found the string "五"
 * }</pre>
 *
 * <p>Every failure to read a document is this one exception type.
 */
public final class JsonInputException extends PerfevalException {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the bad value; empty for the document as a whole. */
    private final String pointer;
    /** The line of the bad value, from 1; 0 before parsing. */
    private final int line;
    /** The column of the bad value, from 1; 0 before parsing. */
    private final int column;
    /** The bad value and what was expected. */
    private final String problem;

    // Pointer and problem quote the document: an unpaired surrogate in it is escaped, so that a log can hold them.
    JsonInputException(String pointer, int line, int column, String problem, Throwable cause) {
        super(where(Unicode.escapeUnpairedSurrogates(pointer), line, column) + ": " + Unicode.escapeUnpairedSurrogates(problem), cause);
        this.pointer = Unicode.escapeUnpairedSurrogates(pointer);
        this.line = line;
        this.column = column;
        this.problem = Unicode.escapeUnpairedSurrogates(problem);
    }

    private static String where(String pointer, int line, int column) {
        String place = pointer.isEmpty() ? "the document" : pointer;
        return line > 0 ? place + " (line " + line + ", column " + Math.max(column, 1) + ")" : place;
    }

    /**
     * @return the RFC 6901 JSON Pointer of the bad value, such as {@code /indicators/0/points}; the
     *     empty string for the document as a whole
     */
    public String pointer() {
        return pointer;
    }

    /** @return the line of the bad value, from 1; 0 when the input was rejected before it was parsed */
    public int line() {
        return line;
    }

    /** @return the column of the bad value, from 1; 0 when the input was rejected before it was parsed */
    public int column() {
        return column;
    }

    /** @return what is wrong and what was expected, without the location */
    public String problem() {
        return problem;
    }
}
