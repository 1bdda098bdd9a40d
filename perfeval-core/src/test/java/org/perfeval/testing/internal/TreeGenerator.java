package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.testing.internal.TreeSettings.PointsLayout;
import org.perfeval.testing.internal.Vocabulary.LeafKind;

/** Builds indicator trees level by level, as {@link TreeSettings} say. */
public final class TreeGenerator {
    private final TreeSettings settings;
    private final PointsLayout layout;
    private final List<LeafKind> kinds;

    // Trees are built from arbitraries made anew for each node: their edge cases would be computed
    // anew each time, for nothing (the domain's edges come from the vocabulary and the shares).
    private TreeGenerator(TreeSettings settings, PointsLayout layout) {
        this.settings = settings;
        this.layout = layout;
        this.kinds = Leaves.kinds(settings.leaves().directions());
    }

    /**
     * @param settings how trees look
     * @return the top-level nodes of generated trees
     */
    public static Arbitrary<List<IndicatorNode>> trees(TreeSettings settings) {
        if (settings.layout() != null) {
            return new TreeGenerator(settings, settings.layout()).topLevel();
        }
        return Arbitraries.frequency(Tuple.of(5, PointsLayout.ADD_UP), Tuple.of(2, PointsLayout.LEAVES),
                Tuple.of(2, PointsLayout.NONE), Tuple.of(1, PointsLayout.PARTIAL))
            .flatMap(layout -> new TreeGenerator(settings, layout).topLevel());
    }

    private Arbitrary<List<IndicatorNode>> topLevel() {
        Optional<BigDecimal> total = layout == PointsLayout.ADD_UP ? Optional.of(settings.total()) : Optional.empty();
        if (settings.topLevel().isEmpty()) {
            return children(1, total, Vocabulary.TOP_LEVEL);
        }
        List<String> names = new ArrayList<>(settings.topLevel().keySet());
        boolean pointsGiven = settings.topLevel().values().stream().allMatch(p -> p != null);
        Arbitrary<List<Optional<BigDecimal>>> points = pointsGiven && layout == PointsLayout.ADD_UP
            ? Arbitraries.just(names.stream().map(n -> Optional.of(settings.topLevel().get(n))).toList())
            : points(total, names.size());
        return points.flatMap(split -> {
            List<Arbitrary<IndicatorNode>> nodes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Optional<BigDecimal> p = split.get(i);
                nodes.add(isGroup(1).flatMap(group -> group ? group(name, 1, p)
                    : Arbitraries.of(kinds).flatMap(kind -> leaf(kind, name, p))));
            }
            return Combinators.combine(nodes).as(list -> list).withoutEdgeCases();
        });
    }

    private Arbitrary<Boolean> isGroup(int level) {
        if (level < settings.minDepth()) {
            return Arbitraries.just(true);
        }
        if (level >= settings.maxDepth()) {
            return Arbitraries.just(false);
        }
        return Arbitraries.of(true, false);
    }

    private Arbitrary<List<IndicatorNode>> children(int level, Optional<BigDecimal> parentPoints, List<String> groupNames) {
        return Arbitraries.integers().between(settings.minFanOut(), settings.maxFanOut())
            .flatMap(k -> Combinators.combine(isGroup(level).list().ofSize(k), points(parentPoints, k),
                    Names.distinct(groupNames, k), Names.distinctKinds(kinds, k))
                .flatAs((groups, points, names, leafKinds) -> {
                    List<Arbitrary<IndicatorNode>> nodes = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        nodes.add(groups.get(i) ? group(names.get(i), level, points.get(i))
                            : leaf(leafKinds.get(i).kind(), leafKinds.get(i).name(), points.get(i)));
                    }
                    return Combinators.combine(nodes).as(list -> list).withoutEdgeCases();
                }).withoutEdgeCases());
    }

    private Arbitrary<List<Optional<BigDecimal>>> points(Optional<BigDecimal> parent, int k) {
        switch (layout) {
            case ADD_UP:
                return Arbitraries.integers().between(1, 4).list().ofSize(k)
                    .map(weights -> Points.split(parent.orElse(BigDecimal.ZERO), weights).stream().map(Optional::of).toList());
            case PARTIAL:
                return Points.leafPoints().optional(0.5).list().ofSize(k);
            default:
                return Arbitraries.just(java.util.Collections.nCopies(k, Optional.<BigDecimal>empty()));
        }
    }

    private Arbitrary<IndicatorNode> leaf(LeafKind kind, String name, Optional<BigDecimal> points) {
        Arbitrary<Optional<BigDecimal>> own = layout == PointsLayout.LEAVES
            ? Points.leafPoints().map(Optional::of) : Arbitraries.just(points);
        return Leaves.leaf(kind, name, own, settings.leaves()).map(IndicatorNode.class::cast).withoutEdgeCases();
    }

    private Arbitrary<IndicatorNode> group(String name, int level, Optional<BigDecimal> points) {
        Optional<BigDecimal> own = layout == PointsLayout.ADD_UP || layout == PointsLayout.PARTIAL ? points
            : Optional.<BigDecimal>empty();
        int stated = Shares.perMille(settings.leaves().reportedScoreShare());
        Arbitrary<Integer> reporting = Shares.mix(Tuple.of(stated * 4, Arbitraries.just(0)),
            Tuple.of(stated, Arbitraries.just(1)), Tuple.of((1000 - stated) * 5, Arbitraries.just(2)));
        return Combinators.combine(children(level + 1, own, Vocabulary.GROUPS), reporting,
                Arbitraries.integers().between(0, 100))
            .as((children, report, percent) -> {
                IndicatorGroup.Builder group = IndicatorGroup.builder().name(name).addAllChildren(children).points(own);
                own.flatMap(p -> reportedScore(p, children, report, percent)).ifPresent(group::reportedScore);
                return (IndicatorNode) group.build();
            }).withoutEdgeCases();
    }

    /** The sum of the children's reported scores (report 0), a score that need not agree (1), or none (2). */
    private static Optional<BigDecimal> reportedScore(BigDecimal points, List<IndicatorNode> children, int report,
            int percent) {
        if (report == 2) {
            return Optional.empty();
        }
        if (report == 0) {
            BigDecimal sum = BigDecimal.ZERO;
            for (IndicatorNode child : children) {
                if (child.reportedScore().isEmpty()) {
                    return Optional.empty();
                }
                sum = sum.add(child.reportedScore().get());
            }
            return sum.compareTo(points) <= 0 ? Optional.of(sum) : Optional.empty();
        }
        return Optional.of(points.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
            java.math.RoundingMode.DOWN));
    }
}
