package org.perfeval.examples.cli;

/**
 * An input the tool refuses: a file that cannot be read, a document that does not read, a rule set
 * that does not lint clean. Exit status 1, with one line per problem that names the file, where in it
 * the problem is (JSON Pointer, line and column) and what it is.
 */
final class RejectedInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file the file as the user named it
     * @param problem where in the file and what is wrong, such as
     *     {@code /year (line 4, column 11): expected an integer but found the string "2021"}
     */
    RejectedInput(String file, String problem) {
        this(file, problem, null);
    }

    RejectedInput(String file, String problem, Throwable cause) {
        super(oneLine(file + ": " + problem), cause);
        this.file = file;
    }

    /** @return the file as the user named it */
    String file() {
        return file;
    }

    /** A message for one line of a terminal: line breaks inside it become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
