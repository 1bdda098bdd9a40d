package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorPath;

class EvaluationJsonTest {
    private static final String JINSHUI = "samples/jinshui-2021.evaluation.json";

    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void theJinshuiSampleReadsAsTheTranscribedReport() {
        assertEquals(SeedReports.jinshui2021(), json.readEvaluation(Resources.text(JINSHUI)));
    }

    @Test
    void theJinshuiSampleWritesBackByteForByte() throws IOException {
        byte[] sample = Resources.bytes(JINSHUI);
        Evaluation evaluation = json.readEvaluation(new ByteArrayInputStream(sample));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.withPrettyPrinting().write(evaluation, out);
        assertEquals(new String(sample, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyDigitSurvivesAsItWasPrinted() {
        String written = json.write(json.readEvaluation(Resources.text(JINSHUI)));
        assertTrue(written.contains("\"amount\":918.886283,"), written);
        assertTrue(written.contains("\"reportedScore\":39.35,"), written);
        assertTrue(written.contains("\"reportedRate\":98.375,"), written);
        assertTrue(written.contains("\"actual\":\"-31.55%\""), written);
        // 84.50 keeps its trailing zero: the report printed it so.
        String potou = json.write(SeedReports.potou2022());
        assertTrue(potou.contains("\"percent\":84.50,"), potou);
        assertEquals(new BigDecimal("84.50"), json.readEvaluation(potou).claims().get(2).percent().orElseThrow());
    }

    @Test
    void digitsBeyondDoublePrecisionAreKept() {
        // 23 significant digits: a double keeps about 16 and would round the rest away.
        String text = Resources.text(JINSHUI).replace("\"amount\": 918.886283,", "\"amount\": 12345678918.886283123456,");
        Evaluation evaluation = json.readEvaluation(text);
        assertEquals(new BigDecimal("12345678918.886283123456"), evaluation.budget().orElseThrow().adjustedBudget().orElseThrow().number());
        assertTrue(json.write(evaluation).contains("12345678918.886283123456"));
    }

    @Test
    void everySeedReportRoundTrips() {
        for (Evaluation report : new Evaluation[] {SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022()}) {
            assertEquals(report, json.readEvaluation(json.write(report)));
            assertEquals(report, json.readEvaluation(json.withPrettyPrinting().write(report)));
        }
    }

    @Test
    void outputIsDeterministic() {
        Evaluation report = SeedReports.guancheng2022();
        assertEquals(json.write(report), json.write(json.readEvaluation(json.write(report))));
        assertEquals(json.withPrettyPrinting().write(report), json.withPrettyPrinting().write(report));
    }

    @Test
    void aReportWhosePointsDoNotAddUpIsAValidDocument() {
        // 产出指标 gives itself 39.35 of 40 while its leaves state no deduction: the audit's business.
        Evaluation evaluation = json.readEvaluation(Resources.text(JINSHUI));
        assertEquals(new BigDecimal("39.35"),
            evaluation.nodesByPath().get(IndicatorPath.parse("产出指标")).reportedScore().orElseThrow());
    }
}
