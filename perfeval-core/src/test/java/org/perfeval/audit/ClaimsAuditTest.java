package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.auditAlone;
import static org.perfeval.audit.Reports.auditScored;
import static org.perfeval.audit.Reports.claim;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.group;
import static org.perfeval.audit.Reports.leaf;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.report;
import static org.perfeval.audit.Reports.wan;
import static org.perfeval.audit.Reports.withBudget;
import static org.perfeval.audit.Reports.withCode;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;

/** Printed metrics (claims in prose, actuals of metric indicators, printed rates) against the report's figures. */
class ClaimsAuditTest {

    /** Spent 90 of an adjusted 100 万元: 预算执行率 90%. */
    private static final DepartmentBudget NINETY = DepartmentBudget.builder()
        .adjustedBudget(wan("100")).expenditure(wan("90")).build();

    private static List<String> at(Evaluation evaluation, FindingCode code) {
        return locations(auditAlone(evaluation), code);
    }

    private static Project project(String number, String approved, String executed, Project.Status status) {
        Project.Builder p = Project.builder().number(number).name("项目" + number).approved(wan(approved)).executed(wan(executed));
        if (status != null) {
            p.status(status);
        }
        return p.build();
    }

    @Nested
    class ClaimedValue {
        @Test
        void aClaimTheFiguresContradictIsAnError() {
            List<Finding> findings = withCode(auditAlone(withBudget(NINETY, claim(Metric.EXECUTION_RATE, "95"))),
                FindingCode.CLAIMED_VALUE_MISMATCH);

            assertEquals(List.of("claims[0]"), locations(findings, FindingCode.CLAIMED_VALUE_MISMATCH));
            Finding f = findings.get(0);
            assertEquals(Finding.Severity.ERROR, f.severity());
            assertEquals(0, dec("90").compareTo(f.figures().get("computedPercent")));
            assertEquals(0, dec("90").compareTo(f.figures().get("numerator")));
            assertEquals(0, dec("100").compareTo(f.figures().get("denominator")));
            assertTrue(f.messageZh().contains("预算执行率95%") && f.messageEn().contains("90.00%"));
        }

