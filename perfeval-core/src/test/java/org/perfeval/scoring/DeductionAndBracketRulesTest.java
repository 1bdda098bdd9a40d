package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.leaf;
import static org.perfeval.scoring.Scorer.score;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;

/** S7 step deduction, S8 brackets and S9 count deduction at their thresholds. */
class DeductionAndBracketRulesTest {

    static RuleSpec.Builder copy(RuleSpec spec) {
        return RuleSpec.builder().name(spec.name()).putAllNumbers(spec.numbers()).putAllWords(spec.words())
            .addAllTable(spec.table());
    }

    @Nested
    class StepDeduction {
        // 5 points, −0.5 per percentage point over 100%
        private final RuleSpec spec = RuleSpec.builder().name("step-deduction")
            .putNumbers("threshold", d("100")).putNumbers("deduction", d("0.5")).build();

        private NodeResult at(String actual) {
            return score(spec, leaf("公用经费控制率", null, actual, "5"));
        }

        @Test
        void atTheThresholdNothingIsDeducted() {
            assertEquals(d("5.00"), at("100%").awarded());
            assertEquals(d("5.00"), at("90%").awarded());
        }

        @Test
        void overTheThresholdDeductsPerUnit() {
            assertEquals(d("4.50"), at("101%").awarded());
            assertEquals(d("4.75"), at("100.5%").awarded());
            assertEquals(d("0.00"), at("110%").awarded());
        }

        @Test
        void deductsUntilNothingIsLeft() {
            assertEquals(d("0.00"), at("150%").awarded());
        }

        @Test
        void belowSideDeductsUnderTheThreshold() {
            RuleSpec below = copy(spec).putWords("side", "below").build();
            assertEquals(d("4.00"), score(below, leaf("a", null, "98%", "5")).awarded());
            assertEquals(d("5.00"), score(below, leaf("a", null, "100%", "5")).awarded());
        }

        @Test
        void needsItsThresholdAndAPositiveDeduction() {
            RuleRegistry registry = RuleRegistry.builtIns();
            assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.of("step-deduction")));
            assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.builder().name("step-deduction")
                .putNumbers("threshold", d("100")).putNumbers("deduction", d("0")).build()));
        }
    }

    @Nested
    class Brackets {
        // 重点支出安排率 ≥90% → 5, [80,90) → 4, [70,80) → 3, [60,70) → 2, <60% → 0
        private final RuleSpec keyExpenditure = RuleSpec.builder().name("brackets")
            .addTable(Bracket.of(null, d("60"), d("0")), Bracket.of(d("60"), d("70"), d("2")),
                Bracket.of(d("70"), d("80"), d("3")), Bracket.of(d("80"), d("90"), d("4")), Bracket.of(d("90"), null, d("5")))
            .build();
        // 预算调整率 0 → 3, ≤10% → 2, ≤20% → 1, ≤30% → 0.5, >30% → 0 (upper bounds inclusive)
        private final RuleSpec adjustment = RuleSpec.builder().name("brackets").putWords("closed", "upper")
            .addTable(Bracket.of(null, d("0"), d("3")), Bracket.of(d("0"), d("10"), d("2")),
                Bracket.of(d("10"), d("20"), d("1")), Bracket.of(d("20"), d("30"), d("0.5")), Bracket.of(d("30"), null, d("0")))
            .build();

        private String at(RuleSpec spec, String actual) {
            return score(spec, leaf("指标", null, actual, "5")).awarded().toPlainString();
        }

        @Test
        void lowerBoundsAreInclusive() {
            assertEquals("5.00", at(keyExpenditure, "90%"));
            assertEquals("4.00", at(keyExpenditure, "89.99%"));
            assertEquals("4.00", at(keyExpenditure, "80%"));
            assertEquals("3.00", at(keyExpenditure, "79.99%"));
            assertEquals("2.00", at(keyExpenditure, "60%"));
            assertEquals("0.00", at(keyExpenditure, "59.99%"));
        }

        @Test
        void upperBoundsAreInclusiveWhenClosedUpper() {
            assertEquals("3.00", at(adjustment, "0%"));
            assertEquals("2.00", at(adjustment, "0.01%"));
            assertEquals("2.00", at(adjustment, "10%"));
            assertEquals("1.00", at(adjustment, "10.01%"));
            assertEquals("0.50", at(adjustment, "30%"));
            assertEquals("0.00", at(adjustment, "30.01%"));
        }

        @Test
        void absoluteValueForRatesThatMayBeNegative() {
            assertEquals("3.00", at(adjustment, "-31.55%"));
            RuleSpec absolute = copy(adjustment).putWords("use", "absolute").build();
            assertEquals("0.00", at(absolute, "-31.55%"));
        }

        @Test
        void aBracketAboveTheIndicatorsPointsCannotScoreAndLintSaysSo() {
            NodeResult r = score(keyExpenditure, leaf("指标", null, "95%", "4"));
            assertEquals(RuleOutcome.Status.NOT_SCORABLE, r.status());
            RuleSet ruleSet = Scorer.ruleSet(keyExpenditure).build();
            assertTrue(RuleRegistry.builtIns().lint(ruleSet, Scorer.evaluation(leaf("指标", null, "95%", "4"))).stream()
                .anyMatch(p -> p.code() == LintProblem.Code.BRACKET_EXCEEDS_POINTS));
        }

        @Test
        void refusesTablesWithGapsOrOpenEnds() {
            RuleRegistry registry = RuleRegistry.builtIns();
            assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.builder().name("brackets")
                .addTable(Bracket.of(null, d("60"), d("0")), Bracket.of(d("70"), null, d("5"))).build()));
            assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.builder().name("brackets")
                .addTable(Bracket.of(d("0"), null, d("5"))).build()));
            assertThrows(IllegalArgumentException.class, () -> registry.rule(RuleSpec.of("brackets")));
        }
    }

    @Nested
    class CountDeduction {
        @Test
        void deductsOnePointPerViolationByDefault() {
            assertEquals(d("5.00"), score("count-deduction", null, "0", "5").awarded());
            assertEquals(d("3.00"), score("count-deduction", null, "2", "5").awarded());
            assertEquals(d("0.00"), score("count-deduction", null, "5", "5").awarded());
            assertEquals(d("0.00"), score("count-deduction", null, "9", "5").awarded());
        }

        @Test
        void perItemIsAParameter() {
            RuleSpec spec = RuleSpec.builder().name("count-deduction").putNumbers("perItem", d("0.5")).build();
            assertEquals(d("4.00"), score(spec, leaf("违规", null, "2", "5")).awarded());
        }

        @Test
        void aNegativeCountCannotBeScored() {
            assertEquals(RuleOutcome.Status.NOT_SCORABLE, score("count-deduction", null, "-1", "5").status());
        }
    }
}
