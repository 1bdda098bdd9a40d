package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.internal.Names;
import org.perfeval.internal.PathPattern;
import org.perfeval.internal.Work;
import org.perfeval.model.Direction;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.LintProblem.Code;

/**
 * The checks of {@link RuleSet#lint()}: what a rule set gets wrong on its own, before any registry or
 * evaluation is known.
 */
final class RuleSetLinter {
    private RuleSetLinter() {}

    static List<LintProblem> lint(RuleSet ruleSet) {
        List<LintProblem> problems = new ArrayList<>();
        ruleSet.effectiveUntil().ifPresent(until -> {
            if (until.isBefore(ruleSet.effectiveFrom())) {
                problems.add(LintProblem.of(Code.BAD_EFFECTIVE_DATES, "effectiveUntil",
                    "effective until " + until + " is before effective from " + ruleSet.effectiveFrom()));
            }
        });
        for (String problem : ruleSet.gradeScale().problems()) {
            problems.add(LintProblem.of(Code.BAD_GRADE_SCALE, "gradeScale", problem));
        }
        bound(ruleSet.categories().size(), RuleSet.MAX_CATEGORIES, "categories", "categories", "MAX_CATEGORIES", problems);
        bound(ruleSet.bindings().size(), RuleSet.MAX_BINDINGS, "bindings", "bindings", "MAX_BINDINGS", problems);
        long patterns = ruleSet.aggregators().size()
            + ruleSet.bindings().stream().filter(b -> b.by() == RuleBinding.By.PATH).count();
        bound(patterns, RuleSet.MAX_PATTERNS, "bindings", "path patterns (path bindings and aggregator bindings)",
            "MAX_PATTERNS", problems);
        bound(ruleSet.allocation().weights().size(), RuleSet.MAX_WEIGHTS, "allocation.weights", "allocation weights",
            "MAX_WEIGHTS", problems);
        lintCategories(ruleSet, problems);
        lintBindings(ruleSet, problems);
        Map<String, Integer> aggregatorPatterns = new HashMap<>();
        for (int i = 0; i < ruleSet.aggregators().size(); i++) {
            AggregatorBinding binding = ruleSet.aggregators().get(i);
            String where = "aggregators[" + i + "]";
            PathPattern parsed = pattern(binding.pattern(), where, problems);
            Integer earlier = parsed == null ? null : aggregatorPatterns.putIfAbsent(key(parsed), i);
            if (earlier != null) {
                problems.add(LintProblem.of(Code.DUPLICATE_BINDING, where, "pattern " + binding.pattern()
                    + " matches the paths of aggregators[" + earlier + "] " + ruleSet.aggregators().get(earlier).pattern()
                    + ", which comes first; this one would never apply"));
            }
            Work.steps(1);
        }
        for (String path : ruleSet.allocation().weights().keySet()) {
            Work.steps(1);
            try {
                IndicatorPath.parse(path);
            } catch (IllegalArgumentException e) {
                problems.add(LintProblem.of(Code.BAD_SELECTOR, "allocation.weights[" + path + "]", e.getMessage()));
            }
        }
        return problems;
    }

    /** The rule an indicator's name follows; a category names a top-level indicator. */
    private static boolean isIndicatorName(String name) {
        return name.length() <= IndicatorNode.MAX_NAME_LENGTH && Names.problem(name) == null;
    }

    private static void bound(long size, int limit, String where, String what, String constant,
            List<LintProblem> problems) {
        if (size > limit) {
            problems.add(LintProblem.of(Code.TOO_LARGE, where, "the rule set has " + size + " " + what
                + ", more than the limit of " + limit + " (RuleSet." + constant + ")"));
        }
    }

    /** @return a path pattern's segments by their matching keys: equal for patterns that match the same paths */
    private static String key(PathPattern pattern) {
        return pattern.key();
    }

    private static String clip(String name) {
        return name.codePointCount(0, name.length()) <= 40 ? name : name.substring(0, name.offsetByCodePoints(0, 40)) + "…";
    }

