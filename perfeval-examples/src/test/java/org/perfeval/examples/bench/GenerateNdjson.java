package org.perfeval.examples.bench;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.perfeval.json.PerfevalJson;


/**
 * Writes NDJSON for load tests of {@code perfeval batch}: {@code COUNT} evaluation documents of
 * {@code INDICATORS} leaves each, one per line, cycling through {@value #DISTINCT} reports made by
 * {@link Reports} with seeds 0 to {@value #DISTINCT} − 1, so that writing them costs next to nothing.
 *
 * <p>Usage: {@code GenerateNdjson COUNT INDICATORS > reports.ndjson}.
 */
public final class GenerateNdjson {
    static final int DISTINCT = 256;

    private GenerateNdjson() {}

    /**
     * @param args the number of lines and the number of indicators of each report
     * @throws IOException if standard output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateNdjson COUNT INDICATORS");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        byte[][] lines = lines(Integer.parseInt(args[1]));
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(lines[(int) (i % DISTINCT)]);
            }
        }
    }

    /**
     * @param indicators the number of leaves of each report
     * @return the {@value #DISTINCT} distinct lines, each a compact evaluation document and a line feed
     */
    static byte[][] lines(int indicators) {
        PerfevalJson json = PerfevalJson.create();
        byte[][] lines = new byte[DISTINCT][];
        for (int seed = 0; seed < DISTINCT; seed++) {
            lines[seed] = (json.write(Reports.evaluation(indicators, seed)) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return lines;
    }
}
