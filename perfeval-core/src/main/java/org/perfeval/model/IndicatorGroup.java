package org.perfeval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Names;
import org.perfeval.internal.PerfevalStyle;


/**
 * A group of indicators (一级 or 二级 indicator), with its points, the score the report gives it and
 * its children, which are groups or leaves. Any depth.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract non-sealed class IndicatorGroup implements IndicatorNode {

    IndicatorGroup() {}

    /** Builds an {@link IndicatorGroup}; {@code name} and at least one child are required. */
    public static final class Builder extends ImmutableIndicatorGroup.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the children in report order; never empty, names distinct */
    public abstract List<IndicatorNode> children();

    /**
     * @return the score rate (得分率) the report prints for the group, as a percentage such as
     *     {@code 98.375}, if printed
     */
    @Override
    public abstract Optional<BigDecimal> reportedRate();

    @Override
    public final boolean isLeaf() {
        return false;
    }

    @Value.Check
    void check() {
        NodeChecks.check(this);
        if (children().isEmpty()) {
            throw new IllegalArgumentException("indicator group must have at least one child (" + name() + ")");
        }
        String repeated = IndicatorTrees.firstRepeatedName(children());
        if (repeated != null) {
            throw new IllegalArgumentException("duplicate indicator name \"" + Names.visible(repeated)
                + "\" among the children of " + Names.visible(name())
                + " (names equal once normalised to NFC and stripped of invisible characters are one name)");
        }
    }
}
