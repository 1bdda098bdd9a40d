package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;


/**
 * What the demo must show of the three seed reports, read off the tool's real output. The expected
 * figures are the reports' own (REFERENCE.md §1 and §5): Jinshui's table and budget block,
 * Guancheng's 23 project rows and budget, Potou's expenditure split.
 */
class DemoCommandTest {
    private static Cli demo;

    @BeforeAll
    static void runTheDemo() {
        demo = Cli.run("demo");
    }

    @Test
    void theDemoSucceedsQuietly() {
        assertEquals(PerfevalCli.OK, demo.status, demo.toString());
        assertEquals("", demo.err);
    }

    @Test
    void jinshuiComputes100BesideItsReported98_15() {
        String jinshui = Output.report(demo.out, "郑州市金水区政务服务中心 2021");
        Output.assertLine(jinshui, "Grade: computed 100.00 优; reported 98.15 优 (reported − computed = -1.85)");
        // Indicator, Points, Score computed, Score reported, Rate computed, Rate reported (指标, 权重分值, 得分, 得分率)
        assertEquals(List.of("预算执行", "10", "10.00", "10", "100.00%", "100%"), Output.row(jinshui, "预算执行"));
        assertEquals(List.of("投入管理", "20", "20.00", "20", "100.00%", "100%"), Output.row(jinshui, "投入管理"));
        assertEquals(List.of("产出指标", "40", "40.00", "39.35", "100.00%", "98.375%"), Output.row(jinshui, "产出指标"));
        assertEquals(List.of("效益指标", "30", "30.00", "28.8", "100.00%", "96%"), Output.row(jinshui, "效益指标"));
        assertEquals(List.of("Total", "100", "100.00", "98.15", "100.00%", "98.15%"), Output.row(jinshui, "Total"));
    }

    @Test
    void jinshuiExecutionAndAdjustmentRates() {
        String jinshui = Output.report(demo.out, "郑州市金水区政务服务中心 2021");
        assertEquals(List.of("Budget execution rate", "100.00%", "918.886283 / 918.886283", "100% (2 places)"),
            Output.row(jinshui, "Budget execution rate"));
        // (918.886283 − 1342.46) / 1342.46, as the report prints it: -31.55%.
        assertEquals(List.of("Budget adjustment rate", "-31.55%", "(918.886283 − 1342.46) / 1342.46"), Output.row(jinshui, "Budget adjustment rate"));
        // Printed 100% "within budget"; the framework's formula gives 0 / 1.
        assertEquals(List.of("\"Three public\" control rate", "0.00%", "0 / 1", "100%"), Output.row(jinshui, "\"Three public\" control rate"));
    }

    @Test
    void guanchengShowsWhatItsFiguresAllowAndNoMeaninglessTotal() {
        String guancheng = Output.report(demo.out, "郑州市管城回族区政务服务和大数据管理局 2022");
        assertTrue(guancheng.contains("Not scored. The report prints no indicator table"), guancheng);
        assertFalse(guancheng.contains("Grade:"), guancheng);
        assertFalse(guancheng.contains("\n  Total "), guancheng);
        Output.assertLine(guancheng, "Reported: 98.88 优");
        // Σ of the 23 rows: 1866.92 of 2318.97 万元.
        Output.assertLine(guancheng, "23 projects: executed 1866.92 of 2318.97 万元 (80.51%)");
        assertEquals(List.of("Project execution rate", "80.51%", "1866.92 / 2318.97 万元 (23 projects)"),
            Output.row(guancheng, "Project execution rate"));
        // The claim "已完结的项目预算执行率 100%" beside the 21 rows it speaks of.
        assertEquals(List.of("Completed projects' execution rate", "82.28%", "1866.92 / 2268.97 万元 (21 projects)", "100%"),
            Output.row(guancheng, "Completed projects' execution rate"));
        // Year-start appropriation 379.49, spending 2118.34.
        assertEquals(List.of("Spending against year-start budget", "+458.21%", "(2118.34 − 379.49) / 379.49"),
            Output.row(guancheng, "Spending against year-start budget"));
        assertEquals(List.of("(7)", "更换区中心机房 UPS 网络等保整改", "281.36 万元", "0 万元", "0.00%", "completed"), Output.row(guancheng, "(7)"));
        assertEquals(List.of("(13)", "政府购买服务", "424.52 万元", "327.14 万元", "77.06%", "completed"), Output.row(guancheng, "(13)"));
    }

