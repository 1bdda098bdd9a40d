package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.Schemas;
import org.perfeval.json.DocumentKind;

/** {@code score} on a printed table: its own layout in text, a result document in JSON. */
class ScoreTableTest {
    private static Path copy(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ScoreTableTest.class.getResourceAsStream("/org/perfeval/examples/tables/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aTableIsShownInItsOwnLayout(@TempDir Path dir) throws IOException {
        Cli score = Cli.run("score", copy("04-langfang-2019.json", dir).toString());
        assertEquals(PerfevalCli.OK, score.status, score.toString());
        String out = score.out;
        assertTrue(out.contains("办公宿舍楼、食堂及餐厅暖通改造经费 2019 项目支出绩效自评表"), out);
        assertTrue(out.contains("年度资金总额"), out);
        assertTrue(out.contains("8.62"), "the rule's budget score beside the printed 9:\n" + out);
        assertTrue(out.contains("By the rules: no total, because the table is cut off in its source"), out);
        assertTrue(out.contains("COST_CONTRADICTS_BUDGET at 产出指标/成本指标/指标1成本控制率"), out);
    }

    @Test
    void validateKnowsATable(@TempDir Path dir) throws IOException {
        Path file = copy("08-jinzhai-2023.json", dir);
        Cli validate = Cli.run("validate", file.toString());
        assertEquals(PerfevalCli.OK, validate.status, validate.toString());
        assertEquals(file + ": valid table: 金寨县茶谷和美丽乡村建设服务中心 2023 部门整体支出绩效自评表; 8 indicator rows"
            + " (cut off in its source)\n", validate.out);
    }

    @Test
    void aTablesJsonResultCarriesTheTablesFindings(@TempDir Path dir) throws IOException {
        Cli score = Cli.run("score", "--format", "json", copy("06-xiaoxian-2023.json", dir).toString());
        assertEquals(PerfevalCli.OK, score.status, score.toString());
        assertEquals(List.of(), Schemas.problems(DocumentKind.RESULT, score.out));
        JsonNode result = new ObjectMapper().readTree(score.out);
        List<String> codes = new java.util.ArrayList<>();
        result.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("path").asText()));
        assertEquals(List.of("SUB_ITEMS_DO_NOT_ADD_UP@产出指标/数量指标/★补助家畜家禽养殖数量", "BUDGET_SCORE_REPEATED@budget.rows[1]"),
            codes);
    }
}
