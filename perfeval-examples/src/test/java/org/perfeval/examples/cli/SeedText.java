package org.perfeval.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.perfeval.examples.SeedReport;


/** The bundled reports' JSON text, to make broken copies of. */
final class SeedText {
    private SeedText() {}

    static String jinshui() {
        return of(SeedReport.JINSHUI_2021);
    }

    static String of(SeedReport report) {
        try (InputStream in = report.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
