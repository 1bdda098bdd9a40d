package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.internal.Names;
import org.perfeval.internal.PathPattern;
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
        lintCategories(ruleSet, problems);
        lintBindings(ruleSet, problems);
        for (int i = 0; i < ruleSet.aggregators().size(); i++) {
            AggregatorBinding binding = ruleSet.aggregators().get(i);
            pattern(binding.pattern(), "aggregators[" + i + "]", problems);
        }
        for (String path : ruleSet.allocation().weights().keySet()) {
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
        return name.length() <= IndicatorNode.MAX_NAME_LENGTH && !name.isBlank() && name.strip().equals(name)
            && !name.contains("/");
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
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            String where = "categories[" + i + "]";
            sum = sum.add(category.points());
            if (!isIndicatorName(category.name())) {
                problems.add(LintProblem.of(Code.BAD_CATEGORY_NAME, where, "category \"" + clip(category.name())
                    + "\" is no name an indicator can have: non-blank, without surrounding space or '/', at most "
                    + IndicatorNode.MAX_NAME_LENGTH + " characters"));
            }
            for (int j = 0; j < i; j++) {
                if (Names.same(categories.get(j).name(), category.name())) {
                    problems.add(LintProblem.of(Code.DUPLICATE_CATEGORY, where, "category " + category.name()
                        + " has the name of categories[" + j + "] " + categories.get(j).name()));
                }
            }
            if (category.whenAbsent().isEmpty()) {
                continue;
            }
            if (category.rule().isPresent()) {
                problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + category.name()
                    + " is scored by its rule when absent, so its whenAbsent would never apply"));
            }
            BigDecimal moved = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> move : category.whenAbsent().entrySet()) {
                moved = moved.add(move.getValue());
                boolean known = categories.stream().anyMatch(c -> c != category && Names.same(c.name(), move.getKey()));
                if (!known) {
                    problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + category.name()
                        + " moves points to " + move.getKey() + ", which is no other category of the rule set"));
                }
            }
            if (moved.compareTo(category.points()) != 0) {
                problems.add(LintProblem.of(Code.BAD_REDISTRIBUTION, where, "category " + category.name() + " moves "
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
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ruleSet.bindings().size(); i++) {
            RuleBinding binding = ruleSet.bindings().get(i);
            String where = "bindings[" + i + "]";
            if (binding.by() == RuleBinding.By.PATH) {
                pattern(binding.value(), where, problems);
            } else if (binding.by() == RuleBinding.By.DIRECTION && direction(binding.value()) == null) {
                problems.add(LintProblem.of(Code.BAD_SELECTOR, where, "direction must be one of "
                    + List.of(Direction.values()) + " but was \"" + binding.value() + "\""));
            }
            if (!seen.add(binding.by() + " " + binding.value())) {
                problems.add(LintProblem.of(Code.DUPLICATE_BINDING, where, "an earlier binding already selects by "
                    + binding.by() + " " + binding.value() + "; this one would never apply"));
            }
        }
    }

    private static void pattern(String text, String where, List<LintProblem> problems) {
        try {
            PathPattern.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(LintProblem.of(Code.BAD_SELECTOR, where, e.getMessage()));
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
