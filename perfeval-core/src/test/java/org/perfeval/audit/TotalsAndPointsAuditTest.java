package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.auditAlone;
import static org.perfeval.audit.Reports.auditScored;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.group;
import static org.perfeval.audit.Reports.leaf;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.report;
import static org.perfeval.audit.Reports.withCode;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.ScoreSheet;

/** The arithmetic of totals, grades, points and scores. */
class TotalsAndPointsAuditTest {

    /** Two categories of 60 and 40 points reporting the given scores, and the report's total. */
    private static Evaluation twoCategories(String first, String second, String total) {
        Evaluation.Builder report = report()
            .addIndicators(category("产出", "60", first), category("效益", "40", second));
        return report.reportedTotal(dec(total)).build();
    }

    private static Indicator category(String name, String points, String score) {
        Indicator.Builder leaf = leaf(name, "≥90%", "95%").points(dec(points));
        if (score != null) {
            leaf.reportedScore(dec(score));
        }
        return leaf.build();
    }

    @Nested
    class ReportedTotal {
        @Test
        void aTotalThatIsNotTheSumOfTheCategoryScoresIsAnError() {
            List<Finding> findings = withCode(auditAlone(twoCategories("50", "30", "85")), FindingCode.REPORTED_TOTAL_MISMATCH);

            assertEquals(1, findings.size());
            Finding f = findings.get(0);
            assertEquals("reportedTotal", f.location());
            assertEquals(Finding.Severity.ERROR, f.severity());
            assertEquals(0, dec("80").compareTo(f.figures().get("categoryScoreSum")));
            assertEquals(0, dec("85").compareTo(f.figures().get("reportedTotal")));
        }

