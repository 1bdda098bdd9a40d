package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.json.DocumentKind;
import org.perfeval.json.PerfevalJson;

/** The bundled JSON files hold exactly the Java transcription of the seed reports, and follow the schema. */
class SeedReportTest {
    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void jinshuiReadsAsTheTranscription() {
        assertEquals(SeedReports.jinshui2021(), SeedReport.JINSHUI_2021.read(json));
    }

    @Test
    void guanchengReadsAsTheTranscription() {
        assertEquals(SeedReports.guancheng2022(), SeedReport.GUANCHENG_2022.read(json));
    }

    @Test
    void potouReadsAsTheTranscription() {
        assertEquals(SeedReports.potou2022(), SeedReport.POTOU_2022.read(json));
    }

    @ParameterizedTest
    @EnumSource(SeedReport.class)
    void everyFileIsValidAgainstTheEvaluationSchema(SeedReport report) throws IOException {
        String text;
        try (InputStream in = report.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), Schemas.problems(DocumentKind.EVALUATION, text), report.fileName());
    }

    @Test
    void theSchemaCheckCanFail() {
        assertFalse(Schemas.problems(DocumentKind.EVALUATION, "{\"schemaVersion\": \"1.0\", \"year\": \"2021\"}").isEmpty());
    }
}
