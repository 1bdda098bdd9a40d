package org.perfeval.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.perfeval.json.RulePacks;
import org.perfeval.scoring.RuleRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code perfeval} command-line tool: scores, validates and lints perfeval's JSON documents, and
 * demonstrates the library on the three bundled seed reports.
 *
 * <pre>{@code
 * java -jar perfeval.jar demo
 * java -jar perfeval.jar score jinshui-2021.json --format markdown
 * java -jar perfeval.jar validate *.json
 * java -jar perfeval.jar batch reports.ndjson > results.ndjson
 * }</pre>
 *
 * <p>The command line follows the usual conventions (parsed by picocli): {@code --help} and
 * {@code --version}, {@code -} for standard input wherever a file is read, {@code @FILE} for
 * arguments read from a file, {@code --} to end the options, and a shell completion script from
 * {@code perfeval completion}. Everything a run prints is in one language: the locale's (Chinese for
 * a {@code zh} locale, else English), or the one {@code --lang zh|en} names.
 *
 * <p>Run in-process with {@link #run(String[], PrintStream, PrintStream)}: it never calls
 * {@link System#exit(int)}, never reads the standard streams and returns the exit status
 * ({@link #run(String[], InputStream, PrintStream, PrintStream)} gives {@code -} its input). Exit
 * status {@value #OK} on success (a poor grade and audit findings are results, not failures),
 * {@value #REJECTED} when an input is rejected or the output cannot be written, {@value #USAGE} on
 * bad usage, and {@value #INTERNAL_ERROR} when the tool itself fails. A rejected input is reported on
 * one line of standard error that names the file, where in it the problem is and what it is; no stack
 * trace is printed.
 *
 * <p>Instances hold no state between runs and may be shared between threads.
 */
public final class PerfevalCli {
    /** Exit status: success. */
    public static final int OK = 0;
    /**
     * Exit status: an input was rejected (unreadable, invalid, or a rule set that does not lint clean),
     * or the output could not be written.
     */
    public static final int REJECTED = 1;
    /** Exit status: the command line makes no sense. */
    public static final int USAGE = 2;
    /** Exit status: the tool failed on valid input; a bug to report. */
    public static final int INTERNAL_ERROR = 3;

    static final String PROGRAM = "perfeval";
    static final String HELP_BUNDLE = "org.perfeval.examples.cli.Help";

    private final RuleRegistry registry;
    private final Locale locale;
    private final Terminal terminal;
    private final LongSupplier nanoTime;

    /**
     * Makes the tool in the user's locale for messages ({@code LC_ALL}, {@code LC_MESSAGES},
     * {@code LANG}, else the JVM's), drawing progress when standard error is a terminal.
     */
    public PerfevalCli() {
        this(Lang.systemLocale(System.getenv(), Locale.getDefault(Locale.Category.DISPLAY)), Terminal.SYSTEM, System::nanoTime);
    }

    /**
     * @param locale the locale whose language the tool speaks unless {@code --lang} says otherwise
     * @param terminal whether standard error is a terminal
     * @param nanoTime the clock of the batch's progress and summary
     */
    PerfevalCli(Locale locale, Terminal terminal, LongSupplier nanoTime) {
        this.registry = RuleRegistry.discover(PerfevalCli.class.getClassLoader());
        this.locale = requireNonNull(locale, "locale");
        this.terminal = requireNonNull(terminal, "terminal");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Runs the tool with UTF-8 standard output and error, whatever the platform's default charset,
     * and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new PerfevalCli().run(args, System.in, out, err, stdout::failure);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line.
     *
     * @param args the command line: a command and its options and operands, not null
     * @param out where results go, not null; give it a UTF-8 stream to get UTF-8 text
     * @param err where problems go, not null
     * @return the exit status: {@value #OK}, {@value #REJECTED}, {@value #USAGE} or {@value #INTERNAL_ERROR}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /**
     * Runs one command line that may read standard input ({@code -}).
     *
     * @param args the command line: a command and its options and operands, not null
     * @param in what {@code -} reads, not null; left open
     * @param out where results go, not null; give it a UTF-8 stream to get UTF-8 text
     * @param err where problems go, not null
     * @return the exit status: {@value #OK}, {@value #REJECTED}, {@value #USAGE} or {@value #INTERNAL_ERROR}
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Optional::empty);
    }

    /** @param outputFailure why writing standard output failed, when known */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err, Supplier<Optional<String>> outputFailure) {
        requireNonNull(args, "args");
        requireNonNull(in, "in");
        requireNonNull(out, "out");
        requireNonNull(err, "err");
        String[] line = args.clone();
        Lang lang = Lang.choose(List.of(line), locale);
        Texts texts = new Texts(lang);
        Console console = new Console(PROGRAM, in, out, err, texts, terminal);
        Session session = new Session(console, new Documents(in, texts), new Scorer(registry), registry, RulePacks.catalogue());
        CommandLine commandLine = null;
        int status;
        try {
            commandLine = commandLine(session, lang, out, err);
            status = commandLine.execute(line);
        } catch (RuntimeException | LinkageError e) {
            err.println(PROGRAM + ": " + texts.get("error.internal", RejectedInput.oneLine(String.valueOf(e))));
            status = INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
        if (out.checkError()) {
            String why = outputFailure.get().map(reason -> texts.get("error.writeBecause", reason)).orElse(texts.get("error.write"));
            err.println(program(commandLine) + ": " + why);
            err.flush();
            status = status == OK ? REJECTED : status;
        }
        return status;
    }

    private CommandLine commandLine(Session session, Lang lang, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new ToolCommand(session));
        line.addSubcommand(new ScoreCommand(session));
        line.addSubcommand(new BatchCommand(session, nanoTime));
        line.addSubcommand(new ValidateCommand(session));
        line.addSubcommand(new LintCommand(session));
        line.addSubcommand(new ReportCommand(session));
        line.addSubcommand(new DemoCommand(session));
        line.addSubcommand(new CompletionCommand(session));
        line.addSubcommand("help", new CommandLine.HelpCommand());
        line.setResourceBundle(lang.bundle(HELP_BUNDLE));
        line.setOut(new PrintWriter(new StreamWriter(out), true));
        line.setErr(new PrintWriter(new StreamWriter(err), true));
        Texts texts = session.console().texts();
        line.setParameterExceptionHandler((e, args) -> usage(e, texts, err));
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> failure(e, commandLine, texts, err));
        return line;
    }

    /** Bad usage: one line naming what is wrong, one saying where help is. */
    private static int usage(ParameterException e, Texts texts, PrintStream err) {
        String program = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println(program + ": " + usageMessage(e, texts));
        err.println(texts.get("usage.try", program + " --help"));
        return USAGE;
    }

    private static String usageMessage(ParameterException e, Texts texts) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean root = e.getCommandLine().getParent() == null;
            if (first.startsWith("-") && !first.equals(Documents.STANDARD_INPUT)) {
                return texts.get(root ? "usage.unknownOptionFirst" : "usage.unknownOption", first);
            }
            return texts.get(root ? "usage.unknownCommand" : "usage.unexpected", first);
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return texts.get("usage.needsValue", option.longestName());
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            ArgSpec spec = overwritten.getOverwritten();
            return texts.get("usage.givenTwice", spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel());
        }
        if (e.getValue() != null && String.valueOf(e.getMessage()).startsWith("Unknown subcommand")) {
            return texts.get("usage.unknownCommand", e.getValue());
        }
        return RejectedInput.oneLine(String.valueOf(e.getMessage()));
    }

    /** What a command threw: bad usage, a rejected input, or the tool's own failure. */
    private static int failure(Exception e, CommandLine commandLine, Texts texts, PrintStream err) {
        String program = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof UsageException) {
            err.println(program + ": " + e.getMessage());
            err.println(texts.get("usage.try", program + " --help"));
            return USAGE;
        }
        if (e instanceof RejectedInput) {
            err.println(program + ": " + e.getMessage());
            return REJECTED;
        }
        err.println(program + ": " + texts.get("error.internal", RejectedInput.oneLine(String.valueOf(e))));
        return INTERNAL_ERROR;
    }

    /** @return the name of the command that ran, such as {@code perfeval demo}, or {@code perfeval} */
    private static String program(CommandLine commandLine) {
        ParseResult parsed = commandLine == null ? null : commandLine.getParseResult();
        if (parsed == null) {
            return PROGRAM;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().qualifiedName();
    }

    /** Text for a print stream, in the stream's own charset: picocli's help and messages go through it. */
    private static final class StreamWriter extends Writer {
        private final PrintStream stream;

        StreamWriter(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            stream.print(new String(chars, offset, length));
        }

        @Override
        public void flush() {
            stream.flush();
        }

        /** The tool's streams stay open for whoever runs it. */
        @Override
        public void close() {
            stream.flush();
        }
    }
}
