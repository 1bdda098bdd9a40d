package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfeval.internal.Exact;
import org.perfeval.internal.Names;
import org.perfeval.internal.PathPattern;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.spi.Aggregator;
import org.perfeval.scoring.spi.ScoringRule;

/**
 * A rule set with its rules made and its patterns parsed, for the hot path: resolving a binding
 * compares strings and enums only. Made from a rule set that lints clean.
 */
final class CompiledRuleSet {

    /** A rule with the name it was bound by. */
    static final class Bound {
        final String name;
        final ScoringRule rule;

        Bound(String name, ScoringRule rule) {
            this.name = name;
            this.rule = rule;
        }
    }

    /** An aggregator with the name it was bound by. */
    static final class BoundAggregator {
        final String name;
        final Aggregator aggregator;

        BoundAggregator(String name, Aggregator aggregator) {
            this.name = name;
            this.aggregator = aggregator;
        }
    }

    final RuleSet ruleSet;
    private final Map<String, Bound> byCode = new HashMap<>();
    private final PathPattern[] patterns;
    private final Bound[] byPath;
    private final Bound[] byDirection = new Bound[Direction.values().length];
    private final PathPattern[] groupPatterns;
    private final BoundAggregator[] groupBound;
    final BoundAggregator groupDefault;
    final BoundAggregator total;
    final Category[] categories;
    final Bound[] categoryRules;
    final Indicator[] categoryNodes;
    final IndicatorPath[] categoryPaths;
    /** The index of each category by its name's {@link Names#key key}; the first of equal keys (a lint problem). */
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    /** The rule set's deviation thresholds (S13), ready to apply. */
    final Deviations deviations;
    /** Score rates as the rule set rounds them. */
    final ScoredNode.RatePolicy rates;
    /** The keys that patterns (of bindings and of aggregators) starting with a name start with. */
    private final Set<String> patternFirstKeys = new HashSet<>();
    /** Whether a pattern starts with {@code *} or {@code **}, and so may match beneath any category. */
    private final boolean patternStartsWithWildcard;
    /** Allocation weights by the keys of their path's names joined with '/'; the first of equal keys wins. */
    private final Map<String, BigDecimal> weights = new HashMap<>();

    CompiledRuleSet(RuleSet ruleSet, RuleRegistry registry) {
        this.ruleSet = ruleSet;
        this.deviations = new Deviations(ruleSet.deviation());
        this.rates = rates(ruleSet.rounding().rate());
        List<PathPattern> patternList = new ArrayList<>();
        List<Bound> pathList = new ArrayList<>();
        for (RuleBinding binding : ruleSet.bindings()) {
            Bound bound = new Bound(binding.rule().name(), registry.rule(binding.rule()));
            switch (binding.by()) {
                case CODE:
                    byCode.putIfAbsent(binding.value(), bound);
                    break;
                case PATH:
                    patternList.add(PathPattern.parse(binding.value()));
                    pathList.add(bound);
                    break;
                default:
                    int d = Direction.valueOf(binding.value()).ordinal();
                    if (byDirection[d] == null) {
                        byDirection[d] = bound;
                    }
            }
        }
        patterns = patternList.toArray(new PathPattern[0]);
        byPath = pathList.toArray(new Bound[0]);

        groupPatterns = new PathPattern[ruleSet.aggregators().size()];
        groupBound = new BoundAggregator[groupPatterns.length];
        for (int i = 0; i < groupPatterns.length; i++) {
            AggregatorBinding binding = ruleSet.aggregators().get(i);
            groupPatterns[i] = PathPattern.parse(binding.pattern());
            groupBound[i] = new BoundAggregator(binding.aggregator().name(), registry.aggregator(binding.aggregator()));
        }
        boolean wildcard = false;
        for (PathPattern pattern : concat(patterns, groupPatterns)) {
            if (pattern.firstKey() == null) {
                wildcard = true;
            } else {
                patternFirstKeys.add(pattern.firstKey());
            }
        }
        patternStartsWithWildcard = wildcard;
        groupDefault = new BoundAggregator(ruleSet.groupAggregator().name(), registry.aggregator(ruleSet.groupAggregator()));
        total = new BoundAggregator(ruleSet.totalAggregator().name(), registry.aggregator(ruleSet.totalAggregator()));

        categories = ruleSet.categories().toArray(new Category[0]);
        categoryRules = new Bound[categories.length];
        categoryNodes = new Indicator[categories.length];
        categoryPaths = new IndicatorPath[categories.length];
        for (int i = 0; i < categories.length; i++) {
            Category category = categories[i];
            categoryPaths[i] = IndicatorPath.root().child(category.name());
            categoryIndex.putIfAbsent(Names.key(category.name()), i);
            if (category.rule().isPresent()) {
                categoryRules[i] = new Bound(category.rule().get().name(), registry.rule(category.rule().get()));
                categoryNodes[i] = Indicator.builder().name(category.name()).actual(Actual.missing()).build();
            }
        }
        ruleSet.allocation().weights().forEach((path, weight) ->
            weights.putIfAbsent(pathKey(IndicatorPath.parse(path)), weight));
    }

