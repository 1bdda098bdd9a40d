package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.rules.Bracket;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * S8 brackets (分档): the actual value falls in one bracket of a table, which gives the points.
 * 重点支出安排率 {@code ≥90 → 5, [80, 90) → 4, [70, 80) → 3, [60, 70) → 2, <60 → 0}; 预算调整率
 * (closed upper) {@code ≤0 → 3, ≤10 → 2, ≤20 → 1, ≤30 → 0.5, >30 → 0}.
 *
 * <p>Parameters: {@code table}, ascending, contiguous, the first bracket unbounded below and the last
 * unbounded above; {@code closed}: {@code lower} (the default: {@code [from, to)}) or {@code upper}
 * ({@code (from, to]}); {@code use}: {@code value} (the default) or {@code absolute} (the absolute
 * value, for rates that may be negative). A bracket that gives more points than the indicator has
 * cannot score it; a rule set's lint against the evaluation reports it.
 */
final class BracketsRule implements ScoringRule {
    private static final String[] NAMES = {"value", "w"};

    private final List<Bracket> table;
    private final boolean upperClosed;
    private final boolean absolute;

    private BracketsRule(List<Bracket> table, boolean upperClosed, boolean absolute) {
        this.table = table;
        this.upperClosed = upperClosed;
        this.absolute = absolute;
    }

    static final ScoringRule.Factory FACTORY = spec -> {
        spec.requireOnly(Set.of(), Set.of("closed", "use"), true);
        checkTable(spec.table(), "brackets");
        return new BracketsRule(spec.table(), spec.word("closed", List.of("lower", "upper")).equals("upper"),
            spec.word("use", List.of("value", "absolute")).equals("absolute"));
    };

    static void checkTable(List<Bracket> table, String rule) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule + " needs a table of brackets");
        }
        if (table.get(0).from().isPresent() || table.get(table.size() - 1).to().isPresent()) {
            throw new IllegalArgumentException("rule " + rule + " needs a table from -∞ to +∞ but it runs from "
                + table.get(0).from().map(BigDecimal::toPlainString).orElse("-∞") + " to "
                + table.get(table.size() - 1).to().map(BigDecimal::toPlainString).orElse("+∞"));
        }
        for (int i = 1; i < table.size(); i++) {
            Bracket before = table.get(i - 1);
            Bracket after = table.get(i);
            if (before.to().isEmpty() || after.from().isEmpty() || before.to().get().compareTo(after.from().get()) != 0) {
                throw new IllegalArgumentException("rule " + rule + " needs contiguous ascending brackets but "
                    + before + " is followed by " + after);
            }
        }
    }

    /** @return the largest value in the table */
    @Override
    public Optional<BigDecimal> mostPoints() {
        BigDecimal max = BigDecimal.ZERO;
        for (Bracket b : table) {
            max = max.max(b.value());
        }
        return Optional.of(max);
    }

    @Override
    public RuleOutcome score(Indicator indicator, ScoringContext context) {
        Actual actual = indicator.actual();
        if (!(actual instanceof Actual.Measured)) {
            return RuleOutcome.notScorable(Comparison.notMeasured(actual, null));
        }
        BigDecimal x = ((Actual.Measured) actual).value();
        if (absolute) {
            x = x.abs();
        }
        BigDecimal w = context.points();
        for (Bracket bracket : table) {
            if (bracket.contains(x, upperClosed)) {
                if (bracket.value().compareTo(w) > 0) {
                    return RuleOutcome.notScorable("bracket " + bracket + " gives more than the indicator's "
                        + w.toPlainString() + " points");
                }
                return Outcomes.scored(bracket.value(), TargetStatus.NOT_JUDGED, null,
                    upperClosed ? "value in (from, to] → points" : "value in [from, to) → points", NAMES,
                    new BigDecimal[] {x, w}, null, null, null);
            }
        }
        throw new IllegalStateException("a checked bracket table covers every value");
    }
}
