package org.perfeval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.Category;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;

/** The kit's arbitraries give what their configuration says, look like reports, and reach the edges. */
class PerfevalArbitrariesProperties {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Provide
    Arbitrary<Evaluation> addingUp() {
        return PerfevalArbitraries.evaluations().depth(1, 4).fanOut(1, 3).totalPoints(HUNDRED);
    }

    @Provide
    Arbitrary<Evaluation> threeLevels() {
        return PerfevalArbitraries.evaluations().depth(3, 3).fanOut(2, 3).withoutPoints();
    }

    @Provide
    Arbitrary<Evaluation> reverseOnly() {
        return PerfevalArbitraries.evaluations().directions(Direction.REVERSE).missingShare(0).notApplicableShare(0);
    }

    @Provide
    Arbitrary<Evaluation> allBlank() {
        return PerfevalArbitraries.evaluations().missingShare(1).notApplicableShare(0);
    }

    @Provide
    Arbitrary<Evaluation> ministryShaped() {
        return PerfevalArbitraries.evaluations().shapedFor(Profiles.ministryProject());
    }

    @Provide
    Arbitrary<Amount> boundedAmounts() {
        return PerfevalArbitraries.amounts().between(BigDecimal.ONE, new BigDecimal("500")).units(Unit.WAN_YUAN);
    }

    @Provide
    Arbitrary<Indicator> tenPointQualitative() {
        return PerfevalArbitraries.indicators().directions(Direction.QUALITATIVE).points(BigDecimal.TEN);
    }

    @Provide
    Arbitrary<Target> positiveTargets() {
        return PerfevalArbitraries.targets().directions(Direction.POSITIVE);
    }

    @Provide
    Arbitrary<RuleSet> directionRespecting() {
        return PerfevalArbitraries.ruleSets().respectingDirections();
    }

    @Property(tries = 100)
    void statedPointsAddUpLevelByLevelToTheTotal(@ForAll("addingUp") Evaluation evaluation) {
        assertEquals(0, sum(evaluation.indicators()).compareTo(HUNDRED), evaluation::toString);
        for (IndicatorNode node : evaluation.nodesByPath().values()) {
            assertTrue(node.points().isPresent(), node::toString);
            node.reportedScore().ifPresent(s -> assertTrue(s.compareTo(node.points().get()) <= 0));
            if (node instanceof IndicatorGroup) {
                assertEquals(0, sum(((IndicatorGroup) node).children()).compareTo(node.points().get()), node::toString);
            }
        }
    }

