package org.perfeval.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * What one run of a command has to work with: its name for messages, the standard streams, the
 * language it speaks and whether standard error is a terminal.
 */
final class Console {
    private final String program;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Texts texts;
    private final Terminal terminal;

    Console(String program, InputStream in, PrintStream out, PrintStream err, Texts texts, Terminal terminal) {
        this.program = program;
        this.in = in;
        this.out = out;
        this.err = err;
        this.texts = texts;
        this.terminal = terminal;
    }

    /** @return the same streams, for the command named {@code program}, such as {@code perfeval score} */
    Console named(String program) {
        return new Console(program, in, out, err, texts, terminal);
    }

    /** @return such as {@code perfeval score} */
    String program() {
        return program;
    }

    /** @return standard input, for a command that reads {@code -} */
    InputStream in() {
        return in;
    }

    /** @return standard output: the results */
    PrintStream out() {
        return out;
    }

    /** @return standard error: problems, progress and summaries */
    PrintStream err() {
        return err;
    }

    /** @return the run's language */
    Texts texts() {
        return texts;
    }

    /** @return whether standard error is a terminal */
    boolean standardErrorIsTerminal() {
        return terminal.standardErrorIsTerminal();
    }

    /**
     * Reports a rejected input on standard error, on one line: {@code perfeval score: FILE: PROBLEM}.
     *
     * @param rejected the rejected input
     */
    void reject(RejectedInput rejected) {
        note(rejected.getMessage());
    }

    /**
     * Says something about the run on standard error, on one line: {@code perfeval batch: MESSAGE}.
     *
     * @param message what to say
     */
    void note(String message) {
        err.println(program + ": " + TerminalText.escape(message));
    }
}
