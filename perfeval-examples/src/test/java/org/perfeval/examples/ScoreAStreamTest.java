package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.json.PerfevalJson;

class ScoreAStreamTest {
    private static final PerfevalJson JSON = PerfevalJson.create();

    @Test
    void eachLineOfTheStreamGivesItsResultOrItsErrorRecordInOrder() throws Exception {
        String jinshui = JSON.write(SeedReport.JINSHUI_2021.read(JSON));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ScoreAStream.score(Stream.of(jinshui, "{}", jinshui), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        EvaluationResult first = JSON.readResult(lines.get(0));
        assertEquals("98.15", first.reportedTotal().orElseThrow().toPlainString());
        assertEquals("100.00", first.total().orElseThrow().toPlainString());
        assertTrue(lines.get(1).startsWith("{\"line\":2,\"error\":"), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
    }
}
