package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.perfeval.internal.Work;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Target;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/**
 * The work of lint and of scoring grows at most linearly with the rule set: doubling the categories
 * (and the report's rows that match them), the bindings or the patterns at most doubles the steps
 * counted by {@link Work} (name comparisons and keys, pattern states), and a rule set past the limits
 * is linted in linear work too, with one problem per limit. Steps are counted, not timed.
 */
class LinearWorkTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.builtIns();

    @Test
    void doublingTheCategoriesAtMostDoublesTheWorkOfLintAndScoring() {
        for (int n : List.of(25, 50)) {
            RuleSet small = categories(n);
            RuleSet large = categories(2 * n);
            Evaluation smallReport = report(n);
            Evaluation largeReport = report(2 * n);
            assertEquals(List.of(), REGISTRY.lint(large, largeReport));
            assertAtMostDoubles("lint of " + n + " categories", () -> REGISTRY.lint(small), () -> REGISTRY.lint(large));
            assertAtMostDoubles("lint against a report, " + n + " categories", () -> REGISTRY.lint(small, smallReport),
                () -> REGISTRY.lint(large, largeReport));
            ScoringEngine smallEngine = ScoringEngine.of(small, REGISTRY);
            ScoringEngine largeEngine = ScoringEngine.of(large, REGISTRY);
            assertAtMostDoubles("scoring, " + n + " categories", () -> smallEngine.score(smallReport),
                () -> largeEngine.score(largeReport));
            assertAtMostDoubles("making an engine, " + n + " categories", () -> ScoringEngine.of(small, REGISTRY),
                () -> ScoringEngine.of(large, REGISTRY));
        }
    }

    @Test
    void aRuleSetPastTheLimitsIsLintedInLinearWorkWithOneProblemPerLimit() {
        // 30,000 categories took 8.6 s to lint when each was compared with every other.
        assertAtMostDoubles("lint of 15,000 categories", () -> REGISTRY.lint(categories(15_000)),
            () -> REGISTRY.lint(categories(30_000)));
        List<LintProblem> problems = REGISTRY.lint(categories(30_000));
        assertEquals(1, problems.stream().filter(p -> p.code() == LintProblem.Code.TOO_LARGE).count(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().equals(
            "the rule set has 30000 categories, more than the limit of 100 (RuleSet.MAX_CATEGORIES)")), problems.toString());
    }

    @Test
    void doublingThePathBindingsAtMostDoublesTheWorkOfLintAndScoring() {
        Evaluation report = report(4);
        for (int n : List.of(25, 50)) {
            RuleSet small = patterns(n);
            RuleSet large = patterns(2 * n);
            ScoringEngine smallEngine = ScoringEngine.of(small, REGISTRY);
            ScoringEngine largeEngine = ScoringEngine.of(large, REGISTRY);
            assertAtMostDoubles("lint of " + n + " patterns", () -> REGISTRY.lint(small), () -> REGISTRY.lint(large));
            assertAtMostDoubles("scoring with " + n + " patterns", () -> smallEngine.score(report),
                () -> largeEngine.score(report));
        }
    }

    @Test
    void theLargestRuleSetTheLimitsAllowLintsAndScores() {
        RuleSet largest = largest();
        assertEquals(List.of(), REGISTRY.lint(largest));
        ScoringEngine engine = ScoringEngine.of(largest, REGISTRY);
        assertEquals(0, new BigDecimal("100.00").compareTo(engine.score(report(RuleSet.MAX_CATEGORIES)).total().orElseThrow()));
    }

    /**
     * The largest rule set the limits allow: {@link RuleSet#MAX_CATEGORIES} categories, as many code
     * bindings as {@link RuleSet#MAX_BINDINGS} leaves after the path patterns, and
     * {@link RuleSet#MAX_PATTERNS} patterns of {@link RuleSet#MAX_PATTERN_SEGMENTS} segments that
     * match nothing, the costliest to try.
     */
    static RuleSet largest() {
        RuleSet.Builder builder = base();
        int n = RuleSet.MAX_CATEGORIES;
        for (int i = 0; i < n; i++) {
            builder.addCategories(Category.of(name(i), BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n))));
        }
        int half = RuleSet.MAX_PATTERNS / 2;
        for (int i = 0; i < half; i++) {
            builder.addBindings(RuleBinding.byPath(hostilePattern(i), RuleSpec.of("positive")));
            builder.addAggregators(AggregatorBinding.of(hostilePattern(half + i), RuleSpec.of("weighted-sum")));
        }
        int codes = RuleSet.MAX_BINDINGS - Profiles.byDirection().size() - half;
        for (int i = 0; i < codes; i++) {
            builder.addBindings(RuleBinding.byCode("C-" + i, RuleSpec.of("positive")));
        }
        return builder.addAllBindings(Profiles.byDirection()).build();
    }

    /** {@code **}/类别i/**&#47;… of the maximum length, ending in a name no report has. */
    private static String hostilePattern(int i) {
        List<String> segments = new ArrayList<>();
        while (segments.size() < RuleSet.MAX_PATTERN_SEGMENTS - 2) {
            segments.add("**");
            segments.add(name(i % RuleSet.MAX_CATEGORIES));
        }
        segments.add("**");
        segments.add("无此指标" + i);
        return String.join("/", segments);
    }

    private static void assertAtMostDoubles(String what, Runnable small, Runnable large) {
        long once = Work.count(small);
        long twice = Work.count(large);
        assertTrue(once > 0, what + ": no step counted");
        assertTrue(twice <= 2 * once, what + ": " + once + " steps, doubled: " + twice);
    }

    private static RuleSet.Builder base() {
        return RuleSet.builder().id("t").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1));
    }

    private static String name(int i) {
        return "类别" + i + "指标";
    }

    /** n categories of equal points (n divides 100 for the sizes of this test) and the direction bindings. */
    private static RuleSet categories(int n) {
        RuleSet.Builder builder = base();
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 12, java.math.RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
            builder.addCategories(Category.of(name(i), each));
        }
        return builder.addAllBindings(Profiles.byDirection()).build();
    }

    private static RuleSet patterns(int n) {
        RuleSet.Builder builder = base();
        for (int i = 0; i < 4; i++) {
            builder.addCategories(Category.of(name(i), BigDecimal.valueOf(25)));
        }
        for (int i = 0; i < n; i++) {
            builder.addBindings(RuleBinding.byPath("**/" + name(i % 4) + "/**/无此指标" + i, RuleSpec.of("positive")));
        }
        return builder.addAllBindings(Profiles.byDirection()).build();
    }

    /** A report with n top-level rows, named as the categories, each with one leaf (the row's own name in the last spot). */
    private static Evaluation report(int n) {
        IntFunction<IndicatorNode> row = i -> IndicatorGroup.builder().name(i % 2 == 0 ? name(i) : "类别" + i)
            .addChildren(Indicator.builder().name("叶" + i).target(Target.parse("≥90%")).actual(Actual.parse("95%")).build())
            .build();
        List<IndicatorNode> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row.apply(i));
        }
        Collections.reverse(rows);
        return Evaluation.builder().unit("单位").year(2022).kind(EvaluationKind.DEPARTMENT_OVERALL).addAllIndicators(rows)
            .build();
    }
}
