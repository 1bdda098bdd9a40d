package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.PerProperty;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.testing.Law;
import org.perfeval.testing.LawViolation;
import org.perfeval.testing.PerfevalArbitraries;
import org.perfeval.testing.RuleSetLaws;
import org.perfeval.testing.ScoringRuleLaws;

/**
 * The laws catch a rule that is not monotone ({@link OverTargetCutRule}): each property here is
 * expected to fail, and the check after it asserts that it failed on the monotone law, names the
 * rule and reports a shrunk counterexample. A property that passed would fail the test.
 */
class BrokenRuleProperties {
    static final RuleSetLaws LAWS = RuleSetLaws.of(SichuanLikeRules.ruleSet(SichuanLikeRules.OVER_TARGET_CUT),
        SichuanLikeRules.registry());
    static final ScoringRuleLaws RULE_LAWS = ScoringRuleLaws.of(SichuanLikeRules.OVER_TARGET_CUT, new OverTargetCutRule());

    @Provide
    Arbitrary<Evaluation> reports() {
        // small reports: a failing one shrinks fast
        return PerfevalArbitraries.evaluations().shapedFor(SichuanLikeRules.ruleSet()).depth(2, 2).fanOut(1, 3)
            .directions(Direction.POSITIVE).budgetShare(0);
    }

    @Provide
    Arbitrary<Indicator> positive() {
        return PerfevalArbitraries.indicators().directions(Direction.POSITIVE);
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        return PerfevalArbitraries.points();
    }

    @Property(tries = 200)
    @PerProperty(TheMonotoneLawCatchesIt.class)
    void theRuleSetLawsCatchTheRule(@ForAll("reports") Evaluation evaluation) {
        LAWS.checkAll(evaluation);
    }

    @Property(tries = 200)
    @PerProperty(TheMonotoneLawCatchesIt.class)
    void theRuleLawsCatchTheRule(@ForAll("positive") Indicator indicator, @ForAll("points") BigDecimal points) {
        RULE_LAWS.checkAll(indicator, points);
    }

    /** Turns the expected failure into a pass once it is the right one; a pass into a failure. */
    static class TheMonotoneLawCatchesIt implements PerProperty.Lifecycle {
        @Override
        public PropertyExecutionResult onFailure(PropertyExecutionResult result) {
            LawViolation violation = assertInstanceOf(LawViolation.class, result.throwable().orElseThrow());
            assertEquals(Law.MONOTONE, violation.law(), violation::getMessage);
            assertTrue(violation.rule().contains(SichuanLikeRules.OVER_TARGET_CUT), violation::rule);
            assertTrue(violation.getMessage().contains("law MONOTONE"), violation::getMessage);
            // the counterexample: the indicator, the better actual, and points falling
            assertTrue(violation.counterexample().matches("(?s).*POSITIVE.*actual .* scores .*, actual .* scores .*"),
                violation::counterexample);
            assertTrue(result.shrunkSample().isPresent(), "jqwik reports the shrunk sample");
            assertEquals(violation, result.shrunkSample().get().falsifyingError().orElseThrow(),
                "the violation reported is the shrunk sample's");
            return result.mapToSuccessful();
        }

        @Override
        public void onSuccess() {
            fail("the laws let a rule pass that scores a better actual lower");
        }
    }
}
