package org.perfeval.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.scoring.RuleRegistry;

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
 * <p>Run in-process with {@link #run(String[], PrintStream, PrintStream)}: it never calls
 * {@link System#exit(int)}, never reads the standard streams and returns the exit status
 * ({@link #run(String[], InputStream, PrintStream, PrintStream)} gives {@code batch -} its input). Exit
 * status {@value #OK} on success (a poor grade and audit findings are results, not failures),
 * {@value #REJECTED} when an input is rejected, {@value #USAGE} on bad usage, and
 * {@value #INTERNAL_ERROR} when the tool itself fails. A rejected input is reported on one line of
 * standard error that names the file, where in it the problem is and what it is; no stack trace is
 * printed.
 *
 * <p>Instances hold no state between runs and may be shared between threads.
 */
public final class PerfevalCli {
    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: an input was rejected (unreadable, invalid, or a rule set that does not lint clean). */
    public static final int REJECTED = 1;
    /** Exit status: the command line makes no sense. */
    public static final int USAGE = 2;
    /** Exit status: the tool failed on valid input; a bug to report. */
    public static final int INTERNAL_ERROR = 3;

    private static final String PROGRAM = "perfeval";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** Makes the tool with its commands. */
    public PerfevalCli() {
        Documents documents = new Documents();
        RuleRegistry registry = RuleRegistry.discover(PerfevalCli.class.getClassLoader());
        Scorer scorer = new Scorer(registry);
        for (Command command : List.of(new ScoreCommand(documents, scorer, registry), new BatchCommand(documents, registry),
                new ValidateCommand(documents, registry), new LintCommand(documents, registry), new DemoCommand(scorer))) {
            commands.put(command.name(), command);
        }
    }

    /**
     * Runs the tool with UTF-8 standard output and error, whatever the platform's default charset,
     * and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new PerfevalCli().run(args, System.in, out, err);
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
     * Runs one command line that may read standard input ({@code batch -}).
     *
     * @param args the command line: a command and its options and operands, not null
     * @param in what {@code -} reads, not null; left open
     * @param out where results go, not null; give it a UTF-8 stream to get UTF-8 text
     * @param err where problems go, not null
     * @return the exit status: {@value #OK}, {@value #REJECTED}, {@value #USAGE} or {@value #INTERNAL_ERROR}
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        requireNonNull(args, "args");
        requireNonNull(in, "in");
        requireNonNull(out, "out");
        requireNonNull(err, "err");
        List<String> line = Arrays.asList(args.clone());
        String program = PROGRAM;
        String helpHint = PROGRAM + " --help";
        try {
            if (line.isEmpty()) {
                err.print(toolHelp());
                return USAGE;
            }
            String first = line.get(0);
            List<String> rest = line.subList(1, line.size());
            if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
                return help(rest, out);
            }
            Command command = commands.get(first);
            if (command == null) {
                throw new UsageException(first.startsWith("-")
                    ? "unknown option " + Arguments.quote(first) + "; a command comes first"
                    : "unknown command " + Arguments.quote(first));
            }
            program = PROGRAM + " " + command.name();
            helpHint = PROGRAM + " " + command.name() + " --help";
            if (Arguments.asksForHelp(rest)) {
                out.print(command.help());
                return OK;
            }
            return command.run(Arguments.parse(rest, command.valuedOptions()), new Console(program, in, out, err));
        } catch (UsageException e) {
            err.println(program + ": " + e.getMessage());
            err.println("Try '" + helpHint + "'.");
            return USAGE;
        } catch (RejectedInput e) {
            new Console(program, out, err).reject(e);
            return REJECTED;
        } catch (RuntimeException | LinkageError e) {
            err.println(program + ": internal error, please report it: " + RejectedInput.oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int help(List<String> topics, PrintStream out) {
        if (topics.isEmpty() || topics.get(0).equals("--help") || topics.get(0).equals("-h")) {
            out.print(toolHelp());
            return OK;
        }
        if (topics.size() > 1) {
            throw new UsageException("help takes at most one command");
        }
        Command command = commands.get(topics.get(0));
        if (command == null) {
            throw new UsageException("unknown command " + Arguments.quote(topics.get(0)));
        }
        out.print(command.help());
        return OK;
    }

    private String toolHelp() {
        StringBuilder help = new StringBuilder()
            .append("Usage: perfeval COMMAND [OPTION]... [FILE]...\n")
            .append("       (run as: java -jar perfeval.jar COMMAND ...)\n\n")
            .append("Scores, grades and checks budget-performance self-evaluations (绩效自评) written\n")
            .append("as perfeval JSON documents.\n\n")
            .append("Commands:\n");
        for (Command command : commands.values()) {
            help.append(String.format("  %-10s %s\n", command.name(), command.summary()));
        }
        help.append(String.format("  %-10s %s\n", "help", "show this help, or a command's: perfeval help COMMAND"))
            .append("\nRun 'perfeval COMMAND --help' for a command's options.\n\n")
            .append("Exit status: 0 on success (a poor grade or audit findings are results, not\n")
            .append("failures); 1 when an input is rejected; 2 on bad usage; 3 on an internal error.\n");
        return help.toString();
    }
}
