package org.perfeval.json.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The forked side of {@link DeterminismTest}: computes the {@link Outputs} of every case of a
 * directory and writes each to a file of another directory, named as the case.
 */
public final class ScoreAndWrite {
    private ScoreAndWrite() {}

    /**
     * @param args the directory of the cases, the directory to write the outputs to
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args[0]);
        Path outputs = Files.createDirectories(Path.of(args[1]));
        for (String line : Files.readAllLines(cases.resolve(Outputs.CASES), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            Files.write(outputs.resolve(fields[0]), Outputs.of(cases, fields[1], fields[2]));
        }
    }
}
