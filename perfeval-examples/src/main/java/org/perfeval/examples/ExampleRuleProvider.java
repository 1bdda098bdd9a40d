package org.perfeval.examples;

import java.util.Map;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.ScoringRuleProvider;

/**
 * Offers {@link OverTargetRule} to {@link org.perfeval.scoring.RuleRegistry#discover(ClassLoader)}
 * under its name {@value OverTargetRule#NAME}. It is listed in this module's
 * {@code META-INF/services/org.perfeval.scoring.spi.ScoringRuleProvider}, which is all ServiceLoader
 * needs on the class path.
 */
public final class ExampleRuleProvider implements ScoringRuleProvider {

    /** Makes the provider; ServiceLoader calls this. */
    public ExampleRuleProvider() {
        // Stateless: the rules are made from their parameters when a rule set names them.
    }

    @Override
    public Map<String, ScoringRule.Factory> rules() {
        return Map.of(OverTargetRule.NAME, OverTargetRule.factory());
    }
}