    private static void lintCategories(RuleSet ruleSet, List<LintProblem> problems) {
        List<Category> categories = ruleSet.categories();
        if (categories.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        // Each category by its name's key, the first of equal keys: every check below is one lookup.
        Map<String, Integer> byKey = new HashMap<>();
        // Past the limit (a TOO_LARGE problem already), only the first categories are checked one by one:
        // the work is bounded by the limit, not by what a document sends.
        int checked = Math.min(categories.size(), RuleSet.MAX_CATEGORIES);
        for (Category category : categories) {
            sum = sum.add(category.points());
        }
        for (int i = 0; i < checked; i++) {
            Category category = categories.get(i);
            Work.steps(1);
            if (!isIndicatorName(category.name())) {
                problems.add(LintProblem.of(Code.BAD_CATEGORY_NAME, "categories[" + i + "]", "category \"" + clip(category.name())
                    + "\" is no name an indicator can have: non-blank once invisible characters are removed, without"
                    + " surrounding space, '/' or bidi overrides, at most " + IndicatorNode.MAX_NAME_LENGTH + " characters"));
            }
            Integer j = byKey.putIfAbsent(Names.key(category.name()), i);
            if (j != null) {
                problems.add(LintProblem.of(Code.DUPLICATE_CATEGORY, "categories[" + i + "]", "category " + clip(category.name())
                    + " has the name of categories[" + j + "] " + clip(categories.get(j).name())));
            }
        }
        for (int i = 0; i < checked; i++) {
            Category category = categories.get(i);
            if (category.whenAbsent().isEmpty()) {
                continue;
            }
            String where = "categories[" + i + "]";
            if (category.rule().isPresent()) {
                problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + clip(category.name())
                    + " is scored by its rule when absent, so its whenAbsent would never apply"));
            }
            BigDecimal moved = BigDecimal.ZERO;
            Integer self = byKey.get(Names.key(category.name()));
            for (Map.Entry<String, BigDecimal> move : category.whenAbsent().entrySet()) {
                Work.steps(1);
                moved = moved.add(move.getValue());
                Integer target = byKey.get(Names.key(move.getKey()));
                if (target == null || target.equals(self)) {
                    problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + clip(category.name())
                        + " moves points to " + clip(move.getKey()) + ", which is no other category of the rule set"));
                }
            }
            if (moved.compareTo(category.points()) != 0) {
                problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + clip(category.name()) + " moves "
                    + moved.toPlainString() + " points when absent but has " + category.points().toPlainString()));
            }
        }
        BigDecimal maximum = ruleSet.gradeScale().maximum();
        if (sum.compareTo(maximum) != 0) {
            problems.add(LintProblem.of(Code.POINTS_DO_NOT_ADD_UP, "categories", "the categories' points add up to "
                + sum.toPlainString() + " but the grade scale's maximum is " + maximum.toPlainString()));
        }
    }

    private static void lintBindings(RuleSet ruleSet, List<LintProblem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        int checked = Math.min(ruleSet.bindings().size(), RuleSet.MAX_BINDINGS);
        for (int i = 0; i < checked; i++) {
            RuleBinding binding = ruleSet.bindings().get(i);
            String where = "bindings[" + i + "]";
            Work.steps(1);
            String selector = binding.by() + " " + binding.value();
            if (binding.by() == RuleBinding.By.PATH) {
                PathPattern parsed = pattern(binding.value(), where, problems);
                if (parsed != null) {
                    selector = binding.by() + " " + key(parsed);
                }
            } else if (binding.by() == RuleBinding.By.DIRECTION && direction(binding.value()) == null) {
                problems.add(LintProblem.of(Code.BAD_SELECTOR, where, "direction must be one of "
                    + List.of(Direction.values()) + " but was \"" + clip(binding.value()) + "\""));
            }
            Integer earlier = seen.putIfAbsent(selector, i);
            if (earlier != null) {
                problems.add(LintProblem.of(Code.DUPLICATE_BINDING, where, "bindings[" + earlier + "] already selects by "
                    + binding.by() + " " + clip(ruleSet.bindings().get(earlier).value()) + ", the same "
                    + (binding.by() == RuleBinding.By.PATH ? "paths" : "indicators") + " as "
                    + clip(binding.value()) + "; this one would never apply"));
            }
        }
    }

    /** @return the parsed pattern, or null after adding the problem */
    private static PathPattern pattern(String text, String where, List<LintProblem> problems) {
        try {
            return PathPattern.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(LintProblem.of(Code.BAD_SELECTOR, where, e.getMessage()));
            return null;
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
