package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.Schemas;
import org.perfeval.examples.SeedReport;
import org.perfeval.json.DocumentKind;

/** {@code score --format json}: the result documents, read back as JSON. */
class ScoreJsonTest {
    /** Keeps every decimal as written: 100.00, not 1E+2. */
    private static final ObjectMapper TREES = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    @TempDir
    Path dir;

    @Test
    void jinshuiGivesTheComputedAndTheReportedTotal() throws IOException {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", jinshui.toString(), "--format", "json");
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertEquals("", cli.err);
        JsonNode result = TREES.readTree(cli.out);
        // Every digit as computed and as printed: 100.00 and 98.15.
        assertEquals(new BigDecimal("100.00"), result.at("/total/computed").decimalValue());
        assertEquals(new BigDecimal("98.15"), result.at("/total/reported").decimalValue());
        assertTrue(cli.out.contains("\"computed\": 100.00,"), cli.out);
        assertEquals("优", result.at("/grade/computed").asText());
        assertEquals("优", result.at("/grade/reported").asText());
        // No rule set given: the catalogue's pack for a 2021 department report from 410105.
        assertEquals("cn-mof-department-2013", result.at("/ruleSet/id").asText());
    }

    @Test
    void theAuditsFindingsAreInTheDocument() throws IOException {
        Path guancheng = Cli.copy(SeedReport.GUANCHENG_2022, dir);
        Cli cli = Cli.run("score", "--format=json", guancheng.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        JsonNode findings = TREES.readTree(cli.out).get("findings");
        assertTrue(findings.isArray() && findings.size() > 0, cli.out);
        assertEquals("CLAIMED_VALUE_MISMATCH", findings.get(0).get("code").asText(), findings.toString());
        assertTrue(findings.toString().contains("82.28"), findings.toString());
    }

    @Test
    void aResultWrittenByScoreIsAValidDocument() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli score = Cli.run("score", jinshui.toString(), "--format", "json");
        Path result = Cli.write(dir, "result.json", score.out);
        Cli validate = Cli.run("validate", result.toString());
        assertEquals(PerfevalCli.OK, validate.status, validate.toString());
        assertTrue(validate.out.startsWith(result + ": valid result: 郑州市金水区政务服务中心 2021 scored 100.00 优 under "
            + "cn-mof-department-2013 1; reported 98.15 优; "), validate.out);
    }

    @Test
    void severalFilesGiveAnArrayOfResultsInOrder() throws IOException {
        Path potou = Cli.copy(SeedReport.POTOU_2022, dir);
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli cli = Cli.run("score", "--format", "json", potou.toString(), jinshui.toString());
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        JsonNode results = TREES.readTree(cli.out);
        assertEquals(2, results.size());
        assertEquals(new BigDecimal("96"), results.get(0).at("/total/reported").decimalValue());
        assertEquals(new BigDecimal("98.15"), results.get(1).at("/total/reported").decimalValue());
    }

    @Test
    void everyResultIsValidAgainstTheResultSchema() throws IOException {
        List<String> files = new ArrayList<>(List.of("score", "--format", "json"));
        for (SeedReport report : SeedReport.values()) {
            files.add(Cli.copy(report, dir).toString());
        }
        Cli cli = Cli.run(files.toArray(String[]::new));
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        for (JsonNode result : TREES.readTree(cli.out)) {
            assertEquals(List.of(), Schemas.problems(DocumentKind.RESULT, result.toString()), result.at("/evaluation/unit").asText());
        }
    }
}