        @Test
        void aClaimMatchesWhatItsPrintedDigitsCanHoldOrTheTolerance() {
            assertEquals(List.of(), at(withBudget(NINETY, claim(Metric.EXECUTION_RATE, "90")), FindingCode.CLAIMED_VALUE_MISMATCH));
            DepartmentBudget almost = DepartmentBudget.builder().adjustedBudget(wan("100")).expenditure(wan("89.996")).build();
            // 89.996% prints as 90.00 and, at 0 places, as 90; 89.99 is within 0.01; 89.98 is not.
            assertEquals(List.of(), at(withBudget(almost, claim(Metric.EXECUTION_RATE, "90.00")), FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(List.of(), at(withBudget(almost, claim(Metric.EXECUTION_RATE, "90")), FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(List.of(), at(withBudget(almost, claim(Metric.EXECUTION_RATE, "89.99")), FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(List.of("claims[0]"), at(withBudget(almost, claim(Metric.EXECUTION_RATE, "89.98")),
                FindingCode.CLAIMED_VALUE_MISMATCH));
        }

        @Test
        void theActualOfAnIndicatorNamedAfterAMetricIsCheckedLikeAClaim() {
            Evaluation wrong = report().budget(NINETY).addIndicators(leaf("预算执行率", "≥90%", "95%").build()).build();
            Evaluation right = report().budget(NINETY).addIndicators(leaf("预算执行率", "≥90%", "90%").build()).build();

            assertEquals(List.of("预算执行率"), at(wrong, FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(List.of(), at(right, FindingCode.CLAIMED_VALUE_MISMATCH));
        }

        @Test
        void aGroupsPrintedScoreRateIsCheckedAgainstItsScoreAndPoints() {
            // Jinshui prints 产出 39.35 of 40 at 98.375%.
            Evaluation right = report(group("产出", leaf("数量", "≥90%", "95%").build()).points(dec("40"))
                .reportedScore(dec("39.35")).reportedRate(dec("98.375")).build());
            Evaluation wrong = report(group("产出", leaf("数量", "≥90%", "95%").build()).points(dec("40"))
                .reportedScore(dec("39.35")).reportedRate(dec("98.5")).build());

            assertEquals(List.of(), at(right, FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(List.of("产出"), at(wrong, FindingCode.CLAIMED_VALUE_MISMATCH));
        }

        @Test
        void anAcceptedVariantOfTheFormulaIsNoFinding() {
            // (80 − 100) / 100 = −20% is the framework's form; (80 − 100) / 80 = −25% the 调整数 / 预算数 form.
            DepartmentBudget cut = DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("80")).build();

            assertEquals(List.of(), auditAlone(withBudget(cut, claim(Metric.ADJUSTMENT_RATE, "-20"),
                claim(Metric.ADJUSTMENT_RATE, "-25"))));
            assertEquals(List.of("claims[0]"), at(withBudget(cut, claim(Metric.ADJUSTMENT_RATE, "-30")),
                FindingCode.CLAIMED_VALUE_MISMATCH));
        }

        @Test
        void aCompletedProjectsClaimNamesEveryProjectThatContradictsIt() {
            Evaluation evaluation = report()
                .addProjects(project("1", "100", "100", Project.Status.COMPLETED),
                    project("2", "100", "50", Project.Status.COMPLETED),
                    project("3", "40", "0", Project.Status.ONGOING),
                    project("4", "10", "0", null),
                    project("5", "20", "21", Project.Status.COMPLETED))
                .addClaims(claim(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, "100"))
                .build();

            List<Finding> findings = withCode(auditAlone(evaluation), FindingCode.CLAIMED_VALUE_MISMATCH);
            // Completed: 171 / 220 = 77.73%; (2) executed 50%, (5) 105%; (4) spent nothing and is not called unfinished.
            assertEquals(List.of("claims[0]", "projects[1]", "projects[3]", "projects[4]"),
                locations(findings, FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(0, dec("77.73").compareTo(findings.get(0).figures().get("computedPercent")));
            assertTrue(findings.get(1).messageEn().contains("below"));
            assertTrue(findings.get(2).messageEn().contains("does not call it unfinished"));
            assertTrue(findings.get(3).messageEn().contains("above"));
        }

        @Test
        void aCompletedProjectsRateBelowOneHundredIsAnAggregateNotEveryProjects() {
            // 100 + 90 of 200 = 95%: the claim holds although neither project executed 95%.
            Evaluation aggregate = report()
                .addProjects(project("1", "100", "100", Project.Status.COMPLETED), project("2", "100", "90", Project.Status.COMPLETED))
                .addClaims(claim(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, "95"))
                .build();
            // A project that spent nothing and is not called unfinished is named under any such claim.
            Evaluation idle = report()
                .addProjects(project("1", "100", "95", Project.Status.COMPLETED), project("2", "10", "0", null))
                .addClaims(claim(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, "95"))
                .build();

            assertEquals(List.of(), auditAlone(aggregate));
            assertEquals(List.of("projects[1]"), at(idle, FindingCode.CLAIMED_VALUE_MISMATCH));
        }

        @Test
        void aCompletedProjectsClaimThatEveryCompletedProjectBearsOutIsFine() {
            Evaluation evaluation = report()
                .addProjects(project("1", "100", "100", Project.Status.COMPLETED),
                    project("2", "100", "99.6", Project.Status.COMPLETED),
                    project("3", "40", "0", Project.Status.ONGOING))
                .addClaims(claim(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, "100"))
                .build();

            assertEquals(List.of(), auditAlone(evaluation));
        }
    }

    @Nested
    class MetricDefinition {
        private final DepartmentBudget nothingSpent = DepartmentBudget.builder()
            .threePublicBudget(wan("1")).threePublicExpenditure(wan("0")).build();

        @Test
        void aControlRatePrintedAsWithinBudgetRatherThanTheRatioIsAWarning() {
            List<Finding> findings = auditAlone(withBudget(nothingSpent, claim(Metric.THREE_PUBLIC_CONTROL_RATE, "100")));

            assertEquals(List.of("claims[0]"), locations(findings, FindingCode.METRIC_DEFINITION_MISMATCH));
            assertEquals(Finding.Severity.WARNING, findings.get(0).severity());
            assertEquals(List.of(), withCode(findings, FindingCode.CLAIMED_VALUE_MISMATCH));

            DepartmentBudget publicFunds = DepartmentBudget.builder()
                .publicFundsBudget(wan("100")).publicExpenditure(wan("84.5")).build();
            assertEquals(List.of("claims[0]"), at(withBudget(publicFunds, claim(Metric.PUBLIC_FUNDS_CONTROL_RATE, "100")),
                FindingCode.METRIC_DEFINITION_MISMATCH));
            DepartmentBudget staff = DepartmentBudget.builder().staff(8).authorizedStaff(10).build();
            assertEquals(List.of("claims[0]"), at(withBudget(staff, claim(Metric.STAFF_CONTROL_RATE, "100")),
                FindingCode.METRIC_DEFINITION_MISMATCH));
        }

        @Test
        void anIndicatorActualPrintedAsWithinBudgetIsAWarningToo() {
            Evaluation evaluation = report().budget(nothingSpent)
                .addIndicators(leaf("三公经费控制率", "≤100%", "100%").build()).build();

            assertEquals(List.of("三公经费控制率"), at(evaluation, FindingCode.METRIC_DEFINITION_MISMATCH));
        }

        @Test
        void theFrameworkRatioIsFine() {
            assertEquals(List.of(), auditAlone(withBudget(nothingSpent, claim(Metric.THREE_PUBLIC_CONTROL_RATE, "0"))));
            DepartmentBudget publicFunds = DepartmentBudget.builder()
                .publicFundsBudget(wan("100")).publicExpenditure(wan("84.5")).build();
            assertEquals(List.of(), auditAlone(withBudget(publicFunds, claim(Metric.PUBLIC_FUNDS_CONTROL_RATE, "84.50"))));
        }

        @Test
        void overspendingPrintedAsOneHundredPercentIsContradictedNotADefinition() {
            DepartmentBudget over = DepartmentBudget.builder()
                .threePublicBudget(wan("1")).threePublicExpenditure(wan("1.2")).build();
            List<Finding> findings = auditAlone(withBudget(over, claim(Metric.THREE_PUBLIC_CONTROL_RATE, "100")));

            assertEquals(List.of(), withCode(findings, FindingCode.METRIC_DEFINITION_MISMATCH));
            assertEquals(List.of("claims[0]"), locations(findings, FindingCode.CLAIMED_VALUE_MISMATCH));
            assertEquals(0, dec("120").compareTo(findings.get(0).figures().get("computedPercent")));
        }
    }

    @Nested
    class Unverifiable {
        @Test
        void aClaimWithoutTheFiguresToCheckItIsNotedWithTheReason() {
            List<Finding> none = auditAlone(report().addClaims(claim(Metric.EXECUTION_RATE, "100")).build());
            List<Finding> half = auditAlone(withBudget(DepartmentBudget.builder().expenditure(wan("90")).build(),
                claim(Metric.EXECUTION_RATE, "100")));

            assertEquals(List.of("claims[0]"), locations(none, FindingCode.CLAIM_UNVERIFIABLE));
            assertEquals(Finding.Severity.INFO, none.get(0).severity());
            assertTrue(none.get(0).messageZh().contains("报告未列预算数据"));
            assertTrue(half.get(0).messageZh().contains("未列调整预算数"));
            assertTrue(half.get(0).messageEn().contains("调整预算数 is not given"));
        }

        @Test
        void aClaimWithItsFiguresIsChecked() {
            assertEquals(List.of(), auditAlone(withBudget(NINETY, claim(Metric.EXECUTION_RATE, "90"))));
        }

        @Test
        void aZeroDenominatorIsAReasonToo() {
            DepartmentBudget zero = DepartmentBudget.builder().adjustedBudget(wan("0")).expenditure(wan("0")).build();
            List<Finding> findings = auditAlone(withBudget(zero, claim(Metric.EXECUTION_RATE, "100")));

            assertEquals(List.of("claims[0]"), locations(findings, FindingCode.CLAIM_UNVERIFIABLE));
            assertTrue(findings.get(0).messageZh().contains("分母为零"));
        }

        @Test
        void scoringChangesNothingAboutClaims() {
            Evaluation evaluation = withBudget(NINETY, claim(Metric.EXECUTION_RATE, "95"), claim(Metric.CARRY_OVER_RATE, "0"));
            assertEquals(auditAlone(evaluation), auditScored(evaluation).stream()
                .filter(f -> f.location().startsWith("claims")).collect(java.util.stream.Collectors.toList()));
        }
    }
}
