package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One command of the tool, as picocli runs it: its options are fields, its help comes from the
 * {@code Help} resource bundle of the run's language, and {@link #call()} returns the exit status.
 */
abstract class Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    private final Session session;

    Command(Session session) {
        this.session = session;
    }

    /** @return what this run works with */
    final Session session() {
        return session;
    }

    /** @return the run's streams and language, under this command's name */
    final Console console() {
        return session.console().named(spec.qualifiedName());
    }

    /** @return the run's language */
    final Texts texts() {
        return session.console().texts();
    }

    /** @return the exit status */
    @Override
    public abstract Integer call();

    /**
     * The operands, checked: at least one, and {@code -} (standard input) at most once.
     *
     * @param operands the operands as given
     * @param noneKey the message key for none given
     * @throws UsageException if there is none, or {@code -} stands twice
     */
    final List<String> files(List<String> operands, String noneKey) {
        if (operands.isEmpty()) {
            throw new UsageException(texts().get(noneKey));
        }
        if (operands.stream().filter(Documents.STANDARD_INPUT::equals).count() > 1) {
            throw new UsageException(texts().get("usage.stdinTwice"));
        }
        return new ArrayList<>(operands);
    }

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