    /** @return {@code 100 × awarded / applicable} at the step's scale and rounding; empty for 0 applicable points */
    private static ScoredNode.RatePolicy rates(RoundingStep step) {
        Optional<BigDecimal> full = Optional.of(Exact.HUNDRED.setScale(step.scale()));
        return (awarded, applicable) -> {
            if (applicable.signum() <= 0) {
                return Optional.empty();
            }
            // Full points, the common case, need no division.
            return awarded.compareTo(applicable) == 0 ? full
                : Optional.of(awarded.multiply(Exact.HUNDRED).divide(applicable, step.scale(), step.mode()));
        };
    }

    /**
     * @param name a top-level node's name or a category name, not null
     * @return the index of the category it names, or -1 if none
     */
    int categoryOf(String name) {
        Integer index = categoryIndex.get(Names.key(name));
        return index == null ? -1 : index;
    }

    /** @return the rule bound to a leaf: by code, else by path, else by direction; null if none */
    Bound resolve(Indicator indicator, IndicatorPath path) {
        return resolve(indicator, path, patterns.length > 0 ? keys(path) : null);
    }

    /**
     * @param keys the {@link #keys} of the path, or null when no path pattern can match it
     *     ({@link #keysNeededUnder} is false for its top-level name's key)
     * @return the rule bound to a leaf: by code, else by path, else by direction; null if none
     */
    Bound resolve(Indicator indicator, IndicatorPath path, String[] keys) {
        if (!byCode.isEmpty() && indicator.code().isPresent()) {
            Bound bound = byCode.get(indicator.code().get());
            if (bound != null) {
                return bound;
            }
        }
        if (patterns.length > 0 && keys != null) {
            for (int i = 0; i < patterns.length; i++) {
                // Most patterns start with a category's name: one comparison rules out the other categories' leaves.
                String first = patterns[i].firstKey();
                if ((first == null || first.equals(keys[0])) && patterns[i].matchesKeys(keys)) {
                    return byPath[i];
                }
            }
        }
        return byDirection[indicator.direction(path).ordinal()];
    }

    /** @param keys the {@link #keys} of a group's path, or null when no path pattern can match it */
    BoundAggregator aggregatorFor(String[] keys) {
        if (groupPatterns.length > 0 && keys != null) {
            for (int i = 0; i < groupPatterns.length; i++) {
                if (groupPatterns[i].matchesKeys(keys)) {
                    return groupBound[i];
                }
            }
        }
        return groupDefault;
    }

    /** @return the matching keys of a path's names, computed once for every pattern */
    static String[] keys(IndicatorPath path) {
        List<String> names = path.names();
        String[] keys = new String[names.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Names.key(names.get(i));
        }
        return keys;
    }

    private static List<PathPattern> concat(PathPattern[] a, PathPattern[] b) {
        List<PathPattern> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all;
    }

    /**
     * @param parent the keys of a node's parent's path
     * @param name the node's name
     * @return the keys of the node's path: the parent's and one more, so that each name is keyed once per report
     */
    static String[] childKeys(String[] parent, String name) {
        String[] keys = Arrays.copyOf(parent, parent.length + 1);
        keys[parent.length] = Names.key(name);
        return keys;
    }

    /** @return whether a binding, an aggregator or a weight is found by the names of a path: else no keys are needed */
    boolean matchesNames() {
        return patterns.length > 0 || groupPatterns.length > 0 || !weights.isEmpty();
    }

    /**
     * @param topKey the key of a top-level node's name
     * @return whether a pattern or a weight may concern a node beneath it: else the nodes beneath need no keys
     */
    boolean keysNeededUnder(String topKey) {
        return !weights.isEmpty() || patternStartsWithWildcard || patternFirstKeys.contains(topKey);
    }

    boolean hasWeights() {
        return !weights.isEmpty();
    }

    /** @param keys the {@link #keys} of a node's path */
    BigDecimal weight(String[] keys) {
        return weights.getOrDefault(String.join("/", keys), BigDecimal.ONE);
    }

    /** @return the keys of a path's names joined with '/': equal for paths whose names are the same names */
    static String pathKey(IndicatorPath path) {
        return String.join("/", keys(path));
    }
}
