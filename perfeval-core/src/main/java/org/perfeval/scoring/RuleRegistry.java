package org.perfeval.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.Aggregator;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.ScoringRuleProvider;

/**
 * The rules and aggregators a rule set may name, each by its name. A registry is an ordinary
 * immutable instance passed to {@link ScoringEngine#of(RuleSet, RuleRegistry)}, which accepts a rule
 * set that {@link #lint(RuleSet)} finds clean; there is no global registry.
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
    private static final RuleRegistry BUILT_INS = BuiltInRules.register(new RuleRegistry(Map.of(), Map.of()));

    private final Map<String, ScoringRule.Factory> rules;
    private final Map<String, Aggregator.Factory> aggregators;

    private RuleRegistry(Map<String, ScoringRule.Factory> rules, Map<String, Aggregator.Factory> aggregators) {
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
    public RuleRegistry with(String name, ScoringRule.Factory factory) {
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
    public RuleRegistry withAggregator(String name, Aggregator.Factory factory) {
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
        for (Map.Entry<String, ScoringRule.Factory> e : provider.rules().entrySet()) {
            registry = registry.with(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Aggregator.Factory> e : provider.aggregators().entrySet()) {
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
        ScoringRule.Factory factory = rules.get(spec.name());
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
        Aggregator.Factory factory = aggregators.get(spec.name());
        if (factory == null) {
            throw new IllegalArgumentException("unknown aggregator \"" + spec.name() + "\"; registered: " + aggregators.keySet());
        }
        return requireNonNull(factory.create(spec), "aggregator factory " + spec.name() + " returned null");
    }

    /**
     * Every problem of a rule set under this registry: those of {@link RuleSet#lint()}, then rule and
     * aggregator names the registry does not know and parameters their factories refuse.
     *
     * @param ruleSet the rule set, not null
     * @return the problems; empty for a rule set that {@link ScoringEngine#of(RuleSet, RuleRegistry)}
     *     accepts
     */
    public List<LintProblem> lint(RuleSet ruleSet) {
        return RuleSetLint.lint(requireNonNull(ruleSet, "ruleSet"), this);
    }

    /**
     * Every problem of {@link #lint(RuleSet)}, and those that show against one evaluation: code and
     * path bindings that match nothing (a direction binding is a default and may go unused), path
     * bindings that match one indicator twice, indicators no rule binds, categories the evaluation
     * lacks, top-level nodes outside every category, weights that match nothing, rules whose
     * parameters give more than their indicator's points, a year outside the effective dates, an
     * evaluation of another kind.
     *
     * @param ruleSet the rule set, not null
     * @param evaluation the evaluation to check against, not null
     * @return the problems
     */
    public List<LintProblem> lint(RuleSet ruleSet, Evaluation evaluation) {
        return RuleSetLint.lint(requireNonNull(ruleSet, "ruleSet"), this, requireNonNull(evaluation, "evaluation"));
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
