package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.auditAlone;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.group;
import static org.perfeval.audit.Reports.leaf;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.report;
import static org.perfeval.audit.Reports.wan;
import static org.perfeval.audit.Reports.withCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Actual;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Project;

/** Rates above what they can be, targets a cut always meets, project funds beyond income, repeated names, subject claims. */
class ConsistencyAuditTest {

    @Test
    void aCoverageOrSatisfactionRateAboveHundredIsAFindingAndAnExecutionRateIsNot() {
        Evaluation report = report(group("产出指标",
            leaf("资助对象覆盖率", "≥95%", "102%").build(),
            leaf("服务对象满意度", "≥90%", "100%").build(),
            leaf("项目预算执行率", "≥95%", "102.59%").build()).build());
        List<Finding> findings = auditAlone(report);
        assertEquals(List.of("产出指标/资助对象覆盖率"), locations(findings, FindingCode.RATE_ABOVE_HUNDRED));
        Finding rate = withCode(findings, FindingCode.RATE_ABOVE_HUNDRED).get(0);
        assertEquals(0, dec("102").compareTo(rate.figures().get("printedPercent")));
        assertEquals(Finding.Severity.ERROR, rate.severity());
    }

    @Test
    void aClaimedSatisfactionAboveHundredIsAFinding() {
        Evaluation report = report().addClaims(Claim.builder().subject("群众满意度").percent(dec("101")).quote("群众满意度达101%").build())
            .build();
        assertEquals(List.of("claims[0]"), locations(auditAlone(report), FindingCode.RATE_ABOVE_HUNDRED));
    }

    @Test
    void anUpperBoundOnAnAdjustmentRateMetByALargeCutCannotBeMissed() {
        Evaluation cut = report(group("投入管理", leaf("预算调整率", "≤80", "-31.55%").build()).build());
        assertEquals(List.of("投入管理/预算调整率"), locations(auditAlone(cut), FindingCode.TARGET_CANNOT_BE_MISSED));
        Evaluation small = report(group("投入管理", leaf("预算调整率", "≤80", "-5%").build()).build());
        assertEquals(List.of(), locations(auditAlone(small), FindingCode.TARGET_CANNOT_BE_MISSED));
        Evaluation bothWays = report(group("投入管理", leaf("预算调整率", "-10-10%", "-31.55%").build()).build());
        assertEquals(List.of(), locations(auditAlone(bothWays), FindingCode.TARGET_CANNOT_BE_MISSED));
    }

    private static Project project(String number, String name, String approved, String executed) {
        return Project.builder().number(number).name(name).approved(wan(approved)).executed(wan(executed))
            .status(Project.Status.COMPLETED).build();
    }

    @Test
    void projectsApprovedBeyondTheIncomeAreAFindingThatNamesTheClaimOfFundsInPlace() {
        DepartmentBudget budget = DepartmentBudget.builder().income(wan("100")).expenditure(wan("100")).build();
        Evaluation report = report().budget(budget).addProjects(project("1", "甲", "80", "80"), project("2", "乙", "30", "20"))
            .addClaims(Claim.builder().subject("预算资金到位率").percent(dec("100")).quote("预算资金均已到位").build()).build();
        Finding f = withCode(auditAlone(report), FindingCode.PROJECT_FUNDS_EXCEED_INCOME).get(0);
        assertEquals(0, dec("110").compareTo(f.figures().get("approved")));
        assertTrue(f.messageEn().contains("预算资金均已到位"));
        Evaluation carried = report().budget(DepartmentBudget.builder().income(wan("100")).priorCarryOver(wan("10")).build())
            .addProjects(project("1", "甲", "80", "80"), project("2", "乙", "30", "20")).build();
        assertEquals(List.of(), withCode(auditAlone(carried), FindingCode.PROJECT_FUNDS_EXCEED_INCOME));
    }

    @Test
    void aRepeatedProjectNameIsANoteOnlyWhenTheAmountsDiffer() {
        Evaluation differ = report().addProjects(project("1", "互联网费用", "94.16", "94.16"), project("2", "互联网费用", "5", "5"))
            .build();
        List<Finding> findings = withCode(auditAlone(differ), FindingCode.DUPLICATE_PROJECT_NAME);
        assertEquals(List.of("projects[0]"), locations(findings, FindingCode.DUPLICATE_PROJECT_NAME));
        assertEquals(Finding.Severity.INFO, findings.get(0).severity());
        Evaluation same = report().addProjects(project("1", "互联网费用", "5", "5"), project("2", "互联网费用", "5", "5")).build();
        assertEquals(List.of(), withCode(auditAlone(same), FindingCode.DUPLICATE_PROJECT_NAME));
    }

    @Test
    void aSubjectClaimIsCheckedAgainstTheIndicatorOfThatNameElseUnverifiable() {
        Evaluation report = report().addIndicators(group("效益指标", leaf("服务对象满意度", "≥90%", "95%").build()).build())
            .addClaims(
                Claim.builder().subject("服务对象满意度").percent(dec("95")).quote("服务对象满意度95%").build(),
                Claim.builder().subject("服务对象满意度").percent(dec("99")).quote("服务对象满意度达99%").build(),
                Claim.builder().subject("进驻单位个数").figure((Actual.Measured) Actual.parse("30个")).quote("推动30个单位进驻").build())
            .addProjects(project("1", "甲", "1", "1"))
            .addClaims(Claim.builder().subject("项目个数").figure((Actual.Measured) Actual.parse("2个")).quote("共有项目2个").build())
            .build();
        List<Finding> findings = auditAlone(report);
        assertEquals(List.of("claims[1]", "claims[3]"), locations(findings, FindingCode.CLAIMED_VALUE_MISMATCH));
        assertEquals(List.of("claims[2]"), locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
        assertTrue(withCode(findings, FindingCode.CLAIM_UNVERIFIABLE).get(0).messageZh().contains("进驻单位个数 30个"));
    }

    @Test
    void aClaimStatesAMetricOrASubjectAndAPercentOrAFigure() {
        assertThrowsIllegal(() -> Claim.builder().percent(dec("1")).quote("x").build());
        assertThrowsIllegal(() -> Claim.builder().subject("a").quote("x").build());
        assertThrowsIllegal(() -> Claim.builder().metric(org.perfeval.model.Metric.EXECUTION_RATE)
            .figure((Actual.Measured) Actual.parse("3个")).quote("x").build());
    }

    private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable build) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, build);
    }
}
