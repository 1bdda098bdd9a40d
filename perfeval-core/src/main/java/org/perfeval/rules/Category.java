package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A first-level category (一级指标) and the points a rule set gives it, such as 投入管理 20.
 *
 * <p>A category matches the top-level node of the same name; a trailing {@code 指标} is ignored on
 * either side, so {@code 产出} matches {@code 产出指标} and back. Its points replace any points the
 * report states on the node (the report keeps them as stated points beside the result).
 *
 * <p>When the evaluation has no node for the category: with a {@link #rule()} the category is
 * scored as one indicator by that rule (预算执行 from the budget by {@code budget-execution});
 * with {@link #whenAbsent()} its points go to other categories (满意度 10 → 产出 5, 效益 5); with
 * neither its points stay in the maximum and are not earned.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Category {

    Category() {}

    /** Builds a {@link Category}; {@code name} and {@code points} are required. */
    public static final class Builder extends ImmutableCategory.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name the category's name, such as {@code 投入管理}
     * @param points its points, not negative
     * @return the category
     */
    public static Category of(String name, BigDecimal points) {
        return builder().name(name).points(points).build();
    }

    /** @return the category's name, such as {@code 产出指标} */
    public abstract String name();

    /** @return the points, not negative */
    public abstract BigDecimal points();

    /** @return the rule that scores the category itself when the evaluation has no node for it */
    public abstract Optional<RuleSpec> rule();

    /** @return where the points go when the evaluation has no node for it: category name → points */
    public abstract Map<String, BigDecimal> whenAbsent();

    @Value.Check
    void check() {
        if (name().isBlank() || name().contains("/")) {
            throw new IllegalArgumentException("category name must be non-blank without '/' but was \"" + name() + "\"");
        }
        Decimals.checkBounded(points(), "points of category " + name());
        if (points().signum() < 0) {
            throw new IllegalArgumentException("points of category " + name() + " must be >= 0 but was "
                + points().toPlainString());
        }
        whenAbsent().forEach((to, share) -> {
            Decimals.checkBounded(share, "points moved from category " + name() + " to " + to);
            if (share.signum() <= 0) {
                throw new IllegalArgumentException("points moved from category " + name() + " to " + to
                    + " must be > 0 but were " + share.toPlainString());
            }
        });
    }
}
