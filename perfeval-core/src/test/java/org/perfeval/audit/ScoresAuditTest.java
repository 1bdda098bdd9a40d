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
import org.perfeval.model.Indicator;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.RuleSet;

/**
 * Reported scores against what the rule gives, and deviation notes. The rules are the ministry
 * platform's (S1 positive, S5 qualitative at the band's top) at 2 places.
 */
class ScoresAuditTest {

    /** A 10-point leaf, target ≥90%. */
    private static Indicator.Builder rate(String actual) {
        return leaf("完成率", "≥90%", actual).points(dec("10"));
    }

    /** A 10-point qualitative leaf, target 符合. */
    private static Evaluation rated(String actual, String reported) {
        return report(leaf("质量", "符合", actual).points(dec("10")).reportedScore(dec(reported)).build());
    }

    @Nested
    class OutsideBand {
        @Test
        void aScoreOutsideItsRatingsBandIsAnError() {
            // 部分达成 allows [6, 8) of 10; 达成 allows [8, 10].
            List<Finding> findings = withCode(auditScored(rated("部分达成", "9")), FindingCode.SCORE_OUTSIDE_BAND);
            assertEquals(List.of("质量"), locations(findings, FindingCode.SCORE_OUTSIDE_BAND));
            assertEquals(0, dec("6").compareTo(findings.get(0).figures().get("bandLower")));
            assertEquals(0, dec("8").compareTo(findings.get(0).figures().get("bandUpper")));
            assertEquals(1, withCode(auditScored(rated("部分达成", "8")), FindingCode.SCORE_OUTSIDE_BAND).size());
            assertEquals(1, withCode(auditScored(rated("达成", "7.5")), FindingCode.SCORE_OUTSIDE_BAND).size());
        }

