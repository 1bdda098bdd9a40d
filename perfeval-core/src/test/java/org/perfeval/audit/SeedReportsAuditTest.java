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
            .filter(f -> f.location().equals("claims[0]")).findFirst().orElseThrow();
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
        assertEquals(List.of("claims[0]", "projects[6]", "projects[8]", "projects[9]", "projects[12]", "projects[13]",
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
        // Its budget was cut by 31.55%, beyond the default 20%; the carry-over rate it claims has no figures.
        assertEquals(List.of("budget.adjustedBudget"), locations(findings, FindingCode.LARGE_BUDGET_ADJUSTMENT));
        assertEquals(List.of("claims[2]"), locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
    }

    @Test
    void potouBudgetIdentitiesHold() {
        List<Finding> findings = audit(SeedReports.potou2022());

        // 229.63 = 229.63 + 0; 169.79 + 59.84 = 229.63; 财政拨款收入 229.63.
        assertEquals(List.of(), withCode(findings, FindingCode.BUDGET_IDENTITY_BROKEN));
        // No indicator table: no total, and 预算执行 cannot be scored without the adjusted budget.
        assertEquals(List.of("total"), locations(findings, FindingCode.TOTAL_NOT_COMPUTABLE));
        assertEquals(List.of("预算执行"), locations(findings, FindingCode.ROW_NOT_SCORABLE));
        assertEquals(List.of("预算执行"), locations(findings, FindingCode.POINTS_FROM_POLICY));
        assertTrue(findings.stream().allMatch(f -> f.severity() == Finding.Severity.INFO
            || f.code() == FindingCode.TOTAL_NOT_COMPUTABLE || f.code() == FindingCode.ROW_NOT_SCORABLE), findings::toString);
        // Its four rates are printed without the budgets they divide by.
        assertEquals(List.of("claims[0]", "claims[1]", "claims[2]", "claims[3]"),
            locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
    }

    @Test
    void theReportAloneGivesTheSameBudgetAndClaimFindings() {
        for (Evaluation seed : List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022())) {
            List<Finding> alone = Audit.of(RULES).audit(seed);
            List<Finding> scored = audit(seed);
            for (FindingCode code : List.of(FindingCode.CLAIMED_VALUE_MISMATCH, FindingCode.METRIC_DEFINITION_MISMATCH,
                    FindingCode.BUDGET_IDENTITY_BROKEN, FindingCode.LARGE_BUDGET_ADJUSTMENT, FindingCode.CLAIM_UNVERIFIABLE)) {
                assertEquals(withCode(scored, code), withCode(alone, code), seed.unit() + " " + code);
            }
        }
    }

    private static Finding finding(List<Finding> findings, String location) {
        return findings.stream().filter(f -> f.location().equals(location)).findFirst()
            .orElseThrow(() -> new AssertionError("no finding at " + location + " in " + findings));
    }
}