        @Test
        void aTotalEqualToTheSumOrWithinTheToleranceIsFine() {
            assertEquals(List.of(), withCode(auditAlone(twoCategories("50", "30", "80")), FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(List.of(), withCode(auditAlone(twoCategories("50", "30", "80.01")), FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(1, withCode(auditAlone(twoCategories("50", "30", "80.02")), FindingCode.REPORTED_TOTAL_MISMATCH).size());
        }

        @Test
        void aTotalPrintedWithFewerPlacesMatchesTheSumRoundedToThem() {
            // 50.02 + 30.02 = 80.04, which a report printing one place prints 80.0 and not 80.1.
            assertEquals(List.of(), withCode(auditAlone(twoCategories("50.02", "30.02", "80.0")),
                FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(1, withCode(auditAlone(twoCategories("50.02", "30.02", "80.1")),
                FindingCode.REPORTED_TOTAL_MISMATCH).size());
        }

        @Test
        void whenSomeCategoriesReportNoScoreOnlyATotalBelowThoseReportedIsAnError() {
            assertEquals(1, withCode(auditAlone(twoCategories("50", null, "40")), FindingCode.REPORTED_TOTAL_MISMATCH).size());
            assertEquals(List.of(), withCode(auditAlone(twoCategories("50", null, "70")), FindingCode.REPORTED_TOTAL_MISMATCH));
        }

        @Test
        void aGroupScoreThatIsNotTheSumOfItsChildrenIsAnError() {
            Evaluation broken = report(group("产出", category("数量", "30", "30"), category("质量", "30", "25"))
                .points(dec("60")).reportedScore(dec("50")).build());
            Evaluation sound = report(group("产出", category("数量", "30", "30"), category("质量", "30", "20"))
                .points(dec("60")).reportedScore(dec("50")).build());

            assertEquals(List.of("产出"), locations(auditAlone(broken), FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(List.of("产出"), locations(auditScored(broken), FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(List.of(), locations(auditAlone(sound), FindingCode.REPORTED_TOTAL_MISMATCH));
            assertEquals(List.of(), locations(auditScored(sound), FindingCode.REPORTED_TOTAL_MISMATCH));
        }
    }

    @Nested
    class ReportedGrade {
        private Evaluation graded(String total, String grade) {
            return report().reportedTotal(dec(total)).reportedGrade(grade).build();
        }

        @Test
        void aGradeThatIsNotTheGradeOfTheTotalIsAnError() {
            // The lower bound is inclusive: 89.99 is 良, not 优.
            List<Finding> findings = withCode(auditAlone(graded("89.99", "优")), FindingCode.REPORTED_GRADE_MISMATCH);

            assertEquals(1, findings.size());
            assertEquals("reportedGrade", findings.get(0).location());
            assertTrue(findings.get(0).messageZh().contains("良"));
            assertEquals(1, withCode(auditAlone(graded("95", "A")), FindingCode.REPORTED_GRADE_MISMATCH).size());
        }

        @Test
        void theGradeOfTheTotalIsFine() {
            assertEquals(List.of(), withCode(auditAlone(graded("89.99", "良")), FindingCode.REPORTED_GRADE_MISMATCH));
            assertEquals(List.of(), withCode(auditAlone(graded("90", "优")), FindingCode.REPORTED_GRADE_MISMATCH));
            assertEquals(List.of(), withCode(auditAlone(graded("100", "优")), FindingCode.REPORTED_GRADE_MISMATCH));
        }
    }

    @Nested
    class ScoreExceedsPoints {
        @Test
        void childrenWhoseScoresSumAboveTheirGroupsPointsAreAnError() {
            Evaluation over = report(group("产出",
                leaf("数量", "≥90%", "95%").reportedScore(dec("12")).build(),
                leaf("质量", "≥90%", "95%").reportedScore(dec("10")).build()).points(dec("20")).build());
            Evaluation within = report(group("产出",
                leaf("数量", "≥90%", "95%").reportedScore(dec("10")).build(),
                leaf("质量", "≥90%", "95%").reportedScore(dec("10")).build()).points(dec("20")).build());

            List<Finding> findings = withCode(auditAlone(over), FindingCode.SCORE_EXCEEDS_POINTS);
            assertEquals(List.of("产出"), locations(findings, FindingCode.SCORE_EXCEEDS_POINTS));
            assertEquals(0, dec("22").compareTo(findings.get(0).figures().get("childScoreSum")));
            assertEquals(List.of(), withCode(auditAlone(within), FindingCode.SCORE_EXCEEDS_POINTS));
        }

        @Test
        void aScoreAboveTheAllocatedPointsIsAnErrorOnceScored() {
            // Neither leaf states points: each is allocated half of the group's 20.
            Evaluation evaluation = report(group("产出",
                leaf("数量", "≥90%", "95%").reportedScore(dec("12")).build(),
                leaf("质量", "≥90%", "95%").reportedScore(dec("8")).build()).points(dec("20")).build());

            List<Finding> findings = withCode(auditScored(evaluation), FindingCode.SCORE_EXCEEDS_POINTS);
            assertEquals(List.of("产出/数量"), locations(findings, FindingCode.SCORE_EXCEEDS_POINTS));
            assertEquals(0, dec("10").compareTo(findings.get(0).figures().get("points")));
            assertTrue(findings.get(0).messageEn().contains("allocated"));
            // The report alone states no points for the leaf: nothing to compare with.
            assertEquals(List.of(), withCode(auditAlone(evaluation), FindingCode.SCORE_EXCEEDS_POINTS));
        }

        @Test
        void aTotalAboveTheMaximumIsAnErrorAndNoGradeIsGuessed() {
            Evaluation evaluation = report().reportedTotal(dec("101")).reportedGrade("优").build();

            List<Finding> findings = auditAlone(evaluation);
            assertEquals(List.of("reportedTotal"), locations(findings, FindingCode.SCORE_EXCEEDS_POINTS));
            assertEquals(List.of(), withCode(findings, FindingCode.REPORTED_GRADE_MISMATCH));
            assertEquals(List.of(), withCode(auditAlone(report().reportedTotal(dec("100")).build()),
                FindingCode.SCORE_EXCEEDS_POINTS));
        }
    }

    @Nested
    class PointsDoNotAddUp {
        @Test
        void childrenWhosePointsDoNotSumToTheirGroupsAreAnError() {
            Evaluation evaluation = report(group("产出", category("数量", "40", null), category("质量", "50", null))
                .points(dec("100")).build());

            List<Finding> findings = withCode(auditAlone(evaluation), FindingCode.POINTS_DO_NOT_ADD_UP);
            assertEquals(List.of("产出"), locations(findings, FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(0, dec("90").compareTo(findings.get(0).figures().get("childPointsSum")));
            assertEquals(List.of("产出"), locations(auditScored(evaluation), FindingCode.POINTS_DO_NOT_ADD_UP));
        }

        @Test
        void childrenWhosePointsSumToTheirGroupsAreFine() {
            Evaluation evaluation = report(group("产出", category("数量", "50", null), category("质量", "50", null))
                .points(dec("100")).build());

            assertEquals(List.of(), withCode(auditAlone(evaluation), FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(List.of(), withCode(auditScored(evaluation), FindingCode.POINTS_DO_NOT_ADD_UP));
        }

        @Test
        void statedPointsAlreadyAboveTheGroupsAreAnErrorEvenWithChildrenToAllocate() {
            Evaluation over = report(group("产出", category("数量", "60", null), category("质量", "50", null),
                leaf("时效", "≥90%", "95%").build()).points(dec("100")).build());
            Evaluation room = report(group("产出", category("数量", "50", null), category("质量", "30", null),
                leaf("时效", "≥90%", "95%").build()).points(dec("100")).build());

            assertEquals(List.of("产出"), locations(auditAlone(over), FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(List.of("产出"), locations(auditScored(over), FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(List.of(), locations(auditAlone(room), FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(List.of(), locations(auditScored(room), FindingCode.POINTS_DO_NOT_ADD_UP));
        }

        @Test
        void aGroupIsHeldToThePointsItStatesWhereTheRuleSetMovesPointsToIt() {
            // Without a 满意度 category the ministry's profile gives 产出 55 instead of 50; the report's own 30 + 20 = 50.
            RuleSet ministry = Profiles.ministryProject();
            Evaluation evaluation = Evaluation.builder().unit("测试单位").year(2022).kind(EvaluationKind.PROJECT)
                .addIndicators(group("产出指标", category("数量", "30", null), category("质量", "20", null)).points(dec("50")).build(),
                    category("效益指标", "30", null))
                .build();
            ScoreSheet result = Reports.score(ministry, evaluation);

            assertEquals(0, dec("55").compareTo(result.node("产出指标").get().points()));
            // Only the report's own top level, 50 + 30 of 100, does not add up.
            assertEquals(List.of(""), locations(Audit.of(ministry).audit(result), FindingCode.POINTS_DO_NOT_ADD_UP));
        }

        @Test
        void topLevelPointsThatDoNotSumToTheMaximumAreAnError() {
            Evaluation short10 = report(category("产出", "60", null), category("效益", "30", null));
            Evaluation full = report(category("产出", "60", null), category("效益", "40", null));

            List<Finding> findings = withCode(auditAlone(short10), FindingCode.POINTS_DO_NOT_ADD_UP);
            assertEquals(List.of(""), locations(findings, FindingCode.POINTS_DO_NOT_ADD_UP));
            assertEquals(0, dec("90").compareTo(findings.get(0).figures().get("pointsSum")));
            assertEquals(List.of(), withCode(auditAlone(full), FindingCode.POINTS_DO_NOT_ADD_UP));
        }
    }
}
