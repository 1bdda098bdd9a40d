package org.perfeval.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * Date targets ({@code 9月前}, {@code 2023年12月}) under the quantitative rules: a date is met or
 * missed, not scored by a formula. Met (the actual date's last day is not after the target's) gives
 * the points, missed gives 0; an actual that is no date (text, blank) is not scorable.
 */
final class Deadlines {
    private Deadlines() {}

    /**
     * @param reason why the quantitative comparison failed
     * @return the outcome for a date target, else not scorable with {@code reason}
     */
    static RuleOutcome orNotScorable(Indicator indicator, ScoringContext context, String reason) {
        Target target = indicator.target().orElse(null);
        if (!(target instanceof Target.Deadline)) {
            return RuleOutcome.notScorable(reason);
        }
        TargetStatus status = judge(indicator, context.evaluation().year());
        if (status == TargetStatus.NOT_JUDGED) {
            return RuleOutcome.notScorable("the target \"" + target.print() + "\" is a date and the actual \""
                + indicator.actual().print() + "\" is none");
        }
        boolean met = status == TargetStatus.MET;
        return RuleOutcome.builder()
            .awarded(met ? context.points() : java.math.BigDecimal.ZERO)
            .formula(met ? "actual date ≤ target date → w" : "actual date > target date → 0")
            .input("w", context.points())
            .targetStatus(status)
            .build();
    }

    /** @return whether the actual date meets the date target, or NOT_JUDGED if either is no date */
    static TargetStatus judge(Indicator indicator, int year) {
        Target target = indicator.target().orElse(null);
        if (!(target instanceof Target.Deadline)) {
            return TargetStatus.NOT_JUDGED;
        }
        Optional<LocalDate> actual = actualLastDay(indicator.actual(), year);
        if (actual.isEmpty()) {
            return TargetStatus.NOT_JUDGED;
        }
        return actual.get().isAfter(((Target.Deadline) target).lastDay(year)) ? TargetStatus.MISSED : TargetStatus.MET;
    }

    /** The last day of the month an actual names ({@code 7月}), or of the date it prints ({@code 2022年10月}). */
    private static Optional<LocalDate> actualLastDay(Actual actual, int year) {
        if (actual instanceof Actual.Measured) {
            Actual.Measured m = (Actual.Measured) actual;
            int month = m.value().intValue();
            if (m.unit().equals(Optional.of(Unit.MONTH)) && m.value().scale() <= 0 && month >= 1 && month <= 12
                    && m.value().compareTo(java.math.BigDecimal.valueOf(month)) == 0) {
                LocalDate first = LocalDate.of(year, month, 1);
                return Optional.of(first.withDayOfMonth(first.lengthOfMonth()));
            }
            return Optional.empty();
        }
        if (actual instanceof Actual.Described) {
            try {
                Target read = Target.parse(actual.print());
                if (read instanceof Target.Deadline) {
                    return Optional.of(((Target.Deadline) read).lastDay(year));
                }
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
