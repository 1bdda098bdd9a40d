package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How indicator trees are generated: depth, fan-out, how points are stated, the top level and the
 * leaves. Immutable; every {@code with} method returns a changed copy.
 *
 * @param minDepth the fewest levels down to a leaf
 * @param maxDepth the most levels
 * @param minFanOut the fewest children of a group
 * @param maxFanOut the most children
 * @param layout how points are stated; null mixes every layout
 * @param total the points of the whole tree when they add up
 * @param topLevel the top-level names and their points (null for none), empty to leave the top level free
 * @param leaves how leaves look
 */
public record TreeSettings(int minDepth, int maxDepth, int minFanOut, int maxFanOut, PointsLayout layout,
        BigDecimal total, Map<String, BigDecimal> topLevel, Leaves.Settings leaves) {

    /** Depth 2 to 3, 1 to 4 children, every layout of points adding up to 100, default leaves. */
    public static final TreeSettings DEFAULT = new TreeSettings(2, 3, 1, 4, null, BigDecimal.valueOf(100), Map.of(),
        Leaves.Settings.DEFAULT);

    /** How a tree states its points. */
    public enum PointsLayout {
        /** On every node, adding up exactly level by level. */
        ADD_UP,
        /** On every leaf only; groups take their children's sum. */
        LEAVES,
        /** On no node, as in the Jinshui report. */
        NONE,
        /** Here and there, not adding up. */
        PARTIAL
    }

    /** Copies the top level, keeping its order. */
    public TreeSettings {
        topLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topLevel));
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(leaves, "leaves");
    }

    /**
     * @param min the fewest levels
     * @param max the most levels
     * @return a copy with that depth
     */
    public TreeSettings withDepth(int min, int max) {
        checkRange(min, max, "depth");
        return new TreeSettings(min, max, minFanOut, maxFanOut, layout, total, topLevel, leaves);
    }

    /**
     * @param min the fewest children
     * @param max the most children
     * @return a copy with that fan-out
     */
    public TreeSettings withFanOut(int min, int max) {
        checkRange(min, max, "fanOut");
        return new TreeSettings(minDepth, maxDepth, min, max, layout, total, topLevel, leaves);
    }

    /**
     * @param points the points of the whole tree
     * @return a copy whose points add up to them
     */
    public TreeSettings withTotalPoints(BigDecimal points) {
        Objects.requireNonNull(points, "total");
        if (points.signum() < 0) {
            throw new IllegalArgumentException("total points must be >= 0 but were " + points.toPlainString());
        }
        return new TreeSettings(minDepth, maxDepth, minFanOut, maxFanOut, PointsLayout.ADD_UP, points, topLevel, leaves);
    }

    /** @return a copy stating no points */
    public TreeSettings withoutPoints() {
        return new TreeSettings(minDepth, maxDepth, minFanOut, maxFanOut, PointsLayout.NONE, total, topLevel, leaves);
    }

    /**
     * @param names the top-level names with their points, or null points to split the total
     * @return a copy with that top level
     */
    public TreeSettings withTopLevel(Map<String, BigDecimal> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the top level must name at least one node");
        }
        return new TreeSettings(minDepth, maxDepth, minFanOut, maxFanOut, layout, total, names, leaves);
    }

    /**
     * @param names the top-level names, distinct
     * @return a copy with that top level, the total split among them
     */
    public TreeSettings withTopLevelNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        Map<String, BigDecimal> top = new LinkedHashMap<>();
        for (String name : names) {
            Objects.requireNonNull(name, "top-level name");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("top-level name " + name + " appears twice");
            }
            top.put(name, null);
        }
        return withTopLevel(top);
    }

    /**
     * @param given the leaves' settings
     * @return a copy with them
     */
    public TreeSettings withLeaves(Leaves.Settings given) {
        return new TreeSettings(minDepth, maxDepth, minFanOut, maxFanOut, layout, total, topLevel, given);
    }

    private static void checkRange(int min, int max, String what) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException(what + " must be a range [min, max] with 1 <= min <= max but was ["
                + min + ", " + max + "]");
        }
    }
}
