package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.perfeval.internal.Names;
import org.perfeval.internal.PathPattern;
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
        for (int i = 0; i < ruleSet.categories().size(); i++) {
            String where = "categories[" + i + "].rule";
            ruleSet.categories().get(i).rule().ifPresent(rule -> rule(rule, where, registry, problems));
        }
        for (int i = 0; i < ruleSet.bindings().size(); i++) {
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
        if (!ruleSet.isEffectiveIn(evaluation.year())) {
            problems.add(LintProblem.of(Code.NOT_EFFECTIVE, "effectiveFrom", "the rule set is effective from "
                + ruleSet.effectiveFrom() + ruleSet.effectiveUntil().map(u -> " until " + u).orElse("")
                + " but the evaluation is for " + evaluation.year()));
        }
        ruleSet.kind().filter(k -> k != evaluation.kind()).ifPresent(k -> problems.add(LintProblem.of(Code.WRONG_KIND,
            "kind", "the rule set is for " + k + " but the evaluation is " + evaluation.kind())));
        lintCategoriesAgainst(ruleSet, evaluation, problems);
        lintBindingsAgainst(ruleSet, evaluation, problems);
        for (String path : ruleSet.allocation().weights().keySet()) {
            List<String> names;
            try {
                names = IndicatorPath.parse(path).names();
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean found = evaluation.nodesByPath().keySet().stream()
                .anyMatch(p -> p.depth() == names.size() && CompiledRuleSet.sameNames(names, p.names()));
            if (!found) {
                problems.add(LintProblem.of(Code.WEIGHT_MATCHES_NOTHING, "allocation.weights[" + path + "]",
                    "no node of the evaluation has the path " + path));
            }
        }
        if (problems.isEmpty()) {
            lintBrackets(ruleSet, registry, evaluation, problems);
        }
        return problems;
    }

    private static void lintCategoriesAgainst(RuleSet ruleSet, Evaluation evaluation, List<LintProblem> problems) {
        List<Category> categories = ruleSet.categories();
        if (categories.isEmpty()) {
            return;
        }
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            boolean found = evaluation.indicators().stream().anyMatch(n -> Names.same(n.name(), category.name()));
            if (!found && category.rule().isEmpty() && category.whenAbsent().isEmpty()) {
                problems.add(LintProblem.of(Code.CATEGORY_NOT_FOUND, "categories[" + i + "]", "the evaluation has no "
                    + category.name() + ", so its " + category.points().toPlainString() + " points cannot be earned"));
            }
        }
        for (IndicatorNode top : evaluation.indicators()) {
            if (categories.stream().noneMatch(c -> Names.same(c.name(), top.name()))) {
                problems.add(LintProblem.of(Code.NODE_WITHOUT_CATEGORY, top.name(), top.name()
                    + " is no category of the rule set, which has " + categories.stream().map(Category::name)
                        .collect(Collectors.toList())));
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
        boolean[] used = new boolean[bindings.size()];
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : evaluation.nodesByPath().entrySet()) {
            if (!(entry.getValue() instanceof Indicator)) {
                continue;
            }
            Indicator indicator = (Indicator) entry.getValue();
            IndicatorPath path = entry.getKey();
            List<Integer> byPath = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < bindings.size(); i++) {
                RuleBinding binding = bindings.get(i);
                boolean matches;
                switch (binding.by()) {
                    case CODE:
                        matches = indicator.code().filter(binding.value()::equals).isPresent();
                        break;
                    case PATH:
                        matches = patterns[i] != null && patterns[i].matches(path.names());
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
            boolean inCategoryOfItsOwn = path.depth() == 1 && ruleSet.categories().stream()
                .anyMatch(c -> c.rule().isPresent() && Names.same(c.name(), path.leafName()));
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
    private static void lintBrackets(RuleSet ruleSet, RuleRegistry registry, Evaluation evaluation,
            List<LintProblem> problems) {
        CompiledRuleSet compiled = new CompiledRuleSet(ruleSet, registry);
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
