package org.perfeval.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules and aggregators a rule set may name, each by its name. A registry is an ordinary
 * immutable instance passed to {@link RuleSet#lint(RuleRegistry)} and
 * {@link ScoringEngine#of(RuleSet, RuleRegistry)}; there is no global registry.
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.builtIns()
 *     .with("over-target", spec -> new OverTargetRule(spec.requiredNumber("limit")));
 * RuleRegistry discovered = RuleRegistry.discover(getClass().getClassLoader());
 * }</pre>
 *
 * <p>A rule set names rules only; it can never name a class. Instances are immutable and thread-safe.
 */
public final class RuleRegistry {
    private static final RuleRegistry BUILT_INS = BuiltIns.register(new RuleRegistry(Map.of(), Map.of()));

    private final Map<String, RuleFactory> rules;
    private final Map<String, AggregatorFactory> aggregators;

    private RuleRegistry(Map<String, RuleFactory> rules, Map<String, AggregatorFactory> aggregators) {
        this.rules = rules;
        this.aggregators = aggregators;
    }

    /** @return a registry with no rule and no aggregator */
    public static RuleRegistry empty() {
        return new RuleRegistry(Map.of(), Map.of());
    }

    /**
     * @return the built-in rules {@code positive} (S1), {@code reverse-ratio} (S2),
     *     {@code reverse-linear} (S3), {@code equality} (S4), {@code qualitative} (S5),
     *     {@code budget-execution} (S6), {@code step-deduction} (S7), {@code brackets} (S8),
     *     {@code count-deduction} (S9), {@code coefficient} (S10), {@code reported} (S11),
     *     {@code not-applicable} (S12), and the aggregators {@code weighted-sum},
     *     {@code weakest-link} and {@code lookup}
     */
    public static RuleRegistry builtIns() {
        return BUILT_INS;
    }

    /**
     * The built-ins plus every {@link ScoringRuleProvider} that {@link ServiceLoader} finds.
     *
     * @param loader the class loader to search, not null
     * @return the registry
     * @throws IllegalArgumentException if two providers, or a provider and a built-in, use one name
     */
    public static RuleRegistry discover(ClassLoader loader) {
        RuleRegistry registry = builtIns();
        for (ScoringRuleProvider provider : ServiceLoader.load(ScoringRuleProvider.class, requireNonNull(loader, "loader"))) {
            registry = registry.withProvider(provider);
        }
        return registry;
    }

    /**
     * Returns a copy with one more rule.
     *
     * @param name the rule's name, as {@link RuleSpec#name()} allows
     * @param factory makes the rule from its parameters, not null
     * @return the new registry
     * @throws IllegalArgumentException if the name is malformed or already registered
     */
    public RuleRegistry with(String name, RuleFactory factory) {
        return new RuleRegistry(added(rules, name, requireNonNull(factory, "factory"), "rule"), aggregators);
    }

    /**
     * Returns a copy with one more aggregator.
     *
     * @param name the aggregator's name, as {@link RuleSpec#name()} allows
     * @param factory makes the aggregator from its parameters, not null
     * @return the new registry
     * @throws IllegalArgumentException if the name is malformed or already registered
     */
    public RuleRegistry withAggregator(String name, AggregatorFactory factory) {
        return new RuleRegistry(rules, added(aggregators, name, requireNonNull(factory, "factory"), "aggregator"));
    }

    /**
     * Returns a copy with every rule and aggregator of a provider.
     *
     * @param provider the provider, not null
     * @return the new registry
     * @throws IllegalArgumentException if a name is malformed or already registered
     */
    public RuleRegistry withProvider(ScoringRuleProvider provider) {
        RuleRegistry registry = this;
        for (Map.Entry<String, RuleFactory> e : provider.rules().entrySet()) {
            registry = registry.with(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, AggregatorFactory> e : provider.aggregators().entrySet()) {
            registry = registry.withAggregator(e.getKey(), e.getValue());
        }
        return registry;
    }

    /** @return the registered rule names, in registration order */
    public Set<String> ruleNames() {
        return rules.keySet();
    }

    /** @return the registered aggregator names, in registration order */
    public Set<String> aggregatorNames() {
        return aggregators.keySet();
    }

    /**
     * Makes the rule a spec names.
     *
     * @param spec the rule's name and parameters, not null
     * @return the rule
     * @throws IllegalArgumentException if no rule has that name or the parameters are bad
     */
    public ScoringRule rule(RuleSpec spec) {
        RuleFactory factory = rules.get(spec.name());
        if (factory == null) {
            throw new IllegalArgumentException("unknown rule \"" + spec.name() + "\"; registered: " + rules.keySet());
        }
        return requireNonNull(factory.create(spec), "rule factory " + spec.name() + " returned null");
    }

    /**
     * Makes the aggregator a spec names.
     *
     * @param spec the aggregator's name and parameters, not null
     * @return the aggregator
     * @throws IllegalArgumentException if no aggregator has that name or the parameters are bad
     */
    public Aggregator aggregator(RuleSpec spec) {
        AggregatorFactory factory = aggregators.get(spec.name());
        if (factory == null) {
            throw new IllegalArgumentException("unknown aggregator \"" + spec.name() + "\"; registered: " + aggregators.keySet());
        }
        return requireNonNull(factory.create(spec), "aggregator factory " + spec.name() + " returned null");
    }

    private static <T> Map<String, T> added(Map<String, T> existing, String name, T factory, String what) {
        RuleSpec.of(requireNonNull(name, "name"));
        if (existing.containsKey(name)) {
            throw new IllegalArgumentException(what + " \"" + name + "\" is already registered");
        }
        Map<String, T> copy = new LinkedHashMap<>(existing);
        copy.put(name, factory);
        return Collections.unmodifiableMap(copy);
    }

    /** @return such as {@code RuleRegistry[rules=[positive, …], aggregators=[weighted-sum, …]]} */
    @Override
    public String toString() {
        return "RuleRegistry[rules=" + rules.keySet() + ", aggregators=" + aggregators.keySet() + "]";
    }
}
