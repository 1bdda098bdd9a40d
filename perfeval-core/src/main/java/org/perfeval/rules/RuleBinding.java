package org.perfeval.rules;

import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;
import org.perfeval.model.Direction;

/**
 * Binds a rule to the leaf indicators it scores: by {@linkplain By#CODE code}, by
 * {@linkplain By#PATH path pattern}, or by {@linkplain By#DIRECTION direction}. When several
 * bindings match one indicator, a code binding wins over a path binding, and a path binding over a
 * direction binding; among bindings of one kind, the first listed wins, and a rule set's lint
 * against an evaluation reports the clash.
 *
 * <p>A path pattern is a path of names with {@code /}, where a whole segment {@code *} matches any
 * one name and {@code **} any number of names, none included: {@code 产出指标/**},
 * {@code 投入管理/*}{@code /预算执行率}. Names match with or without a trailing {@code 指标}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class RuleBinding {

    RuleBinding() {}

    /** What a binding selects indicators by. */
    public enum By {
        /** The indicator's code, exactly. */
        CODE,
        /** A path pattern. */
        PATH,
        /** The indicator's {@link Direction}, by its enum name ({@code POSITIVE}, …). */
        DIRECTION
    }

    /** Builds a {@link RuleBinding}; {@code by}, {@code value} and {@code rule} are required. */
    public static final class Builder extends ImmutableRuleBinding.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param code an indicator code, such as {@code "OUT-01"}
     * @param rule the rule, not null
     * @return the binding
     */
    public static RuleBinding byCode(String code, RuleSpec rule) {
        return builder().by(By.CODE).value(code).rule(rule).build();
    }

    /**
     * @param pattern a path pattern, such as {@code 产出指标/**}
     * @param rule the rule, not null
     * @return the binding
     */
    public static RuleBinding byPath(String pattern, RuleSpec rule) {
        return builder().by(By.PATH).value(pattern).rule(rule).build();
    }

    /**
     * @param direction a direction, not null
     * @param rule the rule, not null
     * @return the binding
     */
    public static RuleBinding byDirection(Direction direction, RuleSpec rule) {
        return builder().by(By.DIRECTION).value(direction.name()).rule(rule).build();
    }

    /** @return what the binding selects by */
    public abstract By by();

    /** @return the code, the path pattern, or the direction's enum name */
    public abstract String value();

    /** @return the rule bound */
    public abstract RuleSpec rule();

    @Value.Check
    void check() {
        if (value().isBlank()) {
            throw new IllegalArgumentException("rule binding by " + by() + " needs a value (rule " + rule().name() + ")");
        }
    }

    /** @return such as {@code PATH 产出指标/** → positive} */
    @Override
    public String toString() {
        return by() + " " + value() + " → " + rule();
    }
}
