package org.perfeval.scoring.spi;

import java.util.Map;

/**
 * A service provider of named rules and aggregators, found by {@link java.util.ServiceLoader}
 * through {@link org.perfeval.scoring.RuleRegistry#discover(ClassLoader)}. Declare the implementation in
 * {@code META-INF/services/org.perfeval.scoring.spi.ScoringRuleProvider} (class path) or with
 * {@code provides org.perfeval.scoring.spi.ScoringRuleProvider with …} (module path).
 *
 * <h2>Implementation specification</h2>
 * Implementations need a public no-argument constructor and must return the same names on every
 * call; a name that another provider or a built-in already uses is refused.
 */
public interface ScoringRuleProvider {

    /** @return rule factories by name, such as {@code "gx:over-target"}; not null */
    Map<String, ScoringRule.Factory> rules();

    /** @return aggregator factories by name; none by default */
    default Map<String, Aggregator.Factory> aggregators() {
        return Map.of();
    }
}
