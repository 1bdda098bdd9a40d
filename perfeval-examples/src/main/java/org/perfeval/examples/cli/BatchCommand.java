package org.perfeval.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.BatchScorer;
import org.perfeval.json.ResultForm;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code batch FILE|- [--profile NAME | --rules RULESET.json] [--result full|summary]}: NDJSON in, one result
 * (the full result document, or its summary) or error record per line out; without a rule set given, each
 * report under the rule pack the catalogue picks for it.
 */
@picocli.CommandLine.Command(name = "batch")
final class BatchCommand extends Command {
    @Mixin
    RuleSetOption ruleSetOption;

    @Option(names = "--result", paramLabel = "FORM", descriptionKey = "result", completionCandidates = ResultForms.class)
    String result;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "input")
    List<String> operands = new ArrayList<>();

    private final LongSupplier nanoTime;

    BatchCommand(Session session, LongSupplier nanoTime) {
        super(session);
        this.nanoTime = nanoTime;
    }

    @Override
    public Integer call() {
        Texts texts = texts();
        Console console = console();
        ruleSetOption.profile(texts);
        ResultForm form = resultForm(result, texts);
        if (operands.size() != 1) {
            throw new UsageException(operands.isEmpty() ? texts.get("usage.noInput") : texts.get("usage.oneInput", operands.size()));
        }
        ruleSetOption.checkStandardInput(operands, texts);
        RuleSetOption.Chosen chosen = ruleSetOption.choose(session());
        if (!chosen.problems().isEmpty()) {
            chosen.problems().forEach(console::reject);
            return PerfevalCli.REJECTED;
        }
        String source = operands.get(0);
        boolean standardInput = source.equals(Documents.STANDARD_INPUT);
        String name = session().documents().display(source);
        BatchScorer batch = scorer(chosen.ruleSet()).writing(form);
        InputStream in = standardInput ? console.in() : Documents.open(source, texts.get("input.ndjson"), texts);
        Progress progress = console.standardErrorIsTerminal()
            ? new Progress(console.err(), texts, console.program(), size(source, standardInput), nanoTime) : null;
        long start = nanoTime.getAsLong();
        BatchScorer.Outcome outcome;
        try {
            outcome = batch.run(in, new BufferedOutputStream(new Checked(console.out()), 1 << 16),
                progress == null ? BatchScorer.Listener.NONE : progress::update);
        } catch (OutputFailed e) {
            // Said once, by the tool, for every command alike.
            return PerfevalCli.REJECTED;
        } catch (IOException e) {
            throw new RejectedInput(name, texts.get("input.unreadable", String.valueOf(e.getMessage())), e);
        } finally {
            if (progress != null) {
                progress.finish();
            }
            if (!standardInput) {
                closeQuietly(in);
            }
        }
        console.note(summary(outcome, nanoTime.getAsLong() - start, texts));
        return outcome.failed() > 0 ? PerfevalCli.REJECTED : PerfevalCli.OK;
    }

    /** The names {@code --result} takes, for the completion script: {@code full} and {@code summary}. */
    static final class ResultForms implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ResultForm.values()).map(BatchCommand::name).iterator();
        }
    }

    private static String name(ResultForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param given what {@code --result} names, or null for the default, the full result
     * @return the form of the result lines
     * @throws UsageException for a name other than {@code full} or {@code summary}
     */
    static ResultForm resultForm(String given, Texts texts) {
        if (given == null) {
            return ResultForm.FULL;
        }
        for (ResultForm form : ResultForm.values()) {
            if (name(form).equals(given)) {
                return form;
            }
        }
        throw new UsageException(texts.get("usage.result", given));
    }

    /** @return such as {@code 6 lines in 0.4 s (15 lines/s); 3 failed, their error records are in the output} */
    static String summary(BatchScorer.Outcome outcome, long elapsedNanos, Texts texts) {
        String seconds = BigDecimal.valueOf(elapsedNanos, 9).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return texts.get("batch.summary", texts.count(outcome.lines(), "count.line"), seconds, Progress.perSecond(outcome.lines(), elapsedNanos))
            + (outcome.failed() == 0 ? texts.get("batch.noneFailed") : texts.get("batch.failed", outcome.failed()));
    }

    /** @return the size of a regular file, for the time left; nothing for standard input */
    private static OptionalLong size(String source, boolean standardInput) {
        if (standardInput) {
            return OptionalLong.empty();
        }
        try {
            Path path = Path.of(source);
            return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The file was read to its end or the batch stopped: nothing is left to lose. */
    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Only read from; the outcome is already known.
        }
    }

    /**
     * The chosen rule set for every line, or the pack the catalogue picks for each report's kind,
     * place and year (the result document names it); a report no pack applies to gets an error record
     * saying where the catalogue looked.
     */
    private BatchScorer scorer(Optional<RuleSet> chosen) {
        RuleRegistry registry = session().registry();
        if (chosen.isPresent()) {
            Evaluator engine = Evaluator.of(chosen.get(), registry);
            return BatchScorer.of(evaluation -> engine);
        }
        return BatchScorer.choosing(session().catalogue(), registry);
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
