package org.perfeval.scoring;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.math.BigDecimal;
import java.util.List;
import org.perfeval.rules.Bracket;

/**
 * A bracket table (S8's {@code table}, the {@code lookup} aggregator's) as a map from intervals of
 * the value to brackets: checked once to cover every value exactly once, then looked up in
 * logarithmic time.
 */
final class BracketTable {
    private final RangeMap<BigDecimal, Bracket> brackets;

    private BracketTable(RangeMap<BigDecimal, Bracket> brackets) {
        this.brackets = brackets;
    }

    /**
     * @param table the brackets as the rule set gives them
     * @param upperClosed whether each bracket is {@code (from, to]} rather than {@code [from, to)}
     * @param rule the rule's name, for messages
     * @throws IllegalArgumentException naming the first gap or overlap, or an empty table
     */
    static BracketTable of(List<Bracket> table, boolean upperClosed, String rule) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule + " needs a table of brackets");
        }
        RangeSet<BigDecimal> covered = TreeRangeSet.create();
        ImmutableRangeMap.Builder<BigDecimal, Bracket> map = ImmutableRangeMap.builder();
        for (Bracket bracket : table) {
            Range<BigDecimal> range = range(bracket, upperClosed);
            if (range.isEmpty()) {
                throw new IllegalArgumentException("rule " + rule + " has an empty bracket " + bracket);
            }
            if (covered.intersects(range)) {
                throw new IllegalArgumentException("rule " + rule + " needs brackets that do not overlap but " + bracket
                    + " overlaps " + covered.subRangeSet(range));
            }
            covered.add(range);
            map.put(range, bracket);
        }
        RangeSet<BigDecimal> gaps = covered.complement();
        if (!gaps.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule + " needs a table from -∞ to +∞ without gaps but it leaves "
                + describe(gaps) + " uncovered");
        }
        return new BracketTable(map.build());
    }

    /** @return the bracket the value falls in; a checked table has one for every value */
    Bracket lookup(BigDecimal value) {
        return brackets.get(value);
    }

    /** @return the largest value the table gives */
    BigDecimal maxValue() {
        BigDecimal max = BigDecimal.ZERO;
        for (Bracket b : brackets.asMapOfRanges().values()) {
            max = max.max(b.value());
        }
        return max;
    }

    /** @return every value the table gives */
    Iterable<Bracket> brackets() {
        return brackets.asMapOfRanges().values();
    }

    private static Range<BigDecimal> range(Bracket bracket, boolean upperClosed) {
        BoundType lower = upperClosed ? BoundType.OPEN : BoundType.CLOSED;
        BoundType upper = upperClosed ? BoundType.CLOSED : BoundType.OPEN;
        if (bracket.from().isPresent() && bracket.to().isPresent()) {
            if (bracket.from().get().compareTo(bracket.to().get()) >= 0) {
                return Range.closedOpen(BigDecimal.ZERO, BigDecimal.ZERO);
            }
            return Range.range(bracket.from().get(), lower, bracket.to().get(), upper);
        }
        if (bracket.from().isPresent()) {
            return Range.downTo(bracket.from().get(), lower);
        }
        if (bracket.to().isPresent()) {
            return Range.upTo(bracket.to().get(), upper);
        }
        return Range.all();
    }

    private static String describe(RangeSet<BigDecimal> gaps) {
        StringBuilder out = new StringBuilder();
        for (Range<BigDecimal> gap : gaps.asRanges()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(gap.hasLowerBound() ? (gap.lowerBoundType() == BoundType.CLOSED ? "[" : "(")
                + gap.lowerEndpoint().toPlainString() : "(-∞").append(", ")
                .append(gap.hasUpperBound() ? gap.upperEndpoint().toPlainString()
                    + (gap.upperBoundType() == BoundType.CLOSED ? "]" : ")") : "+∞)");
        }
        return out.toString();
    }
}
