package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.internal.PathPattern;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/**
 * Every leaf is scored by the first path binding whose pattern matches its path, and every group
 * aggregated by the first aggregator binding whose pattern matches: checked against the patterns
 * themselves, however the engine skips the patterns that cannot match.
 */
class BindingResolutionProperties {
    private static final List<String> NAMES = List.of("产出指标", "产出", "数量指标", "效益", "a");
    private static final List<String> SEGMENTS = List.of("产出", "产出指标", "数量", "效益", "a", "*", "**");
    private static final List<String> RULES = List.of("positive", "reverse-ratio", "equality");

    @Property(tries = 300, maxDiscardRatio = 20)
    void eachNodeIsBoundByTheFirstPatternThatMatchesItsPath(@ForAll("trees") List<IndicatorNode> tops,
            @ForAll("patterns") List<String> leafPatterns, @ForAll("patterns") List<String> groupPatterns) {
        RuleSet.Builder builder = RuleSet.builder().id("bindings").version("1").jurisdiction("测试")
            .effectiveFrom(java.time.LocalDate.of(2020, 1, 1));
        for (int i = 0; i < leafPatterns.size(); i++) {
            builder.addBindings(RuleBinding.byPath(leafPatterns.get(i), RuleSpec.of(RULES.get(i % RULES.size()))));
        }
        for (String pattern : groupPatterns) {
            builder.addAggregators(AggregatorBinding.of(pattern, RuleSpec.of("weakest-link")));
        }
        Evaluation evaluation = Evaluation.builder().unit("测试单位").year(2021)
            .kind(org.perfeval.model.EvaluationKind.DEPARTMENT_OVERALL).addAllIndicators(tops).build();
        RuleSet ruleSet = builder.build();
        // Shadowed and repeated patterns are lint problems: such rule sets make no engine.
        Assume.that(RuleRegistry.builtIns().lint(ruleSet).isEmpty());
        ScoreSheet sheet = ScoringEngine.of(ruleSet, RuleRegistry.builtIns()).score(evaluation);
        for (NodeResult node : sheet.nodes()) {
            List<String> names = node.path().names();
            String expected = node.leaf() ? first(leafPatterns, names).map(i -> RULES.get(i % RULES.size())).orElse("none")
                : first(groupPatterns, names).isPresent() ? "weakest-link" : "weighted-sum";
            assertEquals(expected, node.trace().ruleId(), node.path() + " under " + leafPatterns + " / " + groupPatterns);
        }
    }

    private static java.util.Optional<Integer> first(List<String> patterns, List<String> names) {
        for (int i = 0; i < patterns.size(); i++) {
            if (PathPattern.parse(patterns.get(i)).matches(names)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("/", s))
            .list().ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<List<IndicatorNode>> trees() {
        return node(3).list().ofMinSize(1).ofMaxSize(3).uniqueElements(IndicatorNode::name);
    }

    private Arbitrary<IndicatorNode> node(int depth) {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<IndicatorNode> leaf = name.map(n -> Scorer.leaf(n, "≥90%", "95%", "10"));
        if (depth == 1) {
            return leaf;
        }
        Arbitrary<IndicatorNode> group = Combinators.combine(name,
                Arbitraries.lazy(() -> node(depth - 1)).list().ofMinSize(1).ofMaxSize(3).uniqueElements(IndicatorNode::name))
            .as((n, children) -> IndicatorGroup.builder().name(n).addAllChildren(new ArrayList<>(children)).build());
        return Arbitraries.oneOf(leaf, group);
    }
}