    private static BigDecimal sum(List<IndicatorNode> nodes) {
        return nodes.stream().map(n -> n.points().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property(tries = 100)
    void depthAndFanOutAreAsConfigured(@ForAll("threeLevels") Evaluation evaluation) {
        assertTrue(evaluation.indicators().size() >= 2 && evaluation.indicators().size() <= 3);
        for (Map.Entry<IndicatorPath, IndicatorNode> node : evaluation.nodesByPath().entrySet()) {
            assertTrue(node.getValue().points().isEmpty(), "withoutPoints states none");
            if (node.getValue() instanceof Indicator) {
                assertEquals(3, node.getKey().depth(), node.getKey()::toString);
            } else {
                int children = ((IndicatorGroup) node.getValue()).children().size();
                assertTrue(children >= 2 && children <= 3, node.getKey() + " has " + children);
            }
        }
    }

    @Property(tries = 100)
    void leavesHaveTheDirectionsAndSharesAsked(@ForAll("reverseOnly") Evaluation evaluation) {
        for (IndicatorNode node : evaluation.nodesByPath().values()) {
            if (node instanceof Indicator) {
                Indicator leaf = (Indicator) node;
                assertEquals(Direction.REVERSE, leaf.direction(), leaf::toString);
                assertFalse(Set.of(Actual.Kind.MISSING, Actual.Kind.NOT_APPLICABLE).contains(leaf.actual().kind()));
            }
        }
    }

    @Property(tries = 50)
    void aMissingShareOfOneLeavesEveryActualBlank(@ForAll("allBlank") Evaluation evaluation) {
        evaluation.nodesByPath().values().stream().filter(IndicatorNode::isLeaf)
            .forEach(leaf -> assertEquals(Actual.missing(), ((Indicator) leaf).actual()));
    }

    @Property(tries = 100)
    void shapedForARuleSetTheTopLevelIsItsCategories(@ForAll("ministryShaped") Evaluation evaluation) {
        RuleSet rules = Profiles.ministryProject();
        List<String> categories = rules.categories().stream().map(Category::name).toList();
        List<String> top = evaluation.indicators().stream().map(IndicatorNode::name).toList();
        assertFalse(top.isEmpty());
        assertTrue(categories.containsAll(top), top::toString);
        assertEquals(EvaluationKind.PROJECT, evaluation.kind());
        assertTrue(rules.isEffectiveIn(evaluation.year()), () -> "year " + evaluation.year());
        // no leaf is left without a rule, no node outside a category
        assertEquals(List.of(), RuleRegistry.builtIns().lint(rules, evaluation).stream()
            .filter(p -> p.code() == org.perfeval.rules.LintProblem.Code.NO_RULE
                || p.code() == org.perfeval.rules.LintProblem.Code.NODE_WITHOUT_CATEGORY)
            .toList());
    }

    @Property(tries = 200)
    void amountsLieInTheRangeTheUnitAndToTheFen(@ForAll("boundedAmounts") Amount amount) {
        assertEquals(Unit.WAN_YUAN, amount.unit());
        assertTrue(amount.number().compareTo(BigDecimal.ONE) >= 0 && amount.number().compareTo(new BigDecimal("500")) <= 0);
        assertTrue(amount.number().scale() <= 6, amount::toString);
    }

    @Property(tries = 100)
    void indicatorsHaveTheirPointsAndDirection(@ForAll("tenPointQualitative") Indicator indicator) {
        assertEquals(Optional.of(BigDecimal.TEN), indicator.points());
        assertEquals(Direction.QUALITATIVE, indicator.direction());
        assertEquals(Target.Kind.QUALITATIVE, indicator.target().orElseThrow().kind());
    }

    @Property(tries = 100)
    void targetsStateTheirDirection(@ForAll("positiveTargets") Target target) {
        Target.Quantitative quantitative = (Target.Quantitative) target;
        assertEquals(Direction.POSITIVE, quantitative.comparator().direction());
        assertEquals(target, Target.parse(target.print()));
    }

    @Property(tries = 50)
    void generatedRuleSetsLintClean(@ForAll RuleSet any, @ForAll("directionRespecting") RuleSet respecting) {
        assertEquals(List.of(), RuleRegistry.builtIns().lint(any));
        assertEquals(List.of(), RuleRegistry.builtIns().lint(respecting));
    }

    @Property(tries = 30)
    void everyDomainTypeIsProvidedByDefault(@ForAll Evaluation evaluation, @ForAll Indicator indicator,
            @ForAll IndicatorGroup group, @ForAll IndicatorNode node, @ForAll Target target, @ForAll Actual actual,
            @ForAll Amount amount, @ForAll Project project, @ForAll DepartmentBudget budget, @ForAll Claim claim,
            @ForAll GradeScale scale, @ForAll RuleSet ruleSet, @ForAll RuleSpec spec) {
        assertFalse(group.children().isEmpty());
        assertEquals(List.of(), scale.problems());
        assertEquals(target, Target.parse(target.print()));
        assertEquals(actual, Actual.parse(actual.print()));
        assertTrue(amount.signum() >= 0 && project.executed().signum() >= 0);
        assertFalse(budget.metrics().isEmpty() || claim.quote().isBlank() || ruleSet.id().isBlank());
        assertTrue(RuleRegistry.builtIns().ruleNames().contains(spec.name()));
        assertTrue(node.points().map(p -> p.signum() >= 0).orElse(true) && indicator.name().equals(indicator.name().strip()));
        assertTrue(evaluation.year() >= Evaluation.MIN_YEAR);
    }

    /** What a report holds that a rule set must cope with: the kit reaches each of these edges. */
    @Property(tries = 200)
    void evaluationsReachTheEdges(@ForAll Evaluation evaluation) {
        boolean blank = false;
        boolean notApplicable = false;
        boolean disagreeing = false;
        for (IndicatorNode node : evaluation.nodesByPath().values()) {
            if (node instanceof Indicator) {
                Actual.Kind kind = ((Indicator) node).actual().kind();
                blank |= kind == Actual.Kind.MISSING;
                notApplicable |= kind == Actual.Kind.NOT_APPLICABLE;
            }
            if (node instanceof IndicatorGroup && node.reportedScore().isPresent()) {
                BigDecimal children = BigDecimal.ZERO;
                for (IndicatorNode child : ((IndicatorGroup) node).children()) {
                    children = children.add(child.reportedScore().orElse(BigDecimal.ZERO));
                }
                disagreeing |= children.compareTo(node.reportedScore().get()) != 0;
            }
        }
        boolean zeroBudget = evaluation.budget().flatMap(DepartmentBudget::adjustedBudget).map(Amount::isZero).orElse(false);
        boolean sixPlaces = evaluation.budget().flatMap(DepartmentBudget::expenditure).map(a -> a.number().scale() == 6)
            .orElse(false);
        Statistics.label("blank actual").collect(blank);
        Statistics.label("not-applicable actual").collect(notApplicable);
        Statistics.label("group score disagreeing with its children").collect(disagreeing);
        Statistics.label("zero budget").collect(zeroBudget);
        Statistics.label("amount to six places").collect(sixPlaces);
        Statistics.label("claims").collect(!evaluation.claims().isEmpty());
        for (String label : List.of("blank actual", "not-applicable actual", "group score disagreeing with its children",
                "zero budget", "amount to six places", "claims")) {
            Statistics.label(label).coverage(coverage -> coverage.check(true).count(n -> n > 0));
        }
    }
}
