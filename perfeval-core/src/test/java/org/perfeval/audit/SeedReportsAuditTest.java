package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.withCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoringEngine;

/**
 * The audit on the three published reports, against what domain/REFERENCE.md §5 says they get wrong.
 * Each is audited scored under the department-overall profile, the layout of these reports.
 */
class SeedReportsAuditTest {
    private static final RuleSet RULES = Profiles.departmentOverall();

    private static List<Finding> audit(Evaluation evaluation) {
        return Audit.of(RULES).audit(ScoringEngine.of(RULES, RuleRegistry.builtIns()).score(evaluation));
    }

    private static void assertSum(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void guanchengClaimThatFinishedProjectsExecutedEverythingIsContradicted() {
        List<Finding> findings = audit(SeedReports.guancheng2022());

        Finding claim = withCode(findings, FindingCode.CLAIMED_VALUE_MISMATCH).stream()
            .filter(f -> f.location().equals("claims[3]")).findFirst().orElseThrow();
        // The 21 projects the report calls finished: 1866.92 of 2268.97 万元 = 82.28%.
        Map<String, BigDecimal> figures = claim.figures();
        assertSum("1866.92", figures.get("executed"));
        assertSum("2268.97", figures.get("approved"));
        assertSum("82.28", figures.get("computedPercent"));
        assertSum("21", figures.get("projects"));
        assertSum("100", figures.get("printedPercent"));
        assertEquals(Finding.Severity.ERROR, claim.severity());
        assertTrue(claim.messageZh().contains("82.28%") && claim.messageEn().contains("82.28%"));
    }

    @Test
    void guanchengNamesEachFinishedProjectBelowTheClaimAndTheOneThatSpentNothing() {
        List<Finding> findings = audit(SeedReports.guancheng2022());

        // Below 100% at 0 places: (7) 0%, (9) 93.49%, (10) 83.09%, (13) 77.06% (§5), (14) 90/93, (15) 62.19/65.15,
        // (23) 2.4/2.5. (2) 109.87/110 = 99.88% and (16) 496.19/496.51 = 99.94% print as 100%; (18) and (20) are
        // the two unfinished ones.
        // claims[3] is "已完结的项目预算执行率 100%"; the counts before it (23 projects, 21 finished) agree with the list.
        assertEquals(List.of("claims[3]", "projects[6]", "projects[8]", "projects[9]", "projects[12]", "projects[13]",
            "projects[14]", "projects[22]"), locations(findings, FindingCode.CLAIMED_VALUE_MISMATCH));

        Finding seven = finding(findings, "projects[6]");
        assertSum("281.36", seven.figures().get("approved"));
        assertSum("0", seven.figures().get("executed"));
        assertTrue(seven.messageZh().contains("(7)") && seven.messageEn().contains("(7)"));
        assertTrue(seven.messageEn().contains("counts it as completed"));

        assertSum("93.49", finding(findings, "projects[8]").figures().get("executionPercent"));
        assertSum("83.09", finding(findings, "projects[9]").figures().get("executionPercent"));
        assertSum("77.06", finding(findings, "projects[12]").figures().get("executionPercent"));
    }

    @Test
    void guanchengBudgetGrewFarBeyondItsYearStartAppropriation() {
        List<Finding> findings = audit(SeedReports.guancheng2022());

        List<Finding> large = withCode(findings, FindingCode.LARGE_BUDGET_ADJUSTMENT);
        assertEquals(1, large.size());
        Finding growth = large.get(0);
        // No adjusted budget is printed: (2118.34 − 379.49) / 379.49 = +458.21%.
        assertEquals("budget.expenditure", growth.location());
        assertSum("458.21", growth.figures().get("ratePercent"));
        assertTrue(growth.messageZh().contains("决算较年初") && growth.messageEn().contains("决算较年初"));
        assertTrue(growth.messageEn().contains("+458.21%"));
        assertEquals(Finding.Severity.WARNING, growth.severity());
    }

    @Test
    void guanchengIncomeAndSpendingBalance() {
        assertEquals(List.of(), withCode(audit(SeedReports.guancheng2022()), FindingCode.BUDGET_IDENTITY_BROKEN));
    }

    @Test
    void jinshuiDeductsPointsFromOutputsAndOutcomesWithoutSayingWhy() {
        List<Finding> findings = audit(SeedReports.jinshui2021());

        assertEquals(List.of("产出指标", "效益指标"), locations(findings, FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
        Finding outputs = withCode(findings, FindingCode.POINTS_DEDUCTED_UNEXPLAINED).get(0);
        assertSum("39.35", outputs.figures().get("reportedScore"));
        assertSum("40", outputs.figures().get("awarded"));
        Finding outcomes = withCode(findings, FindingCode.POINTS_DEDUCTED_UNEXPLAINED).get(1);
        assertSum("28.8", outcomes.figures().get("reportedScore"));
        assertSum("30", outcomes.figures().get("awarded"));
        assertTrue(outputs.messageEn().contains("every target under it met"));
    }

    @Test
    void jinshuiPrintsTheThreePublicControlRateAsWithinBudgetRatherThanTheFrameworkRatio() {
        List<Finding> findings = audit(SeedReports.jinshui2021());

        // The claim in prose and the indicator's actual both print 100% where 0 / 1 = 0%.
        assertEquals(List.of("投入管理/预算和财务管理/“三公经费”控制率", "claims[3]"),
            locations(findings, FindingCode.METRIC_DEFINITION_MISMATCH));
        for (Finding f : withCode(findings, FindingCode.METRIC_DEFINITION_MISMATCH)) {
            assertSum("100", f.figures().get("printedPercent"));
            assertSum("0", f.figures().get("computedPercent"));
            assertSum("0", f.figures().get("numerator"));
            assertSum("1", f.figures().get("denominator"));
            assertTrue(f.messageEn().contains("within budget → 100%") && f.messageEn().contains("non-framework"));
            assertTrue(f.messageZh().contains("未超预算即记 100%") && f.messageZh().contains("非框架"));
        }
    }

    @Test
    void jinshuiTotalGradeAndRatesAreConsistent() {
        List<Finding> findings = audit(SeedReports.jinshui2021());

        // 10 + 20 + 39.35 + 28.8 = 98.15, 优; 39.35 / 40 = 98.375%; 28.8 / 30 = 96%; execution 100%; −31.55%.
        for (FindingCode code : List.of(FindingCode.REPORTED_TOTAL_MISMATCH, FindingCode.REPORTED_GRADE_MISMATCH,
                FindingCode.CLAIMED_VALUE_MISMATCH, FindingCode.POINTS_DO_NOT_ADD_UP, FindingCode.SCORE_EXCEEDS_POINTS)) {
            assertEquals(List.of(), withCode(findings, code), code::name);
        }
        // Its budget was cut by 31.55%, beyond the default 20%; the carry-over rate it claims has no figures, nor
        // have the counts of projects (no project list), nor 满意度 99% (no indicator of that name). The rates its prose
        // repeats (细化率, 绩效监控/自评/评价完成率 100%) agree with the indicator table; the printed 得分率 of the
        // 预算执行 row (100% = 10 / 10) and of the total row (98.15% = 98.15 / 100) agree with the scores.
        assertEquals(List.of("budget.adjustedBudget"), locations(findings, FindingCode.LARGE_BUDGET_ADJUSTMENT));
        assertEquals(List.of("claims[2]", "claims[5]", "claims[6]", "claims[8]", "claims[10]", "claims[12]"),
            locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
    }

    @Test
    void jinshuiAdjustmentTargetCannotBeMissedByACut() {
        List<Finding> findings = audit(SeedReports.jinshui2021());

        // ≤80 bounds a rise only: the cut of 31.55% meets it with full points, although the audit calls it large.
        assertEquals(List.of("投入管理/预算和财务管理/预算调整率"), locations(findings, FindingCode.TARGET_CANNOT_BE_MISSED));
        Finding target = withCode(findings, FindingCode.TARGET_CANNOT_BE_MISSED).get(0);
        assertSum("80", target.figures().get("targetPercent"));
        assertSum("-31.55", target.figures().get("actualPercent"));
        assertSum("20", target.figures().get("thresholdPercent"));
        assertEquals(Finding.Severity.WARNING, target.severity());
        assertTrue(target.messageEn().contains("≤80") && target.messageZh().contains("-31.55%"));
    }

    @Test
    void jinshuiPrintedScoreRatesOfTheBudgetRowAndTheTotalRowAreKeptAndChecked() {
        Evaluation jinshui = SeedReports.jinshui2021();
        assertSum("100", jinshui.indicators().get(0).reportedRate().orElseThrow());
        assertSum("98.15", jinshui.reportedTotalRate().orElseThrow());
        Evaluation misprinted = Evaluation.builder().unit(jinshui.unit()).year(jinshui.year()).kind(jinshui.kind())
            .budget(jinshui.budget()).addAllIndicators(jinshui.indicators()).reportedTotal(jinshui.reportedTotal())
            .reportedGrade(jinshui.reportedGrade()).reportedTotalRate(dec("98.5")).build();
        Finding rate = finding(audit(misprinted), "reportedTotalRate");
        assertEquals(FindingCode.CLAIMED_VALUE_MISMATCH, rate.code());
        assertSum("98.15", rate.figures().get("computedRate"));
    }

    @Test
    void guanchengApprovesMoreForItsProjectsThanItsIncomeWhileClaimingTheFundsAllArrived() {
        List<Finding> findings = audit(SeedReports.guancheng2022());

        List<Finding> exceed = withCode(findings, FindingCode.PROJECT_FUNDS_EXCEED_INCOME);
        assertEquals(1, exceed.size());
        Finding funds = exceed.get(0);
        assertSum("2318.97", funds.figures().get("approved"));
        assertSum("2118.34", funds.figures().get("income"));
        assertSum("200.63", funds.figures().get("difference"));
        assertTrue(funds.messageZh().contains("预算资金均已到位") && funds.messageEn().contains("预算资金均已到位"));
        assertEquals(Finding.Severity.WARNING, funds.severity());
    }

    @Test
    void guanchengRepeatsThreeProjectNamesWithDifferentAmounts() {
        List<Finding> findings = audit(SeedReports.guancheng2022());

        // 办公设备租赁 (3) 60.06 and (21) 38.48; 互联网费用 (5) 94.16 and (11) 5; 政府购买服务 (9) 108.22 and (13) 424.52.
        assertEquals(List.of("projects[2]", "projects[4]", "projects[8]"), locations(findings, FindingCode.DUPLICATE_PROJECT_NAME));
        for (Finding f : withCode(findings, FindingCode.DUPLICATE_PROJECT_NAME)) {
            assertEquals(Finding.Severity.INFO, f.severity());
        }
        Finding internet = finding(findings, "projects[4]");
        assertSum("94.16", internet.figures().get("approved1"));
        assertSum("5", internet.figures().get("approved2"));
        // The other unverifiable claims: 人民群众满意度 100% and the funds in place have no figures behind them.
        assertEquals(List.of("claims[4]", "claims[5]"), locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
    }

    @Test
    void potouBudgetIdentitiesHold() {
        List<Finding> findings = audit(SeedReports.potou2022());

        // 229.63 = 229.63 + 0; 169.79 + 59.84 = 229.63; 财政拨款收入 229.63.
        assertEquals(List.of(), withCode(findings, FindingCode.BUDGET_IDENTITY_BROKEN));
        // No indicator table: no total.
        assertEquals(List.of("total"), locations(findings, FindingCode.TOTAL_NOT_COMPUTABLE));
        assertTrue(findings.stream().allMatch(f -> f.severity() == Finding.Severity.INFO
            || f.code() == FindingCode.TOTAL_NOT_COMPUTABLE), findings::toString);
        // 整体支出完成率 100% = 229.63 / 229.63 checks out; three rates are printed without the budgets they divide
        // by, and the figures of its prose (科室, 人员, 进驻单位, 事项, 窗口, 自助机 and the service rates) have none.
        assertEquals(List.of(), withCode(findings, FindingCode.CLAIMED_VALUE_MISMATCH));
        assertEquals(List.of("claims[1]", "claims[2]", "claims[3]", "claims[4]", "claims[5]", "claims[6]", "claims[7]",
            "claims[8]", "claims[9]", "claims[10]", "claims[11]", "claims[12]", "claims[13]", "claims[14]"),
            locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
    }

    @Test
    void theReportAloneGivesTheSameBudgetAndClaimFindings() {
        for (Evaluation seed : List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022())) {
            List<Finding> alone = Audit.of(RULES).audit(seed);
            List<Finding> scored = audit(seed);
            for (FindingCode code : List.of(FindingCode.CLAIMED_VALUE_MISMATCH, FindingCode.METRIC_DEFINITION_MISMATCH,
                    FindingCode.BUDGET_IDENTITY_BROKEN, FindingCode.LARGE_BUDGET_ADJUSTMENT, FindingCode.CLAIM_UNVERIFIABLE,
                    FindingCode.TARGET_CANNOT_BE_MISSED, FindingCode.PROJECT_FUNDS_EXCEED_INCOME,
                    FindingCode.DUPLICATE_PROJECT_NAME, FindingCode.RATE_ABOVE_HUNDRED)) {
                assertEquals(withCode(scored, code), withCode(alone, code), seed.unit() + " " + code);
            }
        }
    }

    private static Finding finding(List<Finding> findings, String location) {
        return findings.stream().filter(f -> f.location().equals(location)).findFirst()
            .orElseThrow(() -> new AssertionError("no finding at " + location + " in " + findings));
    }
}
