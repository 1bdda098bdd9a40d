package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.claim;
import static org.perfeval.audit.Reports.codes;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.group;
import static org.perfeval.audit.Reports.leaf;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.report;
import static org.perfeval.audit.Reports.wan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Metric;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.ScoreSheet;

/** What every audit promises: its order, its determinism, its preconditions, its printed-figure matching. */
class AuditContractTest {

    @Test
    void findingsComeMostSevereFirstThenByCodeThenByPlaceInTheReport() {
        Evaluation evaluation = report()
            // Top-level points 60 + 30 ≠ 100; scores 50 + 30 ≠ the total 70.
            .addIndicators(leaf("产出", "≥90%", "95%").points(dec("60")).reportedScore(dec("50")).build(),
                leaf("效益", "≥90%", "95%").points(dec("30")).reportedScore(dec("30")).build())
            .reportedTotal(dec("70"))
            .budget(DepartmentBudget.builder().income(wan("100")).expenditure(wan("90")).carryOver(wan("5"))
                .yearStartBudget(wan("100")).adjustedBudget(wan("150")).build())
            .addClaims(claim(Metric.PROCUREMENT_EXECUTION_RATE, "100"))
            .build();

        assertEquals(List.of(FindingCode.REPORTED_TOTAL_MISMATCH, FindingCode.POINTS_DO_NOT_ADD_UP,
                FindingCode.BUDGET_IDENTITY_BROKEN, FindingCode.LARGE_BUDGET_ADJUSTMENT, FindingCode.CLAIM_UNVERIFIABLE),
            codes(Reports.auditAlone(evaluation)));
    }

    @Test
    void withinOneCodeFindingsFollowTheIndicatorTreeWhicheverCheckFoundThem() {
        // 甲 (first in the report) reports 55 of its allocated 50 points; 乙's children report 55 of its 50, 子一 45 of its
        // allocated 30. The tree check finds 乙 before the node check finds 甲.
        Evaluation evaluation = report(
            leaf("甲", "≥90%", "95%").reportedScore(dec("55")).build(),
            group("乙", leaf("子一", "≥90%", "95%").reportedScore(dec("45")).build(),
                leaf("子二", "≥90%", "95%").points(dec("10")).reportedScore(dec("10")).build(),
                leaf("子三", "≥90%", "95%").points(dec("10")).build()).points(dec("50")).build());

        List<Finding> findings = Reports.auditScored(evaluation);
        assertEquals(List.of("甲", "乙", "乙/子一"), locations(findings, FindingCode.SCORE_EXCEEDS_POINTS));
    }

    @Test
    void anAuditIsDeterministic() {
        RuleSet rules = Profiles.departmentOverall();
        for (Evaluation seed : List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022())) {
            ScoreSheet result = Reports.score(rules, seed);
            assertEquals(Audit.of(rules).audit(result), Audit.of(rules).audit(Reports.score(rules, seed)));
            assertEquals(Audit.of(rules).audit(seed), Audit.of(rules).audit(seed));
        }
    }

    @Test
    void everyFindingCarriesItsCodesSeverityAndBothMessages() {
        RuleSet rules = Profiles.departmentOverall();
        for (Evaluation seed : List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022())) {
            for (Finding f : Audit.of(rules).audit(Reports.score(rules, seed))) {
                assertEquals(f.code().severity(), f.severity());
                assertFalse(f.messageZh().isBlank() || f.messageEn().isBlank());
                assertFalse(f.figures().isEmpty(), f::toString);
            }
        }
    }

    @Test
    void aResultScoredUnderAnotherRuleSetIsRefused() {
        ScoreSheet result = Reports.score(Profiles.departmentOverall(), SeedReports.jinshui2021());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Audit.of(Reports.rules()).audit(result));
        assertTrue(e.getMessage().contains("cn-jinshui-department-2021"));
    }

    @Test
    void nodeResultsThatAreNotTheEvaluationsAreRefused() {
        Evaluation evaluation = report(leaf("产出", "≥90%", "95%").build());

        ScoreSheet scored = Reports.score(Reports.rules(), evaluation);
        ScoreSheet withoutNodes = ScoreSheet.builder().evaluation(evaluation).ruleSetId(scored.ruleSetId())
            .ruleSetVersion(scored.ruleSetVersion()).maximum(scored.maximum()).total(scored.total()).grade(scored.grade())
            .totalNotComputable(scored.totalNotComputable())
            .applicablePoints(scored.applicablePoints()).totalTrace(scored.totalTrace()).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Audit.of(Reports.rules()).audit(withoutNodes));
        assertTrue(e.getMessage().contains("产出"));
    }

    @Test
    void aRuleSetWhoseGradeScaleHasAGapIsRefused() {
        GradeScale gap = GradeScale.builder().id("gap").maximum(BigDecimal.valueOf(100))
            .addGrades(Grade.of("好", dec("60"), dec("100")), Grade.of("差", dec("0"), dec("50"))).build();
        RuleSet rules = RuleSet.builder().id("gap").version("1").jurisdiction("test")
            .effectiveFrom(LocalDate.of(2000, 1, 1)).gradeScale(gap).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Audit.of(rules));
        assertTrue(e.getMessage().contains("[50, 60)"));
    }

    @Test
    void nullsAreRefusedByName() {
        Audit audit = Audit.of(Reports.rules());
        assertEquals("evaluation", assertThrows(NullPointerException.class, () -> audit.audit((Evaluation) null)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class, () -> audit.audit((ScoreSheet) null)).getMessage());
        assertEquals("ruleSet", assertThrows(NullPointerException.class, () -> Audit.of(null)).getMessage());
    }

    @Test
    void aPrintedFigureMatchesWhatItRoundsFromOrTheTolerance() {
        BigDecimal tolerance = dec("0.01");
        // 100% printed at 0 places holds anything from 99.5% up to 100.5%.
        assertTrue(Printed.matches(dec("100"), dec("99.6"), tolerance));
        assertFalse(Printed.matches(dec("100"), dec("99.4"), tolerance));
        // 82.28% at 2 places: 82.275 rounds half-up to it; 82.2749 is within 0.01; 82.265 is neither.
        assertTrue(Printed.matches(dec("82.28"), dec("82.275"), BigDecimal.ZERO));
        assertTrue(Printed.matches(dec("82.28"), dec("82.2749"), tolerance));
        assertFalse(Printed.matches(dec("82.28"), dec("82.265"), tolerance));
        // Negative figures round half away from zero, as -31.55% is printed.
        assertTrue(Printed.matches(dec("-31.55"), dec("-31.545"), BigDecimal.ZERO));
        assertTrue(Printed.matches(dec("-31.55"), dec("-31.552107"), BigDecimal.ZERO));
    }
}
