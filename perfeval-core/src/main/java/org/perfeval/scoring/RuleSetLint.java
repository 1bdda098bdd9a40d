package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfeval.internal.Names;
import org.perfeval.internal.PathPattern;
import org.perfeval.internal.Work;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem.Code;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/**
 * The checks behind {@link RuleRegistry#lint(RuleSet)} and {@link RuleRegistry#lint(RuleSet, Evaluation)}:
 * those of the rule set on its own ({@link RuleSet#lint()}), then the names and parameters it gives
 * the registry, then how it fits one evaluation.
 */
final class RuleSetLint {
    private RuleSetLint() {}

    static List<LintProblem> lint(RuleSet ruleSet, RuleRegistry registry) {
        List<LintProblem> problems = new ArrayList<>(ruleSet.lint());
        // Past the limits (TOO_LARGE above), only the first categories and bindings are checked one by one.
        for (int i = 0; i < Math.min(ruleSet.categories().size(), RuleSet.MAX_CATEGORIES); i++) {
            String where = "categories[" + i + "].rule";
            ruleSet.categories().get(i).rule().ifPresent(rule -> rule(rule, where, registry, problems));
        }
        for (int i = 0; i < Math.min(ruleSet.bindings().size(), RuleSet.MAX_BINDINGS); i++) {
            rule(ruleSet.bindings().get(i).rule(), "bindings[" + i + "]", registry, problems);
        }
        for (int i = 0; i < ruleSet.aggregators().size(); i++) {
            AggregatorBinding binding = ruleSet.aggregators().get(i);
            aggregator(binding.aggregator(), "aggregators[" + i + "]", registry, problems);
        }
        aggregator(ruleSet.groupAggregator(), "groupAggregator", registry, problems);
        aggregator(ruleSet.totalAggregator(), "totalAggregator", registry, problems);
        return problems;
    }

    private static void rule(RuleSpec spec, String where, RuleRegistry registry, List<LintProblem> problems) {
        if (!registry.ruleNames().contains(spec.name())) {
            problems.add(LintProblem.of(Code.UNKNOWN_RULE, where, "unknown rule \"" + spec.name() + "\"; registered: "
                + registry.ruleNames()));
            return;
        }
        try {
            registry.rule(spec);
        } catch (IllegalArgumentException e) {
            problems.add(LintProblem.of(Code.BAD_PARAMETERS, where, e.getMessage()));
        }
    }

    private static void aggregator(RuleSpec spec, String where, RuleRegistry registry, List<LintProblem> problems) {
        if (!registry.aggregatorNames().contains(spec.name())) {
            problems.add(LintProblem.of(Code.UNKNOWN_AGGREGATOR, where, "unknown aggregator \"" + spec.name()
                + "\"; registered: " + registry.aggregatorNames()));
            return;
        }
        try {
            registry.aggregator(spec);
        } catch (IllegalArgumentException e) {
            problems.add(LintProblem.of(Code.BAD_PARAMETERS, where, e.getMessage()));
        }
    }


    static List<LintProblem> lint(RuleSet ruleSet, RuleRegistry registry, Evaluation evaluation) {
        List<LintProblem> problems = lint(ruleSet, registry);
        lintAgainst(ruleSet, evaluation, problems, problems.isEmpty() ? new CompiledRuleSet(ruleSet, registry) : null);
        return problems;
    }

    /**
     * The problems of a rule set against one evaluation, after those of the rule set itself.
     *
     * @param compiled the rule set compiled, if it lints clean on its own; null if not
     */
    static void lintAgainst(RuleSet ruleSet, Evaluation evaluation, List<LintProblem> problems,
            CompiledRuleSet compiled) {
        if (!ruleSet.isEffectiveIn(evaluation.year())) {
            problems.add(LintProblem.of(Code.NOT_EFFECTIVE, "effectiveFrom", "the rule set is effective from "
                + ruleSet.effectiveFrom() + ruleSet.effectiveUntil().map(u -> " until " + u).orElse("")
                + " but the evaluation is for " + evaluation.year()));
        }
        ruleSet.kind().filter(k -> k != evaluation.kind()).ifPresent(k -> problems.add(LintProblem.of(Code.WRONG_KIND,
            "kind", "the rule set is for " + k + " but the evaluation is " + evaluation.kind())));
        lintCategoriesAgainst(ruleSet, evaluation, problems);
        lintBindingsAgainst(ruleSet, evaluation, problems);
        if (!ruleSet.allocation().weights().isEmpty()) {
            Set<String> nodeKeys = new HashSet<>();
            for (IndicatorPath p : evaluation.nodesByPath().keySet()) {
                nodeKeys.add(CompiledRuleSet.pathKey(p));
            }
            for (String path : ruleSet.allocation().weights().keySet()) {
                IndicatorPath parsed;
                try {
                    parsed = IndicatorPath.parse(path);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!nodeKeys.contains(CompiledRuleSet.pathKey(parsed))) {
                    problems.add(LintProblem.of(Code.WEIGHT_MATCHES_NOTHING, "allocation.weights[" + path + "]",
                        "no node of the evaluation has the path " + path));
                }
            }
        }
        if (problems.isEmpty() && compiled != null) {
            lintBrackets(compiled, evaluation, problems);
        }
    }

