package org.perfeval.scoring;

import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * Whether an indicator met its target, judged from the target, the actual and the direction, for
 * rules that do not judge it themselves: positive {@code B ≥ A}, reverse {@code B ≤ A}, equality as
 * S4 ({@code A = 0: B ≤ 0}; else {@code B ≥ A}; a range: inside), qualitative as S5. A strict target
 * ({@code >A}, {@code <A}) is missed by A itself; a date target is met by a date not after it.
 */
final class TargetJudge {
    private TargetJudge() {}

    static TargetStatus judge(Indicator indicator, IndicatorPath path, int year) {
        Target target = indicator.target().orElse(null);
        if (target == null) {
            return TargetStatus.NOT_JUDGED;
        }
        if (target instanceof Target.Deadline) {
            return Deadlines.judge(indicator, year);
        }
        Actual actual = indicator.actual();
        if (target instanceof Target.Qualitative) {
            if (actual instanceof Actual.Rated) {
                return ((Actual.Rated) actual).rating() == Rating.ACHIEVED ? TargetStatus.MET : TargetStatus.MISSED;
            }
            return actual instanceof Actual.Described
                && ((Actual.Described) actual).text().equals(((Target.Qualitative) target).word())
                ? TargetStatus.MET : TargetStatus.NOT_JUDGED;
        }
        Comparison c = Comparison.read(indicator, false);
        if (c.reason != null) {
            return TargetStatus.NOT_JUDGED;
        }
        boolean met;
        switch (indicator.direction(path)) {
            case POSITIVE:
                met = c.strict ? c.b.compareTo(c.a) > 0 : c.b.compareTo(c.a) >= 0;
                break;
            case REVERSE:
                met = c.strict ? c.b.compareTo(c.a) < 0 : c.b.compareTo(c.range != null ? c.range.upper() : c.a) <= 0;
                break;
            case EQUAL:
                met = c.range != null ? c.range.contains(c.b)
                    : c.a.signum() == 0 ? c.b.signum() <= 0 : c.b.compareTo(c.a) >= 0;
                break;
            default:
                return TargetStatus.NOT_JUDGED;
        }
        return met ? TargetStatus.MET : TargetStatus.MISSED;
    }
}
