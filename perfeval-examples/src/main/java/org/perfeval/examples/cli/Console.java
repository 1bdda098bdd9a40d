package org.perfeval.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command reads and writes, and the one-line form of a rejected input. */
final class Console {
    private final String program;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Console(String program, PrintStream out, PrintStream err) {
        this(program, InputStream.nullInputStream(), out, err);
    }

    Console(String program, InputStream in, PrintStream out, PrintStream err) {
        this.program = program;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** @return standard input, for a command that reads {@code -} */
    InputStream in() {
        return in;
    }

    /** @return standard output: the results */
    PrintStream out() {
        return out;
    }

    /**
     * Reports a rejected input on standard error, on one line: {@code perfeval score: FILE: PROBLEM}.
     *
     * @param rejected the rejected input
     */
    void reject(RejectedInput rejected) {
        err.println(program + ": " + rejected.getMessage());
    }

    /**
     * Says something about the run on standard error, on one line: {@code perfeval batch: MESSAGE}.
     *
     * @param message what to say
     */
    void note(String message) {
        err.println(program + ": " + message);
    }
}
