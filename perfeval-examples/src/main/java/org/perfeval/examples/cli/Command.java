package org.perfeval.examples.cli;

import java.util.Set;

/** One command of the tool: its name, its help, the options that take a value, and what it does. */
interface Command {

    /** @return the name typed on the command line, such as {@code score} */
    String name();

    /** @return one line for the tool's list of commands */
    String summary();

    /** @return the command's full help, ending with a line break */
    String help();

    /** @return the options that take a value, such as {@code --format} */
    Set<String> valuedOptions();

    /**
     * Runs the command.
     *
     * @param arguments the parsed options and operands
     * @param console where to write results and problems
     * @return the exit status
     * @throws UsageException if the operands or option values make no sense
     * @throws RejectedInput if an input is refused and nothing useful can be printed for the others
     */
    int run(Arguments arguments, Console console);
}
