package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.json.PerfevalJson;

/** The bundled JSON files hold exactly the Java transcription of the seed reports. */
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
}
