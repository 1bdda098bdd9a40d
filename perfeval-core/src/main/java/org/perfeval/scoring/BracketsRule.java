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

    private final BracketTable table;
    private final boolean upperClosed;
    private final boolean absolute;

    private BracketsRule(BracketTable table, boolean upperClosed, boolean absolute) {
        this.table = table;
        this.upperClosed = upperClosed;
        this.absolute = absolute;
    }

    static final ScoringRule.Factory FACTORY = spec -> {
        spec.requireOnly(Set.of(), Set.of("closed", "use"), true);
        boolean upperClosed = spec.word("closed", List.of("lower", "upper")).equals("upper");
        return new BracketsRule(BracketTable.of(spec.table(), upperClosed, "brackets"), upperClosed,
            spec.word("use", List.of("value", "absolute")).equals("absolute"));
    };

    /** @return the largest value in the table */
    @Override
    public Optional<BigDecimal> mostPoints() {
        return Optional.of(table.maxValue());
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
        Bracket bracket = table.lookup(x);
        if (bracket.value().compareTo(w) > 0) {
            return RuleOutcome.notScorable("bracket " + bracket + " gives more than the indicator's "
                + w.toPlainString() + " points");
        }
        return Outcomes.scored(bracket.value(), TargetStatus.NOT_JUDGED, null,
            upperClosed ? "value in (from, to] → points" : "value in [from, to) → points", NAMES,
            new BigDecimal[] {x, w}, null, null, null);
    }
}