    private static void lintCategoriesAgainst(RuleSet ruleSet, Evaluation evaluation, List<LintProblem> problems) {
        List<Category> categories = ruleSet.categories();
        if (categories.isEmpty()) {
            return;
        }
        Map<String, List<String>> topsByKey = new HashMap<>();
        for (IndicatorNode top : evaluation.indicators()) {
            Work.steps(1);
            topsByKey.computeIfAbsent(Names.key(top.name()), k -> new ArrayList<>()).add(top.name());
        }
        Set<String> categoryKeys = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Work.steps(1);
            Category category = categories.get(i);
            String key = Names.key(category.name());
            categoryKeys.add(key);
            List<String> tops = topsByKey.get(key);
            if (tops == null && category.rule().isEmpty() && category.whenAbsent().isEmpty()) {
                problems.add(LintProblem.of(Code.CATEGORY_NOT_FOUND, "categories[" + i + "]", "the evaluation has no "
                    + category.name() + ", so its " + category.points().toPlainString() + " points cannot be earned"));
            }
        }
        String listed = null;
        for (IndicatorNode top : evaluation.indicators()) {
            Work.steps(1);
            if (!categoryKeys.contains(Names.key(top.name()))) {
                if (listed == null) {
                    listed = categories.size() <= 20 ? categories.stream().map(Category::name).collect(Collectors.toList()).toString()
                        : categories.size() + " categories";
                }
                problems.add(LintProblem.of(Code.NODE_WITHOUT_CATEGORY, top.name(), top.name()
                    + " is no category of the rule set, which has " + listed));
            }
        }
    }

    private static void lintBindingsAgainst(RuleSet ruleSet, Evaluation evaluation, List<LintProblem> problems) {
        List<RuleBinding> bindings = ruleSet.bindings();
        PathPattern[] patterns = new PathPattern[bindings.size()];
        for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i).by() == RuleBinding.By.PATH) {
                try {
                    patterns[i] = PathPattern.parse(bindings.get(i).value());
                } catch (IllegalArgumentException e) {
                    patterns[i] = null;
                }
            }
        }
        Set<String> ownRuleKeys = new HashSet<>();
        for (Category c : ruleSet.categories()) {
            if (c.rule().isPresent()) {
                ownRuleKeys.add(Names.key(c.name()));
            }
        }
        boolean[] used = new boolean[bindings.size()];
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : evaluation.nodesByPath().entrySet()) {
            if (!(entry.getValue() instanceof Indicator)) {
                continue;
            }
            Indicator indicator = (Indicator) entry.getValue();
            IndicatorPath path = entry.getKey();
            List<Integer> byPath = new ArrayList<>();
            boolean any = false;
            String[] keys = CompiledRuleSet.keys(path);
            for (int i = 0; i < bindings.size(); i++) {
                Work.steps(1);
                RuleBinding binding = bindings.get(i);
                boolean matches;
                switch (binding.by()) {
                    case CODE:
                        matches = indicator.code().filter(binding.value()::equals).isPresent();
                        break;
                    case PATH:
                        matches = patterns[i] != null && patterns[i].matchesKeys(keys);
                        if (matches) {
                            byPath.add(i);
                        }
                        break;
                    default:
                        matches = indicator.direction(path) == direction(binding.value());
                }
                used[i] |= matches;
                any |= matches;
            }
            if (byPath.size() > 1) {
                problems.add(LintProblem.of(Code.BINDING_CONFLICT, path.toString(), "path bindings "
                    + byPath.stream().map(i -> "bindings[" + i + "] " + bindings.get(i).value())
                        .collect(Collectors.joining(" and "))
                    + " both match; the first applies"));
            }
            boolean inCategoryOfItsOwn = path.depth() == 1 && ownRuleKeys.contains(Names.key(path.leafName()));
            if (!any && !inCategoryOfItsOwn && !(indicator.actual() instanceof Actual.NotApplicable)) {
                problems.add(LintProblem.of(Code.NO_RULE, path.toString(), "no binding matches the indicator ("
                    + indicator.direction() + (indicator.code().map(c -> ", code " + c).orElse("")) + ")"));
            }
        }
        for (int i = 0; i < bindings.size(); i++) {
            // A direction binding is a default for whatever indicators come; unused, it is no fault.
            if (!used[i] && bindings.get(i).by() != RuleBinding.By.DIRECTION) {
                problems.add(LintProblem.of(Code.BINDING_MATCHES_NOTHING, "bindings[" + i + "]",
                    bindings.get(i) + " matches no indicator of the evaluation"));
            }
        }
    }

    /**
     * Rules whose parameters fix more points than their indicator gets (a bracket table); needs the
     * points the engine assigns, so a clean rule set.
     */
    private static void lintBrackets(CompiledRuleSet compiled, Evaluation evaluation, List<LintProblem> problems) {
        ScoreSheet result = new Scoring(compiled, evaluation).run();
        for (NodeResult node : result.nodes()) {
            if (!node.leaf() || !(evaluation.nodesByPath().get(node.path()) instanceof Indicator)) {
                continue;
            }
            CompiledRuleSet.Bound bound = compiled.resolve((Indicator) evaluation.nodesByPath().get(node.path()), node.path());
            Optional<BigDecimal> most = bound == null ? Optional.empty() : bound.rule.mostPoints();
            if (most.isPresent()) {
                BigDecimal max = most.get();
                if (max.compareTo(node.points()) > 0) {
                    problems.add(LintProblem.of(Code.BRACKET_EXCEEDS_POINTS, node.path().toString(), "rule " + bound.name
                        + " gives up to " + max.toPlainString() + " points but the indicator has "
                        + node.points().toPlainString()));
                }
            }
        }
    }

    private static Direction direction(String name) {
        for (Direction d : Direction.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
