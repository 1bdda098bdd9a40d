package org.perfeval.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/**
 * The largest rule set the limits allow, built on the Jinshui layout so that it scores the Jinshui
 * report as the profile does: {@link RuleSet#MAX_CATEGORIES} categories (the profile's four and
 * empty ones of 0 points), {@link RuleSet#MAX_PATTERNS} path patterns of
 * {@link RuleSet#MAX_PATTERN_SEGMENTS} segments that match nothing (the costliest to try, listed
 * before the profile's own), and code bindings up to {@link RuleSet#MAX_BINDINGS}.
 */
final class LargestRuleSet {
    private LargestRuleSet() {}

    static RuleSet build() {
        RuleSet profile = Profiles.departmentOverall();
        RuleSet.Builder builder = RuleSet.builder().id("largest").version("1").jurisdiction(profile.jurisdiction())
            .effectiveFrom(profile.effectiveFrom()).addAllCategories(profile.categories());
        for (int i = profile.categories().size(); i < RuleSet.MAX_CATEGORIES; i++) {
            builder.addCategories(Category.of("空类别" + i, BigDecimal.ZERO));
        }
        // Half the patterns bind aggregators, half rules, the profile's own path binding among these.
        int half = RuleSet.MAX_PATTERNS / 2;
        List<RuleBinding> bindings = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            if (i < half - 1) {
                bindings.add(RuleBinding.byPath(pattern(i), RuleSpec.of("positive")));
            }
            builder.addAggregators(AggregatorBinding.of(pattern(half + i), RuleSpec.of("weighted-sum")));
        }
        int codes = RuleSet.MAX_BINDINGS - bindings.size() - profile.bindings().size();
        for (int i = 0; i < codes; i++) {
            bindings.add(RuleBinding.byCode("无此代码-" + i, RuleSpec.of("positive")));
        }
        return builder.addAllBindings(bindings).addAllBindings(profile.bindings()).build();
    }

    /** {@code **}/产出指标/**&#47;… up to the segment limit, ending in a name no report has. */
    private static String pattern(int i) {
        List<String> segments = new ArrayList<>();
        String[] names = {"产出指标", "效益指标", "投入管理"};
        while (segments.size() < RuleSet.MAX_PATTERN_SEGMENTS - 2) {
            segments.add("**");
            segments.add(names[(i + segments.size()) % names.length]);
        }
        segments.add("**");
        segments.add("无此指标" + i);
        return String.join("/", segments);
    }
}