    @Test
    void potouShowsItsExpenditureSplitAndADerivedGrade() {
        String potou = Output.report(demo.out, "坡头区政务服务数据管理局本级 2022");
        assertEquals(List.of("Expenditure", "229.63 万元 = basic 169.79 万元 + project 59.84 万元"), Output.row(potou, "Expenditure"));
        // The report prints 96 and no grade: 96 is 优 on the standard scale, said to be derived.
        assertTrue(Output.prose(potou).contains(
            "Reported: 96 优 (grade derived: the report prints none; 96 is 优 on the rule set's scale cn-mof-2020)\n"), potou);
        assertFalse(potou.contains("Grade:"), potou);
        assertEquals(List.of("Public funds control rate", "not computable", "the public expenditure is not given", "84.50%"),
            Output.row(potou, "Public funds control rate"));
    }

    @Test
    void theAuditFindsWhatTheReportsGetWrong() {
        // REFERENCE §5: Jinshui deducts from 产出 and 效益 with every target met and says nothing of it,
        // and prints 三公经费控制率 100% where the formula gives 0 / 1.
        String jinshui = Output.report(demo.out, "郑州市金水区政务服务中心 2021");
        assertTrue(jinshui.contains("\n  - WARNING POINTS_DEDUCTED_UNEXPLAINED at 产出指标\n"), jinshui);
        assertTrue(jinshui.contains("\n  - WARNING POINTS_DEDUCTED_UNEXPLAINED at 效益指标\n"), jinshui);
        assertTrue(jinshui.contains("\n  - WARNING METRIC_DEFINITION_MISMATCH at claims[3]\n"), jinshui);
        // Guancheng claims 100% for its finished projects; its rows give 82.28%, and (7) executed nothing.
        String guancheng = Output.report(demo.out, "郑州市管城回族区政务服务和大数据管理局 2022");
        assertTrue(guancheng.contains("\n  - ERROR CLAIMED_VALUE_MISMATCH at claims[3]\n"), guancheng);
        assertTrue(guancheng.contains("\n  - ERROR CLAIMED_VALUE_MISMATCH at projects[6]\n"), guancheng);
        assertTrue(guancheng.contains("+458.21%"), guancheng);
    }

    @Test
    void theDemoShowsAPrintedTableInItsOwnLayout() {
        String table = Output.report(demo.out, "义务教育营养改善计划专项资金 2022 项目支出绩效自评表");
        assertTrue(table.contains("年度资金总额"), table);
        assertTrue(table.contains("387664.62"), table);
        assertTrue(table.contains("By the rules: 99.80 优"), table);
        assertTrue(table.contains("POINTS_DEDUCTED_UNEXPLAINED at 产出指标/时效指标/资金到位及时率"), table);
    }

    @Test
    void theDemoIsWhatScoreGivesForTheBundledFiles(@TempDir Path dir) {
        List<String> files = new ArrayList<>();
        for (SeedReport report : SeedReport.values()) {
            files.add(Cli.copy(report, dir).toString());
        }
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(files);
        Cli score = Cli.run(args.toArray(String[]::new));
        assertEquals(PerfevalCli.OK, score.status, score.toString());
        String expected = score.out;
        for (int i = 0; i < files.size(); i++) {
            expected = expected.replace("Source: " + files.get(i), "Source: bundled " + SeedReport.values()[i].fileName());
        }
        assertTrue(demo.out.endsWith(expected), "demo:\n" + demo.out + "\nscore:\n" + expected);
    }
}
