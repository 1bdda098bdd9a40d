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

    @Override
    public abstract Optional<java.math.BigDecimal> reportedRate();

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
     * The direction of this indicator wherever it stands: the stated one if any; else the target's:
     * its comparator, {@link Direction#QUALITATIVE} for a word, {@link Direction#EQUAL} for a range,
     * {@link Direction#REVERSE} for a date (earlier is better); else the direction of the {@link Metric}
     * the name refers to; else {@link Direction#inferFromName(String)}. See {@link #direction(IndicatorPath)}
     * for the direction in its place in a tree.
     *
     * @return the direction, never null
     */
    public Direction direction() {
        Direction printed = printedDirection();
        return printed != null ? printed : metric().map(Metric::direction).orElseGet(() -> Direction.inferFromName(name()));
    }

    /**
     * The direction of this indicator in its place in the tree, as a reader of the report takes it:
     * as {@link #direction()}, except that a row whose target prints no comparator and that stands under
     * a cost group (a group whose name holds 成本, such as 成本指标) is lower-is-better whatever its name
     * says, unless the row is a rate (its name ends with 率: 成本控制率, 达标率), whose name decides.
     *
     * @param path the indicator's path, its own name last, not null
     * @return the direction, never null
     */
    public Direction direction(IndicatorPath path) {
        Direction printed = printedDirection();
        if (printed != null) {
            return printed;
        }
        if (Direction.isUnderCostGroup(path.names()) && !Direction.isRate(name())) {
            return Direction.REVERSE;
        }
        return direction();
    }

    /** @return the direction the indicator's statement or printed target gives, or null if they give none */
    private Direction printedDirection() {
        Direction stated = statedDirection().orElse(null);
        if (stated != null) {
            return stated;
        }
        Target t = target().orElse(null);
        if (t instanceof Target.Qualitative) {
            return Direction.QUALITATIVE;
        }
        if (t instanceof Target.Range) {
            return Direction.EQUAL;
        }
        if (t instanceof Target.Deadline) {
            return Direction.REVERSE;
        }
        if (t instanceof Target.Quantitative && ((Target.Quantitative) t).comparator().statesDirection()) {
            return ((Target.Quantitative) t).comparator().direction();
        }
        return null;
    }

    /**
     * The unit a printed unit means here: {@code 万} alone ({@code 80万}) is {@link Unit#WAN_YUAN} in a
     * money context, that is when the unit column is {@code 元} or {@code 万元} or the name speaks of
     * money (资金, 成本, 经费, 投资, 金额, 费用, 预算, 收入, 支出); any other unit, {@code 万人次} included,
     * is itself.
     *
     * @param printed a unit printed with the target or actual, not null
     * @return the unit it means for this indicator
     */
    public Unit moneyUnit(Unit printed) {
        if (printed.symbol().equals("万") && isMoneyContext()) {
            return Unit.WAN_YUAN;
        }
        return printed;
    }

    /**
     * The target as a sum of money, when it is one here: a number whose unit (its own, else the unit
     * column) is {@code 元} or {@code 万元}, or {@code 万} in a money context ({@link #moneyUnit(Unit)}):
     * {@code ≤80万} beside a {@code 元} column is 80 万元, that is 800,000 元.
     *
     * @return the target's value as an amount, if the target is a number of money
     */
    public Optional<Amount> targetAmount() {
        if (!(target().orElse(null) instanceof Target.Quantitative)) {
            return Optional.empty();
        }
        Target.Quantitative quantity = (Target.Quantitative) target().get();
        Optional<Unit> unit = quantity.unit().isPresent() ? quantity.unit() : unit();
        return unit.map(this::moneyUnit).filter(Unit::isMoney).map(u -> Amount.of(quantity.value(), u));
    }

    /** @return whether the unit column is money or the name speaks of money */
    public boolean isMoneyContext() {
        if (unit().map(Unit::isMoney).orElse(false)) {
            return true;
        }
        for (String word : MONEY_WORDS) {
            if (name().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MONEY_WORDS = {"资金", "成本", "经费", "投资", "金额", "费用", "预算", "收入", "支出"};

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
