package org.perfeval.examples.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * {@code perfeval}: the tool itself, whose subcommands do the work. Without one, it prints its help to
 * standard error and exits with status 2. Holds the options every command takes: {@code --lang}, and
 * {@code --version} here.
 */
@picocli.CommandLine.Command(name = PerfevalCli.PROGRAM, versionProvider = Version.class)
final class ToolCommand extends Command {
    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "version")
    boolean version;

    ToolCommand(Session session) {
        super(session);
    }

    /**
     * {@code --lang zh|en}: the language was chosen before parsing (help is printed in it); here a value
     * that names no language is refused.
     */
    @Option(names = Lang.OPTION, paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "lang",
        completionCandidates = Languages.class)
    void lang(String code) {
        if (Lang.named(code).isEmpty()) {
            throw new ParameterException(spec.commandLine(), texts().get("usage.lang", code));
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return PerfevalCli.USAGE;
    }

    /** The codes {@code --lang} takes, for the completion script. */
    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Lang.ZH.code(), Lang.EN.code()).iterator();
        }
    }
}
