package org.perfeval.examples.cli;

/** A command line the tool cannot make sense of: exit status 2, with a hint to ask for help. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
