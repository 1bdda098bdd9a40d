package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.TableEvaluator;
import org.perfeval.evaluation.TableResult;
import org.perfeval.json.DocumentKind;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableKind;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * The nine published tables of {@code shared/seeds/more}, encoded cell by cell: each reads, writes back
 * the same, is valid against {@code table.schema.json}, reproduces the figures it prints, and its
 * audit finds the inconsistencies the transcription lists and nothing else.
 */
class SeedTableTest {
    static final String DIR = "/org/perfeval/examples/tables/";
    private static final PerfevalJson JSON = PerfevalJson.create();

    static String text(String file) throws IOException {
        try (InputStream in = SeedTableTest.class.getResourceAsStream(DIR + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static SelfEvaluationTable table(String file) throws IOException {
        return JSON.readTable(text(file));
    }

    static TableResult evaluate(String file) throws IOException {
        SelfEvaluationTable table = table(file);
        return TableEvaluator.of(table.kind() == TableKind.PROJECT ? Profiles.ministryProject() : Profiles.departmentOverall(),
            RuleRegistry.builtIns()).evaluate(table);
    }

    /** @return each finding as {@code CODE@location}, in the result's order */
    static List<String> findings(TableResult result) {
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            out.add(f.code() + "@" + f.location());
        }
        return out;
    }

    private static BigDecimal sum(SelfEvaluationTable table, boolean points) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorRow row : table.indicators()) {
            if (row.kind() == IndicatorRow.Kind.INDICATOR) {
                sum = sum.add((points ? row.points() : row.score()).number().orElse(BigDecimal.ZERO));
            }
        }
        return sum;
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-yongde-2022.json", "03-zhongjiang-2022.json", "04-langfang-2019.json",
        "05-jishan-2021.json", "06-xiaoxian-2023.json", "07-shidian-2021.json",
        "08-jinzhai-2023.json", "09-suiyang-2021.json", "10-lingling-2021.json"})
    void everyTableIsValidAndWritesBackTheSame(String file) throws IOException {
        String text = text(file);
        assertEquals(List.of(), Schemas.problems(DocumentKind.TABLE, text), file);
        SelfEvaluationTable table = JSON.readTable(text);
        assertEquals(table, JSON.readTable(JSON.write(table)), file);
        assertEquals(text, JSON.withPrettyPrinting().write(table), file + " is written as encoded");
    }

    @Test
    void yongdeReproducesItsFiguresAndFindsTheUnexplainedDeductions() throws IOException {
        TableResult r = evaluate("01-yongde-2022.json");
        SelfEvaluationTable t = r.table();
        assertEquals(0, dec("90").compareTo(sum(t, true)), "indicator points 90");
        assertEquals(0, dec("86").compareTo(sum(t, false)), "indicator scores 86");
        assertEquals(0, BigDecimal.ONE.compareTo(t.budget().get().total().cell(BudgetColumn.RATE).ratio().get()), "100%");
        assertEquals(Optional.of(dec("10.00")), r.budgetScore(), "rate 100% × 10");
        assertEquals(Optional.of(dec("99.80")), r.total(), "the rules give 政策知晓率 9.80 and 资金到位及时率 10");
        assertEquals("优", r.grade().get().label());
        assertEquals(List.of(
            "POINTS_DEDUCTED_UNEXPLAINED@产出指标/时效指标/资金到位及时率",
            "POINTS_DEDUCTED_UNEXPLAINED@效益指标/社会效益指标/政策知晓率",
            "DEVIATION_UNEXPLAINED@效益指标/社会效益指标/政策知晓率"), findings(r));
    }

    @Test
    void zhongjiangCountsTheBudgetRowTwiceAndCopiesItsTargets() throws IOException {
        TableResult r = evaluate("03-zhongjiang-2022.json");
        assertEquals(0, dec("100").compareTo(sum(r.table(), true)), "indicator points 70 + 20 + 10");
        assertEquals(Optional.of(dec("10.00")), r.budgetScore(), "20 / 20 = 100%");
        assertTrue(r.total().isEmpty(), "an actual that only repeats its target cannot be scored");
        assertTrue(r.totalNotComputable().get().contains("安装坡面水标尺"), r.totalNotComputable().get());
        // Each copied target is also a row its rule cannot score, and its 0 comes from the unscorable policy.
        assertEquals(List.of(
            "REPORTED_TOTAL_MISMATCH@reportedTotal",
            "POINTS_DO_NOT_ADD_UP@totalPoints",
            "ROW_NOT_SCORABLE@产出指标/数量指标/安装坡面水标尺",
            "ROW_NOT_SCORABLE@产出指标/数量指标/水标尺宽度",
            "ROW_NOT_SCORABLE@产出指标/时效指标/及时(按期)开工率",
            "ROW_NOT_SCORABLE@产出指标/时效指标/及时(按期)完工率",
            "ROW_NOT_SCORABLE@效益指标/社会效益指标/受益脱贫(含监测对象)户人口数",
            "ROW_NOT_SCORABLE@满意度指标/服务对象满意度指标/受益脱贫(含监测对象)户满意度",
            "ACTUAL_REPEATS_TARGET@产出指标/数量指标/安装坡面水标尺",
            "ACTUAL_REPEATS_TARGET@产出指标/数量指标/水标尺宽度",
            "ACTUAL_REPEATS_TARGET@产出指标/时效指标/及时(按期)开工率",
            "ACTUAL_REPEATS_TARGET@产出指标/时效指标/及时(按期)完工率",
            "ACTUAL_REPEATS_TARGET@效益指标/社会效益指标/受益脱贫(含监测对象)户人口数",
            "ACTUAL_REPEATS_TARGET@满意度指标/服务对象满意度指标/受益脱贫(含监测对象)户满意度",
            "POINTS_FROM_POLICY@产出指标/数量指标/安装坡面水标尺",
            "POINTS_FROM_POLICY@产出指标/数量指标/水标尺宽度",
            "POINTS_FROM_POLICY@产出指标/时效指标/及时(按期)开工率",
            "POINTS_FROM_POLICY@产出指标/时效指标/及时(按期)完工率",
            "POINTS_FROM_POLICY@效益指标/社会效益指标/受益脱贫(含监测对象)户人口数",
            "POINTS_FROM_POLICY@满意度指标/服务对象满意度指标/受益脱贫(含监测对象)户满意度"), findings(r));
    }

    @Test
    void langfangGivesTheBudgetRowMoreThanItsRateAndClaimsFullCostControl() throws IOException {
        TableResult r = evaluate("04-langfang-2019.json");
        assertEquals(Optional.of(dec("8.62")), r.budgetScore(), "37.24 / 43.2 = 86.20% × 10");
        assertEquals(0, dec("90").compareTo(sum(r.table(), true)), "visible points 90 (+ 10 on the budget row)");
        assertEquals(0, dec("89").compareTo(sum(r.table(), false)), "visible scores 89 (+ 9 on the budget row)");
        assertTrue(r.total().isEmpty(), "cut off before 总分");
        assertEquals(List.of(
            "FULL_POINTS_FOR_MISSED_TARGET@产出指标/数量指标/指标1工程资金金额",
            "FULL_POINTS_FOR_MISSED_TARGET@budget.rows[0]",
            "RULE_SET_MISMATCH@year", // a 2019 table under the ministry's rules of 2020
            "COST_CONTRADICTS_BUDGET@产出指标/成本指标/指标1成本控制率"), findings(r));
    }

    @Test
    void jishanKeepsItsUnalignedBudgetAndFindsScoresOffTheRatioRule() throws IOException {
        TableResult r = evaluate("05-jishan-2021.json");
        SelfEvaluationTable t = r.table();
        assertEquals(List.of("0", "0", "207.4538", "10", "100%", "10", "207.4538", "—", "100%", "—"),
            t.budget().get().unaligned(), "no amount moved into a cell it may not belong to");
        assertEquals(TableCell.Kind.ILLEGIBLE, t.indicators().get(2).name().kind());
        assertEquals(0, dec("46").compareTo(sum(t, true)));
        assertEquals(0, dec("41.8").compareTo(sum(t, false)));
        assertTrue(r.budgetScore().isEmpty() && r.total().isEmpty());
        List<String> found = findings(r);
        // 770/1228 = 62.7% scored 1.8 of 2; 3224/3807 = 84.7% scored 1.9; 37442/38508 = 97.2% scored 3 of 3
        assertTrue(found.contains("FULL_POINTS_FOR_MISSED_TARGET@产出指标/数量指标/指标23:0-36月龄中医药规范管理数"), found.toString());
        assertTrue(found.contains("FULL_POINTS_FOR_MISSED_TARGET@产出指标/数量指标/指标16:高血压规范管理数"), found.toString());
        assertTrue(found.contains("FULL_POINTS_FOR_MISSED_TARGET@产出指标/数量指标/指标1:居民健康档案"), found.toString());
        // 209/212 = 98.6% scored only 1.8
        assertTrue(found.contains("POINTS_DEDUCTED_UNEXPLAINED@产出指标/数量指标/指标20:严重精神障碍患者管理数"), found.toString());
        assertEquals(6, found.stream().filter(f -> f.startsWith("FULL_POINTS")).count(), found.toString());
        assertEquals(8, found.stream().filter(f -> f.startsWith("POINTS_DEDUCTED")).count(), found.toString());
        assertEquals(14, found.stream().filter(f -> f.startsWith("DEVIATION_UNEXPLAINED")).count(),
            "every missed target, and no deviation note is visible: " + found);
        assertEquals(28, found.size(), found.toString());
    }

    @Test
    void xiaoxianRepeatsTheBudgetScoreAndMixesUnits() throws IOException {
        TableResult r = evaluate("06-xiaoxian-2023.json");
        assertEquals(0, dec("80").compareTo(sum(r.table(), true)), "产出 50 + 效益 30 before the cut");
        assertEquals(Optional.of(dec("10.00")), r.budgetScore(), "9.48 / 9.48, counted once");
        assertEquals(List.of(
            "SUB_ITEMS_DO_NOT_ADD_UP@产出指标/数量指标/★补助家畜家禽养殖数量",
            "BUDGET_SCORE_REPEATED@budget.rows[1]"), findings(r));
    }

    @Test
    void shidianReadsItsDecimalRateAndHasNothingToScore() throws IOException {
        TableResult r = evaluate("07-shidian-2021.json");
        SelfEvaluationTable t = r.table();
        assertEquals(Optional.of(dec("20")), t.budget().get().points(), "预算执行情况(20分)");
        assertEquals(Optional.of(dec("0.0000")), t.budget().get().total().cell(BudgetColumn.RATE).ratio());
        assertEquals(Optional.of(dec("0.00")), r.budgetScore(), "0.00 of 1500 executed");
        assertTrue(r.total().isEmpty());
        assertTrue(t.reportedTotal().isEmpty(), "总分 is blank");
        // The rate matches and the non-execution is explained in prose; what is left is that no row has an
        // actual to score: each is a row its rule cannot score, given 0 by the unscorable policy.
        List<String> expected = new ArrayList<>();
        for (String row : List.of("产出指标/数量指标/标准化圈舍面积(平方米)", "产出指标/数量指标/办公用房面积(平方米)", "产出指标/数量指标/饲料加工用房面积(平方米)", "产出指标/数量指标/保种数量(头)", "产出指标/数量指标/年提供种猪数量(头)", "产出指标/质量指标/工程合格率(%)", "产出指标/时效指标/项目竣工时间", "产出指标/成本指标/投入资金(≥万元)", "效益指标/年新增畜牧产值 (万元)", "效益指标/辐射带动养殖保山猪户数(户)", "满意度指标/服务对象满意度指标/项目业主满意度(%)")) {
            expected.add("ROW_NOT_SCORABLE@" + row);
        }
        expected.addAll(expected.stream().map(f -> f.replace("ROW_NOT_SCORABLE@", "POINTS_FROM_POLICY@")).toList());
        assertEquals(expected, findings(r));
    }

    @Test
    void jinzhaiExecutesAboveItsBudget() throws IOException {
        TableResult r = evaluate("08-jinzhai-2023.json");
        assertEquals(Optional.of(dec("10.00")), r.budgetScore(), "338.31 / 329.77 = 102.59%, capped at 10");
        assertEquals(0, dec("60").compareTo(sum(r.table(), true)));
        assertEquals(0, dec("60").compareTo(sum(r.table(), false)));
        assertTrue(r.table().budget().get().total().cell(BudgetColumn.SCORE).kind() == TableCell.Kind.BLANK);
        assertEquals(List.of(), findings(r));
    }

    @Test
    void suiyangRepeatsItsScoreOnBothSubRowsAndScoresAgainstTheYearStartBudget() throws IOException {
        TableResult r = evaluate("09-suiyang-2021.json");
        assertFalse(r.table().yearPrinted());
        assertEquals(Optional.of(dec("10.00")), r.budgetScore(), "1268.72 / 1172.55 = 108.2%, capped");
        assertEquals(List.of("BUDGET_SCORE_REPEATED@budget.rows[1]", "BUDGET_SCORE_REPEATED@budget.rows[2]"), findings(r));
    }

    @Test
    void linglingsBreakdownsAddUp() throws IOException {
        TableResult r = evaluate("10-lingling-2021.json");
        assertEquals(Optional.of(dec("10.00")), r.budgetScore());
        assertEquals(List.of(), findings(r));
    }
}
