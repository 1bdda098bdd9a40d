package org.perfeval.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Target;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/** Small evaluations and rule sets for example tests. */
final class Scorer {
    private Scorer() {}

    /** A rule set binding one rule to every indicator, no categories. */
    static RuleSet.Builder ruleSet(RuleSpec rule) {
        return RuleSet.builder().id("test").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1))
            .addBindings(RuleBinding.byPath("**", rule));
    }

    static Evaluation evaluation(IndicatorNode... indicators) {
        return Evaluation.builder().unit("测试单位").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addIndicators(indicators).build();
    }

    /** An indicator with stated points; target may be null. */
    static Indicator leaf(String name, String target, String actual, String points) {
        Indicator.Builder builder = Indicator.builder().name(name).actual(Actual.parse(actual));
        if (points != null) {
            builder.points(new BigDecimal(points));
        }
        if (target != null) {
            builder.target(Target.parse(target));
        }
        return builder.build();
    }

    /** A builder holding every field of a rule set but its categories and bindings, to change one. */
    static RuleSet.Builder copyWithout(RuleSet r) {
        RuleSet.Builder b = RuleSet.builder().id(r.id()).version(r.version()).jurisdiction(r.jurisdiction())
            .title(r.title()).effectiveFrom(r.effectiveFrom()).effectiveUntil(r.effectiveUntil()).kind(r.kind())
            .addAllAggregators(r.aggregators()).groupAggregator(r.groupAggregator()).totalAggregator(r.totalAggregator())
            .allocation(r.allocation()).rounding(r.rounding()).gradeScale(r.gradeScale()).notApplicable(r.notApplicable())
            .unscorable(r.unscorable()).deviation(r.deviation()).audit(r.audit());
        return b;
    }

    /** A copy of a rule set. */
    static RuleSet.Builder copy(RuleSet r) {
        return copyWithout(r).addAllCategories(r.categories()).addAllBindings(r.bindings());
    }

    /** Scores one indicator with one rule through the engine. */
    static NodeResult score(RuleSpec rule, Indicator indicator) {
        return score(ruleSet(rule).build(), indicator);
    }

    static NodeResult score(RuleSet ruleSet, Indicator indicator) {
        EvaluationResult result = Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation(indicator));
        return result.nodes().get(0);
    }

    static NodeResult score(String rule, String target, String actual, String points) {
        return score(RuleSpec.of(rule), leaf("指标", target, actual, points));
    }

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
