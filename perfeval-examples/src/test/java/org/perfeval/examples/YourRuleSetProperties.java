package org.perfeval.examples;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.testing.PerfevalArbitraries;
import org.perfeval.testing.RuleSetLaws;
import org.perfeval.testing.ScoringRuleLaws;

/**
 * How an application tests its own rule set with the kit: the laws over generated reports shaped
 * for the rule set, and the laws of its own rule over generated positive indicators.
 */
class YourRuleSetProperties {
    // The README shows this region.
    // tag::rule-set-properties[]
    static final RuleSetLaws LAWS = RuleSetLaws.of(SichuanLikeRules.ruleSet(), SichuanLikeRules.registry());

    @Property(tries = 30)
    void theRuleSetObeysEveryLawOnReportsOfAnyShape(@ForAll Evaluation evaluation) {  // @ForAll: any domain type
        LAWS.checkAll(evaluation);  // bounded, monotone, sibling order, deterministic, 0–100, grades, never throws
    }
    // end::rule-set-properties[]

    static final ScoringRuleLaws RULE_LAWS = ScoringRuleLaws.of(SichuanLikeRules.CAPPED_RATIO, new CappedRatioRule());

    @Provide
    Arbitrary<Evaluation> reports() {
        return PerfevalArbitraries.evaluations().shapedFor(SichuanLikeRules.ruleSet());
    }

    @Property(tries = 60)
    void theRuleSetObeysEveryLaw(@ForAll("reports") Evaluation evaluation) {
        LAWS.checkAll(evaluation);
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
    void theOwnRuleObeysEveryLaw(@ForAll("positive") Indicator indicator, @ForAll("points") BigDecimal points) {
        RULE_LAWS.checkAll(indicator, points);
    }
}
