package org.perfeval.examples.cli;

import java.io.PrintStream;

/** The two streams a command writes to, and the one-line form of a rejected input. */
final class Console {
    private final String program;
    private final PrintStream out;
    private final PrintStream err;

    Console(String program, PrintStream out, PrintStream err) {
        this.program = program;
        this.out = out;
        this.err = err;
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
}
