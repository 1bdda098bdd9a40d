package org.perfeval.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/** {@code batch FILE|- [--profile NAME | --rules RULESET.json]}: NDJSON in, one result or error record per line out. */
final class BatchCommand implements Command {
    private static final String STANDARD_INPUT = "-";

    private final Documents documents;
    private final RuleRegistry registry;

    BatchCommand(Documents documents, RuleRegistry registry) {
        this.documents = documents;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String summary() {
        return "score an NDJSON stream of evaluations: one result or error record per line, in order";
    }

    @Override
    public String help() {
        return """
            Usage: perfeval batch FILE|- [--profile NAME | --rules RULESET.json]

            Reads NDJSON: one evaluation document per line, from FILE or, for -, from standard
            input. Scores and audits each line on every core and writes one line per input line,
            in the same order, to standard output: the result document, compact (as
            'score --format json' writes it), or for a line that cannot be read an error record:

              {"line":17,"error":{"pointer":"/indicators/0/points","column":42,
                                  "message":"expected a decimal number but found the string \\"10\\""}}

            "line" counts input lines from 1; "pointer" is the JSON Pointer of the bad value in
            that line's document ("" for the document as a whole); "column", within the line,
            is left out when unknown. A bad line does not stop the batch. Memory stays bounded
            however long the input is: a few dozen lines are in flight at a time.

            Options:
            """ + RuleSetOption.HELP + """
              -h, --help       show this help

            Exit status: 0 when every line was scored; 1 if any line failed (its error
            record is in the output), or if FILE or the rule set is rejected, with nothing
            scored; 2 on bad usage.
            """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of(RuleSetOption.PROFILE, RuleSetOption.RULES);
    }

    @Override
    public int run(Arguments arguments, Console console) {
        RuleSetOption.profile(arguments);
        List<String> operands = arguments.operands();
        if (operands.size() != 1) {
            throw new UsageException(operands.isEmpty() ? "no input: give a FILE, or - for standard input"
                : "batch reads one input, but " + operands.size() + " were given");
        }
        RuleSetOption.Chosen chosen = RuleSetOption.choose(arguments, documents, registry);
        if (!chosen.problems().isEmpty()) {
            chosen.problems().forEach(console::reject);
            return PerfevalCli.REJECTED;
        }
        String source = operands.get(0);
        Batch batch = new Batch(engines(chosen.ruleSet()), Runtime.getRuntime().availableProcessors());
        Batch.Outcome outcome;
        boolean standardInput = source.equals(STANDARD_INPUT);
        InputStream in = standardInput ? console.in() : Documents.open(source, "an NDJSON file");
        try {
            outcome = batch.run(in, new BufferedOutputStream(new Checked(console.out()), 1 << 16));
        } catch (OutputFailed e) {
            console.note("cannot write the output; stopped");
            return PerfevalCli.REJECTED;
        } catch (IOException e) {
            throw new RejectedInput(standardInput ? "standard input" : source, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (!standardInput) {
                closeQuietly(in);
            }
        }
        if (outcome.failed() > 0) {
            console.note(outcome.failed() + " of " + outcome.lines() + " lines failed; their error records are in the output");
            return PerfevalCli.REJECTED;
        }
        return PerfevalCli.OK;
    }

    /** The file was read to its end or the batch stopped: nothing is left to lose. */
    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Only read from; the outcome is already known.
        }
    }

    /** One engine per rule set, made once: the chosen one, or the default of each kind of report. */
    private Function<Evaluation, Evaluator> engines(Optional<RuleSet> chosen) {
        if (chosen.isPresent()) {
            Evaluator engine = Evaluator.of(chosen.get(), registry);
            return evaluation -> engine;
        }
        Evaluator department = Evaluator.of(BuiltInProfiles.defaultFor(EvaluationKind.DEPARTMENT_OVERALL), registry);
        Evaluator project = Evaluator.of(BuiltInProfiles.defaultFor(EvaluationKind.PROJECT), registry);
        return evaluation -> evaluation.kind() == EvaluationKind.PROJECT ? project : department;
    }

    /** The output could not be written: a closed pipe, a full disk. */
    private static final class OutputFailed extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A print stream keeps its errors to itself; this one reports them, so that the batch stops. */
    private static final class Checked extends FilterOutputStream {
        private final PrintStream print;

        Checked(PrintStream print) {
            super(print);
            this.print = print;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            print.write(bytes, offset, length);
            if (print.checkError()) {
                throw new OutputFailed();
            }
        }

        @Override
        public void flush() throws IOException {
            if (print.checkError()) {
                throw new OutputFailed();
            }
        }

        /** The tool's standard output stays open for whoever runs it. */
        @Override
        public void close() {
            print.flush();
        }
    }
}
