package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.ChildScore;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.testing.PerfevalArbitraries;

/** Laws of every built-in aggregator: within the points, monotone in each child, blind to child order. */
class AggregatorProperties {

    @Provide
    Arbitrary<RuleSpec> aggregators() {
        return PerfevalArbitraries.aggregatorSpecs();
    }

    @Provide
    Arbitrary<List<ChildScore>> children() {
        Arbitrary<ChildScore> child = Combinators.combine(Arbitraries.integers().between(0, 9999),
                PerfevalArbitraries.points().filter(p -> p.signum() > 0), Arbitraries.integers().between(0, 100))
            .as((id, points, percent) -> ChildScore.of(IndicatorPath.root().child("c" + id), points,
                points.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 4, java.math.RoundingMode.DOWN)));
        return child.list().ofMinSize(1).ofMaxSize(6).uniqueElements(ChildScore::path);
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        return PerfevalArbitraries.points();
    }

    private static RuleOutcome aggregate(RuleSpec spec, BigDecimal points, List<ChildScore> children) {
        return RuleRegistry.builtIns().aggregator(spec).aggregate(IndicatorPath.parse("组"), points, children);
    }

    @Property
    void awardsBetweenZeroAndThePoints(@ForAll("aggregators") RuleSpec spec, @ForAll("points") BigDecimal points,
            @ForAll("children") List<ChildScore> children) {
        BigDecimal awarded = aggregate(spec, points, children).awarded();
        assertTrue(awarded.signum() >= 0 && awarded.compareTo(points) <= 0, awarded + " of " + points);
    }

    @Property
    void neverFallsWhenAChildEarnsMore(@ForAll("aggregators") RuleSpec spec, @ForAll("points") BigDecimal points,
            @ForAll("children") List<ChildScore> children, @ForAll @IntRange(max = 5) int which) {
        int i = which % children.size();
        ChildScore child = children.get(i);
        List<ChildScore> better = new ArrayList<>(children);
        better.set(i, ChildScore.of(child.path(), child.points(), child.points()));
        assertTrue(aggregate(spec, points, children).awarded().compareTo(aggregate(spec, points, better).awarded()) <= 0);
    }

    @Property
    void doesNotDependOnTheChildrensOrder(@ForAll("aggregators") RuleSpec spec, @ForAll("points") BigDecimal points,
            @ForAll("children") List<ChildScore> children) {
        List<ChildScore> reversed = new ArrayList<>(children);
        Collections.reverse(reversed);
        RuleOutcome one = aggregate(spec, points, children);
        RuleOutcome other = aggregate(spec, points, reversed);
        assertEquals(one.awarded(), other.awarded());
        assertEquals(one.inputs(), other.inputs());
    }

    @Property
    void weightedSumOfConsistentChildrenIsTheirSum(@ForAll("children") List<ChildScore> children) {
        BigDecimal points = children.stream().map(ChildScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sum = children.stream().map(ChildScore::awarded).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum, aggregate(RuleSpec.of("weighted-sum"), points, children).awarded());
    }
}