        @Test
        void aScoreInsideItsRatingsBandIsFineWhereverItLies() {
            assertEquals(List.of(), withCode(auditScored(rated("部分达成", "7")), FindingCode.SCORE_OUTSIDE_BAND));
            assertEquals(List.of(), withCode(auditScored(rated("达成", "8")), FindingCode.SCORE_OUTSIDE_BAND));
            // 未达成 at 5 of [0, 6) is the band's to judge: no finding about the score itself.
            List<Finding> notMet = auditScored(rated("未达成", "5"));
            assertEquals(List.of(), withCode(notMet, FindingCode.SCORE_OUTSIDE_BAND));
            assertEquals(List.of(), withCode(notMet, FindingCode.FULL_POINTS_FOR_MISSED_TARGET));
            assertEquals(List.of(), withCode(notMet, FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
        }
        @Test
        void theRulesOwnScoreIsNeverOutsideItsBand() {
            // 0.01 points: 部分达成 allows [0.006, 0.008), which holds no value at 2 places; the rule gives 0.01.
            Evaluation evaluation = report(leaf("质量", "符合", "部分达成").points(dec("0.01")).reportedScore(dec("0.01")).build());

            assertEquals(0, dec("0.01").compareTo(Reports.score(Reports.rules(), evaluation).node("质量").get().awarded()));
            assertEquals(List.of(), withCode(auditScored(evaluation), FindingCode.SCORE_OUTSIDE_BAND));
        }
    }

    @Nested
    class FullPointsForMissedTarget {
        @Test
        void aLeafThatMissesItsTargetAndReportsMoreThanTheRuleGivesIsAnError() {
            // S1: round(80 / 90 × 10, 2) = 8.89.
            Evaluation evaluation = report(rate("80%").reportedScore(dec("10")).deviationNote("人手不足").build());

            List<Finding> findings = withCode(auditScored(evaluation), FindingCode.FULL_POINTS_FOR_MISSED_TARGET);
            assertEquals(List.of("完成率"), locations(findings, FindingCode.FULL_POINTS_FOR_MISSED_TARGET));
            assertEquals(0, dec("8.89").compareTo(findings.get(0).figures().get("awarded")));
            assertEquals(0, dec("10").compareTo(findings.get(0).figures().get("reportedScore")));
        }

        @Test
        void aLeafThatMissesItsTargetAndReportsWhatTheRuleGivesIsFine() {
            Evaluation evaluation = report(rate("80%").reportedScore(dec("8.89")).deviationNote("人手不足").build());

            List<Finding> findings = auditScored(evaluation);
            assertEquals(List.of(), withCode(findings, FindingCode.FULL_POINTS_FOR_MISSED_TARGET));
            assertEquals(List.of(), withCode(findings, FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
            assertEquals(List.of(), withCode(findings, FindingCode.DEVIATION_UNEXPLAINED));
        }

        @Test
        void aGroupThatReportsFullPointsOverAMissedTargetIsAnError() {
            // The leaves share the group's 20 points: 8.89 + 10 = 18.89.
            Evaluation full = report(group("产出", leaf("数量", "≥90%", "80%").deviationNote("人手不足").build(),
                leaf("质量", "≥90%", "95%").build()).points(dec("20")).reportedScore(dec("20")).build());
            Evaluation fair = report(group("产出", leaf("数量", "≥90%", "80%").deviationNote("人手不足").build(),
                leaf("质量", "≥90%", "95%").build()).points(dec("20")).reportedScore(dec("18.89")).build());

            List<Finding> findings = withCode(auditScored(full), FindingCode.FULL_POINTS_FOR_MISSED_TARGET);
            assertEquals(List.of("产出"), locations(findings, FindingCode.FULL_POINTS_FOR_MISSED_TARGET));
            assertEquals(0, dec("1").compareTo(findings.get(0).figures().get("missedTargets")));
            assertTrue(findings.get(0).messageZh().contains("数量"));
            assertEquals(List.of(), withCode(auditScored(fair), FindingCode.FULL_POINTS_FOR_MISSED_TARGET));
        }
    }

    @Nested
    class PointsDeductedUnexplained {
        @Test
        void aLeafScoredBelowTheRuleWithoutANoteIsAWarning() {
            List<Finding> findings = withCode(auditScored(report(rate("95%").reportedScore(dec("9")).build())),
                FindingCode.POINTS_DEDUCTED_UNEXPLAINED);

            assertEquals(List.of("完成率"), locations(findings, FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
            assertEquals(Finding.Severity.WARNING, findings.get(0).severity());
        }

        @Test
        void aLeafScoredBelowTheRuleWithANoteOrAtTheRuleIsFine() {
            assertEquals(List.of(), withCode(auditScored(report(rate("95%").reportedScore(dec("9"))
                .deviationNote("资料归档不及时，酌情扣分").build())), FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
            assertEquals(List.of(), withCode(auditScored(report(rate("95%").reportedScore(dec("10")).build())),
                FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
        }

        @Test
        void aGroupScoredBelowTheRuleWithNothingBelowItToExplainIsAWarning() {
            Evaluation silent = report(group("产出", leaf("数量", "≥90%", "95%").build(), leaf("质量", "≥90%", "95%").build())
                .points(dec("20")).reportedScore(dec("19")).build());
            Evaluation noted = report(group("产出", leaf("数量", "≥90%", "95%").deviationNote("资料归档不及时").build(),
                leaf("质量", "≥90%", "95%").build()).points(dec("20")).reportedScore(dec("19")).build());
            Evaluation deducted = report(group("产出", leaf("数量", "≥90%", "95%").reportedScore(dec("9"))
                .deviationNote("资料归档不及时").build(), leaf("质量", "≥90%", "95%").reportedScore(dec("10")).build())
                .points(dec("20")).reportedScore(dec("19")).build());

            assertEquals(List.of("产出"), locations(auditScored(silent), FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
            assertEquals(List.of(), locations(auditScored(noted), FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
            assertEquals(List.of(), locations(auditScored(deducted), FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
        }

        @Test
        void theReportAloneCannotTellWhatTheRuleGives() {
            assertEquals(List.of(), withCode(auditAlone(report(rate("95%").reportedScore(dec("9")).build())),
                FindingCode.POINTS_DEDUCTED_UNEXPLAINED));
        }
    }

    @Nested
    class DeviationUnexplained {
        @Test
        void aMissedTargetWithoutANoteIsAWarning() {
            List<Finding> findings = withCode(auditScored(report(rate("80%").build())), FindingCode.DEVIATION_UNEXPLAINED);

            assertEquals(List.of("完成率"), locations(findings, FindingCode.DEVIATION_UNEXPLAINED));
            assertTrue(findings.get(0).messageEn().contains("misses its target"));
            assertEquals(0, dec("90").compareTo(findings.get(0).figures().get("target")));
            assertEquals(0, dec("80").compareTo(findings.get(0).figures().get("actual")));
        }

        @Test
        void aMissedTargetWithANoteAndAMetTargetAreFine() {
            assertEquals(List.of(), withCode(auditScored(report(rate("80%").deviationNote("人手不足").build())),
                FindingCode.DEVIATION_UNEXPLAINED));
            assertEquals(List.of(), withCode(auditScored(report(rate("95%").build())), FindingCode.DEVIATION_UNEXPLAINED));
        }

        @Test
        void anActualFarAboveATargetSetTooLowNeedsANoteWhereTheRuleSetSaysSo() {
            RuleSet guangxi = Reports.rules(DeviationThresholds.builder().farAboveTargetPercent(dec("130")).build());
            Evaluation far = report(leaf("培训人次", "≥50", "70").points(dec("10")).build());
            Evaluation near = report(leaf("培训人次", "≥50", "60").points(dec("10")).build());

            List<Finding> findings = withCode(Audit.of(guangxi).audit(Reports.score(guangxi, far)),
                FindingCode.DEVIATION_UNEXPLAINED);
            assertEquals(List.of("培训人次"), locations(findings, FindingCode.DEVIATION_UNEXPLAINED));
            assertTrue(findings.get(0).messageEn().contains("130%"));
            assertEquals(0, dec("130").compareTo(findings.get(0).figures().get("farAboveTargetPercent")));
            assertEquals(List.of(), withCode(Audit.of(guangxi).audit(Reports.score(guangxi, near)),
                FindingCode.DEVIATION_UNEXPLAINED));
            // Under rules that set no such threshold, 140% of the target needs no note.
            assertEquals(List.of(), withCode(auditScored(far), FindingCode.DEVIATION_UNEXPLAINED));
        }
    }
}
