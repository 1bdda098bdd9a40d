package org.perfeval.scoring;

import java.util.Set;
import org.perfeval.model.Indicator;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;

/** The rules S1 to S4 against the indicator's own target and actual. None takes parameters. */
final class QuantitativeRules {
    private QuantitativeRules() {}

    /** S1 positive (正向): the ministry platform's formula. */
    static final ScoringRule POSITIVE = (indicator, context) -> {
        Comparison c = Comparison.read(indicator, false);
        return c.reason != null ? Deadlines.orNotScorable(indicator, context, c.reason)
            : Quantitative.positive(c.a, c.b, context.points(), c.strict);
    };

    /** S2 reverse, ratio (central form note). */
    static final ScoringRule REVERSE_RATIO = (indicator, context) -> {
        Comparison c = Comparison.read(indicator, true);
        return c.reason != null ? Deadlines.orNotScorable(indicator, context, c.reason)
            : Quantitative.reverseRatio(c.a, c.b, context.points(), c.strict);
    };

    /** S3 reverse, linear (反向): the ministry platform's formula. */
    static final ScoringRule REVERSE_LINEAR = (indicator, context) -> {
        Comparison c = Comparison.read(indicator, true);
        return c.reason != null ? Deadlines.orNotScorable(indicator, context, c.reason)
            : Quantitative.reverseLinear(c.a, c.b, context.points(), c.strict);
    };

    /**
     * S4 equality (等于): the ministry platform's formula; for a range target, inside → w, below →
     * S1 against the lower bound, above → S3 against the upper bound.
     */
    static final ScoringRule EQUALITY = QuantitativeRules::equality;

    private static RuleOutcome equality(Indicator indicator, ScoringContext context) {
        Comparison c = Comparison.read(indicator, false);
        if (c.reason != null) {
            return Deadlines.orNotScorable(indicator, context, c.reason);
        }
        if (c.range == null) {
            return Quantitative.equality(c.a, c.b, context.points());
        }
        if (c.b.compareTo(c.range.upper()) > 0) {
            return Quantitative.reverseLinear(c.range.upper(), c.b, context.points());
        }
        return Quantitative.positive(c.range.lower(), c.b, context.points());
    }

    static ScoringRule.Factory parameterless(ScoringRule rule) {
        return spec -> {
            spec.requireOnly(Set.of(), Set.of(), false);
            return rule;
        };
    }
}
