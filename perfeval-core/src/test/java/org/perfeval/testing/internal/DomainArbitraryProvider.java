package org.perfeval.testing.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * Lets {@code @ForAll Evaluation} (and every other domain type) work without a {@code @Provide}
 * method: the defaults of {@link PerfevalArbitraries}. Listed in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class DomainArbitraryProvider implements ArbitraryProvider {
    private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.ofEntries(
        Map.entry(Amount.class, PerfevalArbitraries::amounts),
        Map.entry(Target.class, PerfevalArbitraries::targets),
        Map.entry(Actual.class, PerfevalArbitraries::actuals),
        Map.entry(Indicator.class, PerfevalArbitraries::indicators),
        Map.entry(IndicatorGroup.class, () -> PerfevalArbitraries.indicatorTrees().depth(2, 3)
            .map(nodes -> (IndicatorGroup) nodes.get(0))),
        Map.entry(IndicatorNode.class, () -> PerfevalArbitraries.indicatorTrees().depth(1, 3).map(nodes -> nodes.get(0))),
        Map.entry(Project.class, PerfevalArbitraries::projects),
        Map.entry(DepartmentBudget.class, PerfevalArbitraries::budgets),
        Map.entry(Claim.class, PerfevalArbitraries::claims),
        Map.entry(Evaluation.class, PerfevalArbitraries::evaluations),
        Map.entry(GradeScale.class, PerfevalArbitraries::gradeScales),
        Map.entry(RuleSet.class, PerfevalArbitraries::ruleSets),
        Map.entry(RuleSpec.class, PerfevalArbitraries::ruleSpecs));

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return type(targetType) != null;
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(ARBITRARIES.get(type(targetType)).get());
    }

    private static Class<?> type(TypeUsage targetType) {
        for (Class<?> type : ARBITRARIES.keySet()) {
            if (targetType.isOfType(type)) {
                return type;
            }
        }
        return null;
    }
}
