package org.perfeval.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.perfeval.json.JsonInputException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;

/** Reads the documents named on the command line; every failure is a {@link RejectedInput} naming the file. */
final class Documents {
    private final PerfevalJson json = PerfevalJson.create();

    /**
     * @param file a file name as given on the command line
     * @return the evaluation it holds
     * @throws RejectedInput if the file cannot be read or does not hold a valid evaluation
     */
    Evaluation evaluation(String file) {
        try (InputStream in = open(file)) {
            return json.readEvaluation(in);
        } catch (JsonInputException e) {
            throw new RejectedInput(file, e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InputStream open(String file) throws IOException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new RejectedInput(file, "not a valid file name: " + e.getReason(), e);
        }
        if (Files.isDirectory(path)) {
            throw new RejectedInput(file, "is a directory, not a JSON file");
        }
        return Files.newInputStream(path);
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
