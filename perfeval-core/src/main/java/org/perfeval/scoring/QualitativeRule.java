package org.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.perfeval.internal.Exact;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * S5 qualitative bands (定性): 达成 {@code [0.8w, w]}, 部分达成 {@code [0.6w, 0.8w)}, 未达成
 * {@code [0, 0.6w)}; the rating lands at {@code position} inside its band (1, the default: the
 * band's top; 0: its bottom), on the rule set's indicator scale. The top of a half-open band is
 * the greatest value below it at that scale: 7.99 of 10 for 部分达成.
 *
 * <p>Parameters: {@code achieved} (0.8) and {@code partial} (0.6), the bands' lower fractions,
 * {@code 0 < partial < achieved ≤ 1}; {@code position} (1), in {@code [0, 1]}.
 *
 * <p>A rating actual ({@code 达成预期指标}, {@code 部分完成} …) gives its band. A text actual that repeats
 * the target word exactly ({@code 符合} for the target {@code 符合}) counts as 达成: the report states
 * that the target is met in the target's own words. Any other actual cannot be scored.
 */
final class QualitativeRule implements ScoringRule {
    private static final String[] NAMES = {"w", "lower", "upper", "position"};

    private final BigDecimal achieved;
    private final BigDecimal partial;
    private final BigDecimal position;

    private QualitativeRule(BigDecimal achieved, BigDecimal partial, BigDecimal position) {
        this.achieved = achieved;
        this.partial = partial;
        this.position = position;
    }

    static final ScoringRule.Factory FACTORY = spec -> {
        spec.requireOnly(Set.of("achieved", "partial", "position"), Set.of(), false);
        BigDecimal achieved = spec.number("achieved", new BigDecimal("0.8"));
        BigDecimal partial = spec.number("partial", new BigDecimal("0.6"));
        BigDecimal position = spec.number("position", BigDecimal.ONE);
        if (partial.signum() <= 0 || partial.compareTo(achieved) >= 0 || achieved.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rule qualitative needs 0 < partial < achieved <= 1 but has partial "
                + partial.toPlainString() + " and achieved " + achieved.toPlainString());
        }
        if (!Exact.between0And1(position)) {
            throw new IllegalArgumentException("rule qualitative needs position in [0, 1] but has " + position.toPlainString());
        }
        return new QualitativeRule(achieved, partial, position);
    };

    @Override
    public RuleOutcome score(Indicator indicator, ScoringContext context) {
        Rating rating = ratingOf(indicator);
        if (rating == null) {
            return RuleOutcome.notScorable(reason(indicator));
        }
        BigDecimal w = context.points();
        ScoreBand band = band(rating, w);
        BigDecimal raw = pick(band, context.indicatorScale());
        return Outcomes.scored(raw,
            rating == Rating.ACHIEVED ? TargetStatus.MET : TargetStatus.MISSED, band, formula(rating), NAMES,
            new BigDecimal[] {w, band.lower(), band.upper(), position},
            indicator.actual() instanceof Actual.Described ? "the actual repeats the target word: 达成" : null, null, null);
    }

    ScoreBand band(Rating rating, BigDecimal w) {
        switch (rating) {
            case ACHIEVED:
                return ScoreBand.of(rating, achieved.multiply(w), w, true);
            case PARTIALLY_ACHIEVED:
                return ScoreBand.of(rating, partial.multiply(w), achieved.multiply(w), false);
            default:
                return ScoreBand.of(rating, BigDecimal.ZERO, partial.multiply(w), false);
        }
    }

    private BigDecimal pick(ScoreBand band, int scale) {
        if (band.upperInclusive() && position.compareTo(BigDecimal.ONE) == 0) {
            return band.upper();
        }
        BigDecimal low = band.lower().setScale(scale, RoundingMode.CEILING);
        BigDecimal high = band.upperInclusive()
            ? band.upper().setScale(scale, RoundingMode.FLOOR)
            : band.upper().setScale(scale, RoundingMode.CEILING).subtract(BigDecimal.ONE.movePointLeft(scale));
        if (high.compareTo(low) < 0) {
            // The band holds no value at this scale (points of a few hundredths): its exact bottom.
            return band.lower();
        }
        return low.add(position.multiply(high.subtract(low))).setScale(scale, RoundingMode.DOWN);
    }

    private static Rating ratingOf(Indicator indicator) {
        Actual actual = indicator.actual();
        if (actual instanceof Actual.Rated) {
            return ((Actual.Rated) actual).rating();
        }
        if (actual instanceof Actual.Described && indicator.target().orElse(null) instanceof Target.Qualitative
                && ((Actual.Described) actual).text().equals(((Target.Qualitative) indicator.target().get()).word())) {
            return Rating.ACHIEVED;
        }
        return null;
    }

    private static String reason(Indicator indicator) {
        Actual actual = indicator.actual();
        switch (actual.kind()) {
            case MISSING:
                return "the actual is blank";
            case MEASURED:
                return "the actual \"" + actual.print() + "\" is a number, not a rating";
            default:
                return "the actual \"" + actual.print() + "\" is no rating"
                    + indicator.target().map(t -> " and does not repeat the target \"" + t.print() + "\"").orElse("");
        }
    }

    private static String formula(Rating rating) {
        switch (rating) {
            case ACHIEVED:
                return "达成 → [achieved × w, w] at position";
            case PARTIALLY_ACHIEVED:
                return "部分达成 → [partial × w, achieved × w) at position";
            default:
                return "未达成 → [0, partial × w) at position";
        }
    }
}
