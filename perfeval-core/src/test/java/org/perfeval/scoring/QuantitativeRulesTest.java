package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.score;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * S1 to S4 at their edges, with the ministry platform's formulas computed by hand and rounded
 * half-up to 2 places.
 */
class QuantitativeRulesTest {

    static void assertAwarded(String expected, NodeResult result) {
        assertEquals(d(expected), result.awarded(), result.trace().explain());
    }

    @Nested
    class Positive {
        @Test
        void actualEqualToTargetEarnsFullPoints() {
            NodeResult r = score("positive", "≥98%", "98%", "10");
            assertAwarded("10.00", r);
            assertEquals(TargetStatus.MET, r.targetStatus());
        }

        @Test
        void actualAboveTargetEarnsFullPointsAndNoMore() {
            assertAwarded("10.00", score("positive", "≥98%", "120%", "10"));
        }

        @Test
        void actualJustBelowTargetEarnsItsShareRounded() {
            // 97 / 98 × 10 = 9.8979… → 9.90
            NodeResult r = score("positive", "≥98%", "97%", "10");
            assertAwarded("9.90", r);
            assertEquals(TargetStatus.MISSED, r.targetStatus());
            assertEquals(NodeResult.DeviationReason.TARGET_MISSED, r.deviationReasons().get(0));
            // 97.99 / 98 × 10 = 9.99897… rounds to full points, but the target is still missed
            NodeResult close = score("positive", "≥98%", "97.99%", "10");
            assertAwarded("10.00", close);
            assertEquals(TargetStatus.MISSED, close.targetStatus());
        }

        @Test
        void roundsHalfUpAsTheMinistryPlatform() {
            // 5 / 8 × 1 = 0.625 exactly: half-up gives 0.63 (half-even would give 0.62)
            assertAwarded("0.63", score("positive", "≥8", "5", "1"));
        }

        @Test
        void zeroOrNegativeActualEarnsNothing() {
            assertAwarded("0.00", score("positive", "≥90%", "0%", "10"));
            assertAwarded("0.00", score("positive", "≥90%", "-5%", "10"));
        }

        @Test
        void traceKeepsInputsFormulaRawAndRounded() {
            Trace t = score("positive", "≥98%", "97%", "10").trace();
            assertEquals("positive", t.ruleId());
            assertEquals("test", t.ruleSetId());
            assertEquals("B / A × w", t.formula());
            assertEquals(d("98"), t.inputs().get("A"));
            assertEquals(d("97"), t.inputs().get("B"));
            // 970 / 98 = 485 / 49 = 9.897959183673469387755…, truncated at 20 places
            assertEquals(d("9.89795918367346938775"), t.raw());
            assertEquals(d("9.90"), t.rounded());
        }

        @Test
        void textAgainstANumericTargetScoresZeroWithTheReason() {
            NodeResult r = score("positive", "≤30万元", "按时完成", "10");
            assertAwarded("0.00", r);
            assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
            assertTrue(r.trace().note().orElseThrow().contains("按时完成"), r.trace().explain());
        }

        @Test
        void blankActualScoresZeroWithTheReason() {
            NodeResult r = score("positive", "≥90%", "", "10");
            assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
            assertEquals("the actual is blank", r.trace().note().orElseThrow());
        }

        @Test
        void moneyInAnotherUnitIsConverted() {
            // ≥12 万元 met by 120000 元
            assertAwarded("5.00", score("positive", "≥12万元", "120000元", "5"));
        }

        @Test
        void incompatibleUnitsCannotBeScored() {
            assertEquals(RuleOutcome.Status.NOT_SCORABLE, score("positive", "≥12人", "12天", "5").status());
        }
    }

    @Nested
    class ReverseRatio {
        @Test
        void atOrBelowTargetEarnsFullPoints() {
            assertAwarded("10.00", score("reverse-ratio", "≤80", "80", "10"));
            assertAwarded("10.00", score("reverse-ratio", "≤80", "10", "10"));
        }

        @Test
        void aboveTargetEarnsTargetOverActual() {
            assertAwarded("8.00", score("reverse-ratio", "≤80", "100", "10"));
            assertAwarded("5.00", score("reverse-ratio", "≤80", "160", "10"));
            // 80 / 80.01 × 10 = 9.99875… → 10.00
            assertAwarded("10.00", score("reverse-ratio", "≤80", "80.01", "10"));
        }
    }

    @Nested
    class ReverseLinear {
        @Test
        void actualEqualToTargetEarnsFullPoints() {
            assertAwarded("10.00", score("reverse-linear", "≤365天", "365天", "10"));
        }

        @Test
        void justAboveTargetLosesLinearly() {
            // (1 − 1/365) × 10 = 9.9726… → 9.97
            NodeResult r = score("reverse-linear", "≤365天", "366天", "10");
            assertAwarded("9.97", r);
            assertEquals(TargetStatus.MISSED, r.targetStatus());
        }

        @Test
        void twiceTheTargetEarnsNothing() {
            assertAwarded("0.00", score("reverse-linear", "≤365天", "730天", "10"));
            assertAwarded("0.00", score("reverse-linear", "≤365天", "1000天", "10"));
            // just below 2A: (1 − 364/365) × 10 = 0.0273… → 0.03
            assertAwarded("0.03", score("reverse-linear", "≤365天", "729天", "10"));
        }

        @Test
        void belowTargetEarnsFullPoints() {
            assertAwarded("10.00", score("reverse-linear", "≤80%", "-31.55%", "10"));
        }

        @Test
        void aZeroTargetIsMetOnlyAtZero() {
            assertAwarded("10.00", score("reverse-linear", "0%", "0%", "10"));
            assertAwarded("0.00", score("reverse-linear", "0%", "0.5%", "10"));
        }
    }

    @Nested
    class Equality {
        @Test
        void zeroTargetIsMetByZeroOrLess() {
            assertAwarded("4.00", score("equality", "=0", "0", "4"));
            assertAwarded("4.00", score("equality", "=0", "-1", "4"));
            NodeResult r = score("equality", "=0", "0.01", "4");
            assertAwarded("0.00", r);
            assertEquals(TargetStatus.MISSED, r.targetStatus());
        }

        @Test
        void positiveTargetScoresAsPositive() {
            assertAwarded("6.00", score("equality", "=12", "12", "6"));
            assertAwarded("5.50", score("equality", "=12", "11", "6"));
            assertAwarded("6.00", score("equality", "=12", "13", "6"));
        }

        @Test
        void rangeTargetIsFullInsideAndLinearOutside() {
            assertAwarded("10.00", score("equality", "80-90%", "80%", "10"));
            assertAwarded("10.00", score("equality", "80-90%", "90%", "10"));
            // below: 70 / 80 × 10 = 8.75
            assertAwarded("8.75", score("equality", "80-90%", "70%", "10"));
            // above: (180 − 99) / 90 × 10 = 9.00
            assertAwarded("9.00", score("equality", "80-90%", "99%", "10"));
        }
    }
}
