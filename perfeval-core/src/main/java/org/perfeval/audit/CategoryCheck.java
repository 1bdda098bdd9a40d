package org.perfeval.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.internal.Names;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.rules.Category;
import org.perfeval.rules.RuleSet;

/** {@link FindingCode#CATEGORY_AMBIGUOUS}: top-level rows that name one category of the rule set. */
final class CategoryCheck {
    private CategoryCheck() {}

    static void run(Evaluation evaluation, RuleSet ruleSet, FindingList out) {
        if (ruleSet.categories().isEmpty() || evaluation.indicators().size() < 2) {
            return;
        }
        Map<String, Category> categories = new HashMap<>();
        for (Category category : ruleSet.categories()) {
            categories.putIfAbsent(Names.key(category.name()), category);
        }
        Map<Category, List<String>> rows = new HashMap<>();
        List<Category> order = new ArrayList<>();
        for (IndicatorNode top : evaluation.indicators()) {
            Category category = categories.get(Names.key(top.name()));
            if (category != null) {
                List<String> names = rows.computeIfAbsent(category, c -> new ArrayList<>());
                if (names.isEmpty()) {
                    order.add(category);
                }
                names.add(top.name());
            }
        }
        for (Category category : order) {
            List<String> names = rows.get(category);
            if (names.size() < 2) {
                continue;
            }
            // Sorted, so that the findings do not depend on the rows' order.
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            String listed = String.join("、", sorted);
            String listedEn = String.join(" and ", sorted);
            for (String name : names) {
                out.add(FindingCode.CATEGORY_AMBIGUOUS, name,
                    "顶层指标 " + listed + " 同属规则集的类别 " + category.name() + "，无法确定哪一项取得该类别的 "
                        + category.points().toPlainString() + " 分，规则集下的总分不可计算",
                    "the top-level rows " + listedEn + " all name the rule set's category " + category.name()
                        + "; none can be given its " + category.points().toPlainString()
                        + " points, so no total under the rule set can be computed",
                    Figures.of("categoryPoints", category.points()));
            }
        }
    }
}
