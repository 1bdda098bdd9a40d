package org.perfeval.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.perfeval.model.Direction;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.Rounding;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.rules.UnscorablePolicy;
import org.perfeval.scoring.RuleRegistry;

/**
 * A custom department-overall rule set in the Sichuan layout (预算执行 25, 产出 30, 效益 45), with a rule
 * of its own for positive indicators, the weakest link for 效益, totals to one place, not-applicable
 * indicators rescaling their parent and unscorable ones keeping the reported score.
 */
final class SichuanLikeRules {
    /** The name the application registers its own rule under. */
    static final String CAPPED_RATIO = "sichuan:capped-ratio";
    /** The name of the rule that cuts points far over the target. */
    static final String OVER_TARGET_CUT = "sichuan:over-target-cut";

    private SichuanLikeRules() {}

    /** @return the built-in rules and aggregators plus the application's two rules */
    static RuleRegistry registry() {
        return RuleRegistry.builtIns()
            .with(CAPPED_RATIO, spec -> new CappedRatioRule())
            .with(OVER_TARGET_CUT, spec -> new OverTargetCutRule());
    }

    /** @return the rule set, scoring positive indicators by {@value #CAPPED_RATIO} */
    static RuleSet ruleSet() {
        return ruleSet(CAPPED_RATIO);
    }

    /**
     * @param positiveRule the rule for positive indicators
     * @return the rule set with that rule for positive indicators
     */
    static RuleSet ruleSet(String positiveRule) {
        RoundingStep twoPlaces = RoundingStep.of(2, RoundingMode.HALF_UP);
        return RuleSet.builder()
            .id("sc-department-2024")
            .version("2024.1")
            .jurisdiction("四川省 (示例)")
            .effectiveFrom(LocalDate.of(2024, 1, 1))
            .kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addCategories(
                Category.builder().name("预算执行").points(BigDecimal.valueOf(25)).rule(RuleSpec.of("budget-execution")).build(),
                Category.of("产出指标", BigDecimal.valueOf(30)),
                Category.of("效益指标", BigDecimal.valueOf(45)))
            .addBindings(
                RuleBinding.byPath("预算执行/**", RuleSpec.of("budget-execution")),
                RuleBinding.byDirection(Direction.POSITIVE, RuleSpec.of(positiveRule)),
                RuleBinding.byDirection(Direction.REVERSE, RuleSpec.of("reverse-linear")),
                RuleBinding.byDirection(Direction.EQUAL, RuleSpec.of("equality")),
                RuleBinding.byDirection(Direction.QUALITATIVE,
                    RuleSpec.builder().name("qualitative").putNumbers("position", new BigDecimal("0.5")).build()))
            .addAggregators(AggregatorBinding.of("效益指标", RuleSpec.of("weakest-link")))
            .rounding(Rounding.builder().indicator(twoPlaces).group(twoPlaces)
                .total(RoundingStep.of(1, RoundingMode.HALF_EVEN)).build())
            .notApplicable(NotApplicablePolicy.RESCALE_PARENT)
            .unscorable(UnscorablePolicy.REPORTED_SCORE)
            .build();
    }
}
