package org.perfeval.examples.cli;

import java.util.List;
import java.util.Set;

/** One command of the tool: its name, its help, the options that take a value, and what it does. */
interface Command {

    /** @return the name typed on the command line, such as {@code score} */
    String name();

    /** @return one line for the tool's list of commands */
    String summary();

    /** @return the command's full help, ending with a line break */
    String help();

    /** @return the options that take a value, such as {@code --format}; none unless the command says */
    default Set<String> valuedOptions() {
        return Set.of();
    }

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

    /** What a command does with one file of many: reports on it, and says whether it passed. */
    @FunctionalInterface
    interface FileCheck {
        /**
         * @return whether the file passed
         * @throws RejectedInput if the file is refused
         */
        boolean passes(String file);
    }

    /**
     * Checks each file in turn; a refused file is reported and the next one checked.
     *
     * @return {@link PerfevalCli#OK} if every file passed, else {@link PerfevalCli#REJECTED}
     */
    static int eachFile(List<String> files, Console console, FileCheck check) {
        int status = PerfevalCli.OK;
        for (String file : files) {
            try {
                if (!check.passes(file)) {
                    status = PerfevalCli.REJECTED;
                }
            } catch (RejectedInput rejected) {
                console.reject(rejected);
                status = PerfevalCli.REJECTED;
            }
        }
        return status;
    }
}
