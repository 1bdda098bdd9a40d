package org.perfeval.scoring;

import java.util.Map;

/**
 * A service provider of named rules and aggregators, found by {@link java.util.ServiceLoader}
 * through {@link RuleRegistry#discover(ClassLoader)}. Declare the implementation in
 * {@code META-INF/services/org.perfeval.scoring.ScoringRuleProvider} (class path) or with
 * {@code provides org.perfeval.scoring.ScoringRuleProvider with …} (module path).
 *
 * <h2>Implementation specification</h2>
 * Implementations need a public no-argument constructor and must return the same names on every
 * call; a name that another provider or a built-in already uses is refused.
 */
public interface ScoringRuleProvider {

    /** @return rule factories by name, such as {@code "gx:over-target"}; not null */
    Map<String, RuleFactory> rules();

    /** @return aggregator factories by name; none by default */
    default Map<String, AggregatorFactory> aggregators() {
        return Map.of();
    }
}
