package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;

/**
 * No view shows a total or grade the rule set does not allow: the reports without an indicator table, and
 * a report with a cell that cannot be read, in text, markdown, JSON, batch and the demo.
 */
class NoInventedTotalTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final String REASON = "nothing in the report applies: no points count toward the total";

    @TempDir
    Path dir;

    private static JsonNode tree(SeedReport report) throws IOException {
        try (InputStream in = report.open()) {
            return TREES.readTree(in);
        }
    }

    /** @return the text with every run of white space one space, as wrapping a paragraph does not change it */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void jsonAndBatchGiveTheReasonAndNoComputedTotalOrGrade() throws IOException {
        for (SeedReport report : new SeedReport[] {SeedReport.GUANCHENG_2022, SeedReport.POTOU_2022}) {
            Path file = Cli.copy(report, dir);
            Cli score = Cli.run("score", file.toString(), "--format", "json");
            assertEquals(PerfevalCli.OK, score.status, score.toString());
            JsonNode result = TREES.readTree(score.out);
            assertFalse(result.get("total").has("computed"), score.out);
            assertFalse(result.get("grade").has("computed"), score.out);
            assertEquals(REASON, result.get("total").get("reason").asText());
            assertEquals(REASON, result.get("grade").get("reason").asText());

            Path lines = Cli.write(dir, report.fileName() + ".ndjson", tree(report).toString() + "\n");
            Cli batch = Cli.run("batch", lines.toString());
            assertEquals(PerfevalCli.OK, batch.status, batch.toString());
            JsonNode record = TREES.readTree(batch.out.strip());
            assertFalse(record.get("total").has("computed"), batch.out);
            assertEquals(REASON, record.get("total").get("reason").asText());
        }
    }

    @Test
    void textMarkdownAndTheDemoSayNotComputableBecause() {
        Path guancheng = Cli.copy(SeedReport.GUANCHENG_2022, dir);
        for (String format : new String[] {"text", "markdown"}) {
            Cli cli = Cli.run("score", guancheng.toString(), "--format", format, "--lang", "en");
            assertEquals(PerfevalCli.OK, cli.status, cli.toString());
            assertTrue(flat(cli.out).contains("Total and grade not computable, because " + REASON), cli.out);
            assertFalse(cli.out.contains("差"), cli.out);
        }
        Cli demo = Cli.run("demo", "--lang", "en");
        assertTrue(flat(demo.out).contains("not computable, because nothing in the report applies"), demo.out);
        Cli chinese = Cli.run("demo", "--lang", "zh");
        assertTrue(chinese.out.replaceAll("\\n\\s*", "").contains("总分与等级不可计算，因为报告中没有适用的指标"), chinese.out);
        assertFalse(chinese.out.contains("计算 0.00"), chinese.out);
        // Jinshui's figures stand as published.
        assertTrue(demo.out.contains("-31.55%") && demo.out.contains("+458.21%") && demo.out.contains("80.51%"), demo.out);
        assertTrue(demo.out.contains("computed 100.00 优; reported 98.15 优"), demo.out);
        assertFalse(demo.out.contains("computed 0.00"), demo.out);
    }

    @Test
    void aCellThatCannotBeReadLeavesItsCategoryAndTheTotalNotComputableInTheTable() throws IOException {
        ObjectNode jinshui = (ObjectNode) tree(SeedReport.JINSHUI_2021);
        JsonNode leaf = jinshui.at("/indicators/2/children/0/children/0");
        ((ObjectNode) leaf).set("actual", TREES.createObjectNode().put("unreadable", "ILLEGIBLE"));
        String path = jinshui.at("/indicators/2/name").asText() + "/" + jinshui.at("/indicators/2/children/0/name").asText()
            + "/" + leaf.get("name").asText();
        Path file = Cli.write(dir, "illegible.json", jinshui.toString());

        Cli text = Cli.run("score", file.toString(), "--lang", "en");
        assertEquals(PerfevalCli.OK, text.status, text.toString());
        // A long path may wrap anywhere: compare without white space.
        assertTrue(text.out.replaceAll("\\s+", "").contains(("not computable, because it depends on what is not computable: "
            + path + ": the actual is illegible").replaceAll("\\s+", "")), text.out);
        assertTrue(text.out.matches("(?s).*\\n  Total\\s+100\\s+not computable\\s+98.15\\s+not computable.*"), text.out);
        assertTrue(text.out.matches("(?s).*\\n  产出指标\\s+40\\s+not computable\\s+39.35.*"), text.out);
        assertFalse(text.out.contains("computed 100.00"), text.out);

        JsonNode result = TREES.readTree(Cli.run("score", file.toString(), "--format", "json").out);
        assertFalse(result.get("total").has("computed"));
        assertTrue(result.get("total").get("reason").asText().contains(path + ": the actual is illegible"),
            result.get("total").toString());
    }
}
