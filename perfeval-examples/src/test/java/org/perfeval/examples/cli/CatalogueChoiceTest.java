package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;

/** {@code score} and {@code batch} pick each report's rule pack from the catalogue unless a rule set is given, and say which. */
class CatalogueChoiceTest {
    private static final String SICHUAN_DEPARTMENT_2022 = "{\"schemaVersion\":\"1.0\",\"unit\":\"锦江区某局\",\"year\":2022,"
        + "\"kind\":\"DEPARTMENT_OVERALL\",\"division\":{\"code\":\"510104\",\"name\":\"成都市锦江区\"}}";
    private static final String PROJECT_2019 = "{\"schemaVersion\":\"1.0\",\"unit\":\"某项目\",\"year\":2019,"
        + "\"kind\":\"PROJECT\",\"division\":{\"code\":\"410105\",\"name\":\"郑州市金水区\"},"
        + "\"indicators\":[{\"name\":\"产出指标\",\"points\":50,\"children\":[{\"name\":\"完成率\",\"target\":\"≥98\","
        + "\"unit\":\"%\",\"actual\":\"100%\"}]}]}";

    @TempDir
    Path dir;

    @Test
    void scoreSaysWhichPackTheCataloguePickedAndWhy() {
        Cli run = Cli.run("score", Cli.copy(SeedReport.POTOU_2022, dir).toString());
        assertEquals(PerfevalCli.OK, run.status, run.err);
        assertTrue(run.out.contains("Rule set: cn-mof-department-2013, version 1, for CN"), run.out);
        assertTrue(run.out.contains("Rule source: 财预〔2013〕53号 预算绩效评价共性指标体系框架 (财政部)"), run.out);
        String flat = run.out.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Chosen by the catalogue: cn-mof-department-2013 version 1: the national rules for"
            + " DEPARTMENT_OVERALL in effect in 2022 (from 2013-01-01); the evaluation is from 440804 湛江市坡头区, and"
            + " 440804, 440800, 440000 have no pack of their own"), run.out);
    }

    @Test
    void aSichuanReportGetsSichuansPackInChinese() {
        Path report = Cli.write(dir, "jinjiang.json", SICHUAN_DEPARTMENT_2022);
        Cli run = Cli.in(Locale.SIMPLIFIED_CHINESE, ByteArrayInputStream.nullInputStream(), "score", report.toString());
        assertEquals(PerfevalCli.OK, run.status, run.err);
        String flat = run.out.replaceAll("\\s+", "");
        assertTrue(flat.contains("规则集：cn-51-department-2021"), run.out);
        assertTrue(flat.contains("由规则包目录选定：cn-51-department-2021（版本1）：2022年有效的510000的规则"), run.out);
    }

    @Test
    void aGivenRuleSetIsUsedAndNoCatalogueReasonIsPrinted() {
        Cli run = Cli.run("score", "--profile", "department-overall", Cli.copy(SeedReport.JINSHUI_2021, dir).toString());
        assertEquals(PerfevalCli.OK, run.status, run.err);
        assertTrue(run.out.contains("Rule set: cn-jinshui-department-2021"), run.out);
        assertFalse(run.out.contains("Chosen by the catalogue"), run.out);
    }

    @Test
    void aReportNoPackAppliesToIsRejectedWithWhereTheCatalogueLooked() {
        Path report = Cli.write(dir, "project-2019.json", PROJECT_2019);
        Cli run = Cli.run("score", report.toString());
        assertEquals(PerfevalCli.REJECTED, run.status, run.out);
        assertTrue(run.err.contains("no rule set to score under: no rule pack for PROJECT at 410105, 410100, 410000, CN is"
            + " in effect in 2019"), run.err);
        assertTrue(run.err.contains("give one with --rules or --profile"), run.err);
        // Given a rule set, the same report is scored, and the rule set's dates are reported against it.
        Cli given = Cli.run("score", "--profile", "ministry-project", report.toString());
        assertEquals(PerfevalCli.OK, given.status, given.err);
        assertTrue(given.out.contains("NOT_EFFECTIVE"), given.out);
    }

    @Test
    void batchScoresEachLineUnderItsPackAndGivesAnErrorRecordWhereNoneApplies() {
        String ndjson = SICHUAN_DEPARTMENT_2022 + "\n" + PROJECT_2019 + "\n";
        Cli run = Cli.in(Locale.ENGLISH, new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "batch", "-");
        String[] lines = run.out.split("\n");
        assertEquals(2, lines.length, run.out);
        assertTrue(lines[0].contains("\"ruleSet\":{\"id\":\"cn-51-department-2021\""), lines[0]);
        assertEquals("{\"line\":2,\"error\":{\"pointer\":\"\",\"message\":\"no rule set to score under: no rule pack for"
            + " PROJECT at 410105, 410100, 410000, CN is in effect in 2019 (the evaluation is from 410105 郑州市金水区)\"}}",
            lines[1]);
        assertEquals(PerfevalCli.REJECTED, run.status);
    }
}
