package org.perfeval.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * A leaf indicator (三级指标): what is measured, the target, the actual, the points and the score the
 * report gives itself, and where a target was missed the reason (偏差原因).
 *
 * <pre>{@code
 * Indicator indicator = Indicator.builder()
 *     .name("标兵奖")
 *     .target(Target.parse("≤50"))
 *     .unit(Unit.PERSON)
 *     .actual(Actual.parse("50"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract non-sealed class Indicator implements IndicatorNode {

    Indicator() {}

    /** Builds an {@link Indicator}; {@code name} and {@code actual} are required. */
    public static final class Builder extends ImmutableIndicator.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the target (指标值); absent for an indicator that the report scores without one, such
     *     as a 预算执行 row whose figures sit in the budget
     */
    public abstract Optional<Target> target();

    /** @return the unit column (度量单位), such as {@code %} or {@code 定性指标}, if printed */
    public abstract Optional<Unit> unit();

    /** @return the actual value (实际完成值); {@link Actual#missing()} for a blank cell */
    public abstract Actual actual();

    /** @return the reason the report gives for a deviation (偏差原因分析), if any */
    public abstract Optional<String> deviationNote();

    /** @return whether the indicator is a core indicator (核心指标) */
    @Value.Default
    public boolean core() {
        return false;
    }

    /**
     * @return a direction stated for the indicator that overrides what the target and the name say,
     *     if any; see {@link #direction()}
     */
    public abstract Optional<Direction> statedDirection();

    /**
     * The direction of this indicator: the stated one if any; else the target's comparator; else
     * {@link Direction#QUALITATIVE} for a word target; else the direction of the {@link Metric} the
     * name refers to; else {@link Direction#inferFromName(String)}.
     *
     * @return the direction, never null
     */
    public Direction direction() {
        Direction stated = statedDirection().orElse(null);
        if (stated != null) {
            return stated;
        }
        Target t = target().orElse(null);
        if (t != null) {
            if (t instanceof Target.Qualitative) {
                return Direction.QUALITATIVE;
            }
            if (t instanceof Target.Range) {
                return Direction.EQUAL;
            }
            Comparator comparator = ((Target.Quantitative) t).comparator();
            if (comparator.statesDirection()) {
                return comparator.direction();
            }
        }
        return metric().map(Metric::direction).orElseGet(() -> Direction.inferFromName(name()));
    }

    /**
     * @return the framework metric this indicator's name refers to, if any; see {@link Metric#byName(String)}.
     *     Found once: the direction, the rules and the audit ask for it again and again.
     */
    @Value.Lazy
    public Optional<Metric> metric() {
        return Metric.byName(name());
    }

    /**
     * @return the unit the target is measured in: the target's own unit, else the unit column, unless
     *     that is the {@code 定性指标} marker
     */
    public Optional<Unit> effectiveUnit() {
        Optional<Unit> own = target().flatMap(Target::unit);
        return own.isPresent() ? own : unit().filter(u -> !u.isQualitativeMarker());
    }

    @Override
    public final boolean isLeaf() {
        return true;
    }

    @Value.Check
    void check() {
        NodeChecks.check(this);
        deviationNote().ifPresent(note -> {
            if (note.isBlank()) {
                throw new IllegalArgumentException("deviation note must not be blank (" + name() + ")");
            }
        });
    }
}
