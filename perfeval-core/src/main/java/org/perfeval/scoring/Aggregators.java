package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.perfeval.internal.Exact;
import org.perfeval.rules.Bracket;
import org.perfeval.scoring.spi.Aggregator;
import org.perfeval.scoring.spi.ChildScore;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** The built-in aggregators: weighted sum (the default), weakest link and lookup table. */
final class Aggregators {
    private static final String[] SUM_NAMES = {"Σ awarded", "Σ points", "points"};
    private static final String[] LOOKUP_NAMES = {"rate %", "points"};

    private Aggregators() {}

    /**
     * Weighted sum: the sum of the children's awarded points, each child's points being its share of
     * the group's. When the children's points do not add up to the group's (a report's own error, or
     * children left out as not applicable), they are read as weights: {@code points × Σ awarded /
     * Σ children's points}.
     */
    static final Aggregator WEIGHTED_SUM = (path, points, children) -> {
        BigDecimal awarded = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (ChildScore child : children) {
            awarded = awarded.add(child.awarded());
            weights = weights.add(child.points());
        }
        return weightedSum(awarded, weights, points);
    };

    /** The weighted sum of children whose awarded points and points add up as given; the engine sums them itself. */
    static RuleOutcome weightedSum(BigDecimal awarded, BigDecimal weights, BigDecimal points) {
        BigDecimal[] values = {awarded, weights, points};
        if (weights.compareTo(points) == 0) {
            return outcome(awarded, "Σ awarded", SUM_NAMES, values);
        }
        return outcome(Exact.mulDiv(points, awarded, weights), "points × Σ awarded / Σ points", SUM_NAMES, values);
    }

    /** Weakest link (PEFA M1 in numbers): the lowest child rate times the group's points. */
    static final Aggregator WEAKEST_LINK = (path, points, children) -> {
        ChildScore weakest = children.get(0);
        for (ChildScore child : children) {
            // a/q < a'/q' ⇔ a × q' < a' × q, without division; ties to the first path, not the first listed
            int c = child.awarded().multiply(weakest.points()).compareTo(weakest.awarded().multiply(child.points()));
            if (c < 0 || c == 0 && child.path().compareTo(weakest.path()) < 0) {
                weakest = child;
            }
        }
        return outcome(Exact.mulDiv(points, weakest.awarded(), weakest.points()), "points × min(awarded / points)",
            SUM_NAMES, new BigDecimal[] {weakest.awarded(), weakest.points(), points});
    };

    /**
     * Lookup table: the group's rate, {@code 100 × Σ awarded / Σ points}, falls in one bracket of the
     * {@code table}, whose value is the percent of the group's points awarded. Parameters as the
     * {@code brackets} rule ({@code table}, {@code closed}); values in {@code [0, 100]}.
     */
    static final Aggregator.Factory LOOKUP = spec -> {
        spec.requireOnly(Set.of(), Set.of("closed"), true);
        boolean upperClosed = spec.word("closed", List.of("lower", "upper")).equals("upper");
        BracketTable table = BracketTable.of(spec.table(), upperClosed, "lookup");
        for (Bracket b : table.brackets()) {
            if (b.value().compareTo(Exact.HUNDRED) > 0) {
                throw new IllegalArgumentException("aggregator lookup gives percent of the points, at most 100, but "
                    + b + " gives more");
            }
        }
        return (path, points, children) -> {
            BigDecimal awarded = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (ChildScore child : children) {
                awarded = awarded.add(child.awarded());
                weights = weights.add(child.points());
            }
            BigDecimal rate = Exact.mulDiv(awarded, Exact.HUNDRED, weights);
            Bracket bracket = table.lookup(rate);
            return outcome(Exact.mulDiv(points, bracket.value(), Exact.HUNDRED), "points × table(rate) / 100",
                LOOKUP_NAMES, new BigDecimal[] {rate, points});
        };
    };

    static Aggregator.Factory parameterless(Aggregator aggregator) {
        return spec -> {
            spec.requireOnly(Set.of(), Set.of(), false);
            return aggregator;
        };
    }

    private static RuleOutcome outcome(BigDecimal raw, String formula, String[] names, BigDecimal[] values) {
        return Outcomes.scored(raw, TargetStatus.NOT_JUDGED, null, formula, names, values,
            null, null, null);
    }
}
