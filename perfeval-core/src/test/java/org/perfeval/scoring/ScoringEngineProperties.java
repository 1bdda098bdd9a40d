package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.model.GradeScale;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.testing.PerfevalArbitraries;
import org.perfeval.testing.Trees;

/**
 * Laws of the engine over generated evaluations and rule sets that lint clean: it never throws,
 * every node's award lies within its points, the total within the maximum, the grade rises with the
 * total, sibling order changes nothing, scoring twice gives equal results, allocated points add up.
 */
class ScoringEngineProperties {

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return PerfevalArbitraries.evaluations();
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PerfevalArbitraries.ruleSets();
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return PerfevalArbitraries.points();
    }

    private static EvaluationResult score(RuleSet ruleSet, Evaluation evaluation) {
        return Evaluator.of(ruleSet, RuleRegistry.builtIns()).evaluate(evaluation);
    }

    @Property(tries = 250)
    void aRuleSetThatLintsCleanScoresEveryEvaluationWithinItsPoints(@ForAll("ruleSets") RuleSet ruleSet,
            @ForAll("evaluations") Evaluation evaluation) {
        assertEquals(List.of(), RuleRegistry.builtIns().lint(ruleSet));
        EvaluationResult result = score(ruleSet, evaluation);
        for (NodeResult node : result.nodes()) {
            assertTrue(node.awarded().signum() >= 0, node::toString);
            assertTrue(node.awarded().compareTo(node.applicablePoints()) <= 0, node::toString);
            assertTrue(node.applicablePoints().compareTo(node.points()) <= 0, node::toString);
        }
        result.total().ifPresentOrElse(total -> {
            assertTrue(total.signum() >= 0 && total.compareTo(result.maximum()) <= 0, result::toString);
            assertEquals(result.grade(), Optional.of(ruleSet.gradeScale().gradeOf(total)));
        }, () -> {
            assertEquals(Optional.empty(), result.grade());
            assertTrue(result.findings().stream().anyMatch(f -> f.code() == FindingCode.TOTAL_NOT_COMPUTABLE),
                result::toString);
        });
        assertEquals(evaluation.nodesByPath().keySet().stream().filter(p -> true).count(),
            result.nodes().stream().filter(n -> evaluation.nodesByPath().containsKey(n.path())).count());
    }

    @Property(tries = 250)
    void theTotalIsNoMoreThanTheSumOfTheTopLevelPoints(@ForAll("ruleSets") RuleSet ruleSet,
            @ForAll("evaluations") Evaluation evaluation) {
        EvaluationResult result = score(ruleSet, evaluation);
        BigDecimal awarded = BigDecimal.ZERO;
        for (NodeResult top : result.categories()) {
            awarded = awarded.add(top.awarded());
        }
        if (ruleSet.notApplicable() == NotApplicablePolicy.ZERO && result.unearnedCategories().isEmpty()
                && ruleSet.totalAggregator().name().equals("weighted-sum")) {
            BigDecimal points = result.categories().stream().map(NodeResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (points.compareTo(result.maximum()) == 0 && result.total().isPresent()) {
                // consistent points, nothing left out: the total is the rounded sum of the categories
                assertEquals(0, ruleSet.rounding().total().round(awarded).compareTo(result.total().orElseThrow()),
                    result::toString);
            }
        }
        assertTrue(result.total().map(t -> t.compareTo(result.maximum()) <= 0).orElse(true));
    }

    @Property
    void theGradeRisesWithTheTotal(@ForAll("totals") BigDecimal t1, @ForAll("totals") BigDecimal t2) {
        for (GradeScale scale : List.of(GradeScale.standard(), GradeScale.omb())) {
            BigDecimal low = t1.min(t2);
            BigDecimal high = t1.max(t2);
            assertTrue(scale.gradeOf(low).lowerBound().compareTo(scale.gradeOf(high).lowerBound()) <= 0);
        }
    }

    @Property(tries = 250)
    void siblingOrderChangesNothing(@ForAll("ruleSets") RuleSet ruleSet, @ForAll("evaluations") Evaluation evaluation) {
        EvaluationResult forward = score(ruleSet, evaluation);
        EvaluationResult backward = score(ruleSet, Trees.reversed(evaluation));
        assertEquals(forward.total(), backward.total());
        assertEquals(forward.grade(), backward.grade());
        assertEquals(forward.nodesByPath().keySet(), backward.nodesByPath().keySet());
        for (Map.Entry<IndicatorPath, NodeResult> node : forward.nodesByPath().entrySet()) {
            assertEquals(node.getValue(), backward.nodesByPath().get(node.getKey()));
        }
    }

    @Property(tries = 150)
    void scoringTwiceGivesEqualResults(@ForAll("ruleSets") RuleSet ruleSet, @ForAll("evaluations") Evaluation evaluation) {
        Evaluator engine = Evaluator.of(ruleSet, RuleRegistry.builtIns());
        assertEquals(engine.evaluate(evaluation), engine.evaluate(evaluation));
        assertEquals(engine.evaluate(evaluation), score(ruleSet, evaluation));
    }

    @Property(tries = 250)
    void allocatedPointsAddUpExactlyToWhatTheParentLeaves(@ForAll("ruleSets") RuleSet ruleSet,
            @ForAll("evaluations") Evaluation evaluation) {
        EvaluationResult result = score(ruleSet, evaluation);
        for (NodeResult group : result.nodes()) {
            if (group.leaf()) {
                continue;
            }
            List<NodeResult> children = new ArrayList<>();
            for (NodeResult node : result.nodes()) {
                if (node.path().depth() == group.path().depth() + 1
                        && node.path().names().subList(0, group.path().depth()).equals(group.path().names())) {
                    children.add(node);
                }
            }
            BigDecimal fixed = BigDecimal.ZERO;
            BigDecimal allocated = BigDecimal.ZERO;
            boolean any = false;
            for (NodeResult child : children) {
                if (child.pointsSource() == PointsSource.ALLOCATED) {
                    allocated = allocated.add(child.points());
                    any = true;
                } else {
                    fixed = fixed.add(child.points());
                }
            }
            if (any) {
                BigDecimal expected = group.points().subtract(fixed).max(BigDecimal.ZERO);
                assertEquals(0, allocated.compareTo(expected), group + " " + children);
            }
        }
    }
}
