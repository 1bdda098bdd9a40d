package org.perfeval;

/**
 * A printed value (a target such as {@code "≥98%"}, an actual such as {@code "-31.55%"}, an amount
 * such as {@code "918.886283 万元"}) that cannot be read. The message names the text and what was
 * expected.
 */
public class ValueFormatException extends PerfevalException {
    private static final long serialVersionUID = 1L;

    /** The text that could not be read. */
    private final String text;

    /**
     * Creates the exception.
     *
     * @param text the text that could not be read, not null
     * @param expected what a valid text looks like, not null
     */
    public ValueFormatException(String text, String expected) {
        super("cannot read \"" + text + "\": expected " + expected);
        this.text = text;
    }

    /** @return the text that could not be read */
    public String text() {
        return text;
    }
}
