package org.perfeval.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.RuleSet;

/**
 * Reads the documents named on the command line, {@code -} being standard input; every failure is a
 * {@link RejectedInput} naming the file.
 */
final class Documents {
    /** The operand that names standard input. */
    static final String STANDARD_INPUT = "-";

    private final PerfevalJson json = PerfevalJson.create();
    private final InputStream standardInput;
    private final Texts texts;

    /**
     * @param standardInput what {@code -} reads; read at most once per run
     * @param texts the run's language, for the problems
     */
    Documents(InputStream standardInput, Texts texts) {
        this.standardInput = standardInput;
        this.texts = texts;
    }

    /** @return the file as messages name it: itself, or "standard input" for {@code -} */
    String display(String file) {
        return file.equals(STANDARD_INPUT) ? texts.get("input.standard") : file;
    }

    /** A document of any kind that {@code validate} accepts. */
    sealed interface Document permits EvaluationDocument, RuleSetDocument, ResultDocument, TableDocument {}

    /** An evaluation document. */
    record EvaluationDocument(Evaluation evaluation) implements Document {}

    /** A rule set document. */
    record RuleSetDocument(RuleSet ruleSet) implements Document {}

    /** A printed table document. */
    record TableDocument(SelfEvaluationTable table) implements Document {}

    /** A result document, as {@code score --format json} writes one. */
    record ResultDocument(EvaluationResult result) implements Document {}

    /** Reads one kind of document from bytes. */
    @FunctionalInterface
    private interface Reader {
        Document read(InputStream in) throws IOException;
    }

    /**
     * @param file a file name as given on the command line
     * @return the evaluation it holds
     * @throws RejectedInput if the file cannot be read or does not hold a valid evaluation
     */
    Evaluation evaluation(String file) {
        byte[] bytes = bytes(file);
        try {
            return json.readEvaluation(new ByteArrayInputStream(bytes));
        } catch (JsonInputException e) {
            throw new RejectedInput(display(file), e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(display(file), e, texts);
        }
    }

    /**
     * @param file a file name as given on the command line
     * @return the evaluation or the printed table it holds; when it is neither, the problem reported is
     *     the one of the kind the reader got furthest into, the evaluation's on a tie
     * @throws RejectedInput if the file cannot be read or holds neither
     */
    Object evaluationOrTable(String file) {
        byte[] bytes = bytes(file);
        try {
            return json.readEvaluation(new ByteArrayInputStream(bytes));
        } catch (JsonInputException e) {
            try {
                return json.readTable(new ByteArrayInputStream(bytes));
            } catch (JsonInputException t) {
                JsonInputException furthest = depth(t.pointer()) > depth(e.pointer()) ? t : e;
                throw new RejectedInput(display(file), furthest.getMessage(), furthest);
            } catch (IOException t) {
                throw unreadable(display(file), t, texts);
            }
        } catch (IOException e) {
            throw unreadable(display(file), e, texts);
        }
    }

    /**
     * @param file a file name as given on the command line
     * @return the rule set it holds, not yet linted
     * @throws RejectedInput if the file cannot be read or does not hold a valid rule set document
     */
    RuleSet ruleSet(String file) {
        byte[] bytes = bytes(file);
        try {
            return json.readRuleSet(new ByteArrayInputStream(bytes));
        } catch (JsonInputException e) {
            throw new RejectedInput(display(file), e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(display(file), e, texts);
        }
    }

    /**
     * Reads a document of any kind: an evaluation, a rule set, a result or a printed table. When it is none, the
     * problem reported is the one of the kind the reader got furthest into (the longest JSON Pointer,
     * the first kind on a tie): a rule set with a bad binding is reported as a rule set, not as an
     * evaluation with an unknown field {@code id}.
     *
     * @param file a file name as given on the command line
     * @return the document
     * @throws RejectedInput if the file cannot be read or is no valid document of any kind
     */
    Document any(String file) {
        byte[] bytes = bytes(file);
        List<Reader> readers = List.of(
            in -> new EvaluationDocument(json.readEvaluation(in)),
            in -> new RuleSetDocument(json.readRuleSet(in)),
            in -> new ResultDocument(json.readResult(in)),
            in -> new TableDocument(json.readTable(in)));
        JsonInputException furthest = null;
        for (Reader reader : readers) {
            try {
                return reader.read(new ByteArrayInputStream(bytes));
            } catch (JsonInputException e) {
                if (furthest == null || depth(e.pointer()) > depth(furthest.pointer())) {
                    furthest = e;
                }
            } catch (IOException e) {
                throw unreadable(display(file), e, texts);
            }
        }
        throw new RejectedInput(display(file), furthest.getMessage(), furthest);
    }

    private static int depth(String pointer) {
        return (int) pointer.chars().filter(c -> c == '/').count();
    }

    /** Reads at most one byte more than a document may have, so that the reader can refuse a larger one. */
    private byte[] bytes(String file) {
        if (file.equals(STANDARD_INPUT)) {
            try {
                return standardInput.readNBytes(PerfevalJson.MAX_DOCUMENT_BYTES + 1);
            } catch (IOException e) {
                throw unreadable(display(file), e, texts);
            }
        }
        try (InputStream in = open(file, texts.get("input.json"), texts)) {
            return in.readNBytes(PerfevalJson.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(display(file), e, texts);
        }
    }

    /**
     * Opens a file the user named.
     *
     * @param what what the file should be, for the refusal of a directory: {@code "a JSON file"}
     * @param texts the run's language
     * @throws RejectedInput naming the file and why it cannot be read
     */
    static InputStream open(String file, String what, Texts texts) {
        Path path = path(file, texts);
        if (Files.isDirectory(path)) {
            throw new RejectedInput(file, texts.get("input.directory", what));
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw unreadable(file, e, texts);
        }
    }

    /**
     * @return the file's path
     * @throws RejectedInput if the name cannot be a path here; a name that the platform's charset for
     *     file names cannot hold (a Chinese name under {@code LANG=C}) is told to run under a UTF-8 locale
     */
    static Path path(String file, Texts texts) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            if (e.getReason().startsWith("Malformed input or input contains unmappable characters")) {
                throw new RejectedInput(file, texts.get("input.charset", System.getProperty("sun.jnu.encoding", "?")), e);
            }
            throw new RejectedInput(file, texts.get("input.name", e.getReason()), e);
        }
    }

    /** @return the refusal of a file that could not be read, naming why */
    static RejectedInput unreadable(String file, IOException e, Texts texts) {
        if (e instanceof NoSuchFileException) {
            return new RejectedInput(file, texts.get("input.missing"), e);
        }
        if (e instanceof AccessDeniedException) {
            return new RejectedInput(file, texts.get("input.denied"), e);
        }
        return new RejectedInput(file, texts.get("input.unreadable", String.valueOf(e.getMessage())), e);
    }
}
