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
import org.perfeval.rules.RuleSet;

/** Reads the documents named on the command line; every failure is a {@link RejectedInput} naming the file. */
final class Documents {
    private final PerfevalJson json = PerfevalJson.create();

    /** A document of any kind that {@code validate} accepts. */
    sealed interface Document permits EvaluationDocument, RuleSetDocument, ResultDocument {}

    /** An evaluation document. */
    record EvaluationDocument(Evaluation evaluation) implements Document {}

    /** A rule set document. */
    record RuleSetDocument(RuleSet ruleSet) implements Document {}

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
            throw new RejectedInput(file, e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
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
            throw new RejectedInput(file, e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads a document of any kind: an evaluation, a rule set or a result. When it is none, the
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
            in -> new ResultDocument(json.readResult(in)));
        JsonInputException furthest = null;
        for (Reader reader : readers) {
            try {
                return reader.read(new ByteArrayInputStream(bytes));
            } catch (JsonInputException e) {
                if (furthest == null || depth(e.pointer()) > depth(furthest.pointer())) {
                    furthest = e;
                }
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        throw new RejectedInput(file, furthest.getMessage(), furthest);
    }

    private static int depth(String pointer) {
        return (int) pointer.chars().filter(c -> c == '/').count();
    }

    /** Reads at most one byte more than a document may have, so that the reader can refuse a larger one. */
    private static byte[] bytes(String file) {
        try (InputStream in = open(file, "a JSON file")) {
            return in.readNBytes(PerfevalJson.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Opens a file the user named.
     *
     * @param what what the file should be, for the refusal of a directory: {@code "a JSON file"}
     * @throws RejectedInput naming the file and why it cannot be read
     */
    static InputStream open(String file, String what) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new RejectedInput(file, "not a valid file name: " + e.getReason(), e);
        }
        if (Files.isDirectory(path)) {
            throw new RejectedInput(file, "is a directory, not " + what);
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static RejectedInput unreadable(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RejectedInput(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new RejectedInput(file, "cannot be read: permission denied", e);
        }
        return new RejectedInput(file, "cannot be read: " + e.getMessage(), e);
    }
}
