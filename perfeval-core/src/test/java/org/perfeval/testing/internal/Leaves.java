package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.perfeval.model.Actual;
import org.perfeval.model.Comparator;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.testing.internal.Vocabulary.LeafKind;

/**
 * Realistic leaves: a kind from the vocabulary, a target that fits it, an actual around the target.
 *
 * <p>Every random choice of a leaf comes from one list of draws, whole numbers in [0, 10 000): one
 * generator serves every leaf (fast), and a draw shrinks towards 0, the plainest choice (the
 * canonical symbol, an actual exactly on target, the first rating).
 */
public final class Leaves {
    private static final int SCALE = 10_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> NOT_APPLICABLE = List.of("不适用", "不涉及", "N/A", "/");
    private static final List<String> SEPARATORS = List.of("-", "~", "～", "至");
    private static final BigDecimal[] FACTOR_LOW = {BigDecimal.ONE, new BigDecimal("0.9"), BigDecimal.ZERO,
        BigDecimal.ONE, new BigDecimal("1.3")};
    private static final BigDecimal[] FACTOR_HIGH = {BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.9"),
        new BigDecimal("1.3"), BigDecimal.valueOf(3)};

    /** The draws of one leaf. */
    private static final Arbitrary<List<Integer>> DRAWS = Arbitraries.integers().between(0, SCALE - 1).list()
        .ofSize(Draw.values().length);

    /** What each draw decides. */
    private enum Draw {
        UNIT_ON_TARGET, COMPARATOR, SYMBOL, VALUE, VALUE_EDGE, SPACED, RANGE, RANGE_OTHER, SEPARATOR, ACTUAL, STATED,
        FACTOR_CLASS, FACTOR, ANYWHERE, ANYWHERE_VALUE, PRINT_UNIT, RATING, WORDING, OTHER_WORD, REPORTED, REPORTED_KIND,
        REPORTED_PERCENT, STATE_DIRECTION, CORE
    }

    private Leaves() {}

    /**
     * What leaves look like.
     *
     * @param directions the directions leaves may have
     * @param missingShare the probability of a blank actual
     * @param notApplicableShare the probability of a not-applicable actual
     * @param reportedScoreShare the probability of a reported score on a leaf with points
     */
    public record Settings(Set<Direction> directions, double missingShare, double notApplicableShare,
            double reportedScoreShare) {
        /** Every direction, 5% blanks, 5% not applicable, 70% reported scores. */
        public static final Settings DEFAULT = new Settings(EnumSet.allOf(Direction.class), 0.05, 0.05, 0.7);

        /** Checks the shares and copies the directions. */
        public Settings {
            directions = Set.copyOf(directions);
            if (directions.isEmpty()) {
                throw new IllegalArgumentException("directions must not be empty");
            }
            Shares.check(missingShare, "missingShare");
            Shares.check(notApplicableShare, "notApplicableShare");
            Shares.check(reportedScoreShare, "reportedScoreShare");
        }

        /** @throws IllegalArgumentException if blanks and not-applicable actuals together exceed 1 */
        void checkActualShares() {
            if (missingShare + notApplicableShare > 1) {
                throw new IllegalArgumentException("missingShare + notApplicableShare must be at most 1 but was "
                    + missingShare + " + " + notApplicableShare);
            }
        }

        /**
         * @param given the directions, not empty
         * @return a copy with these directions
         */
        public Settings withDirections(Direction... given) {
            if (given.length == 0) {
                throw new IllegalArgumentException("directions must not be empty");
            }
            return new Settings(Set.of(given), missingShare, notApplicableShare, reportedScoreShare);
        }

        /**
         * @param share the probability of a blank actual
         * @return a copy with it
         */
        public Settings withMissingShare(double share) {
            return new Settings(directions, share, notApplicableShare, reportedScoreShare);
        }

        /**
         * @param share the probability of a not-applicable actual
         * @return a copy with it
         */
        public Settings withNotApplicableShare(double share) {
            return new Settings(directions, missingShare, share, reportedScoreShare);
        }

        /**
         * @param share the probability of a reported score
         * @return a copy with it
         */
        public Settings withReportedScoreShare(double share) {
            return new Settings(directions, missingShare, notApplicableShare, share);
        }
    }

    /**
     * @param directions the directions wanted
     * @return the kinds of leaf with one of them
     */
    public static List<LeafKind> kinds(Set<Direction> directions) {
        List<LeafKind> kinds = new ArrayList<>();
        for (LeafKind kind : Vocabulary.LEAVES) {
            if (directions.contains(kind.direction())) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * @param directions the directions of the kinds to draw from
     * @param bareAllowed whether targets printed without comparator may come out
     * @return targets of those kinds
     */
    public static Arbitrary<Target> targets(Set<Direction> directions, boolean bareAllowed) {
        List<LeafKind> kinds = kinds(directions);
        return Combinators.combine(Arbitraries.of(kinds), DRAWS)
            .as((kind, d) -> target(kind, bareAllowed, d));
    }

    /**
     * @param settings the shares of blanks and not-applicable actuals
     * @return the actuals of leaves of every kind
     */
    public static Arbitrary<Actual> actuals(Settings settings) {
        settings.checkActualShares();
        return Combinators.combine(Arbitraries.of(Vocabulary.LEAVES), DRAWS)
            .as((kind, d) -> actual(kind, target(kind, true, d), settings, d));
    }

    /**
     * @param kind a kind of leaf
     * @param name the leaf's name: the kind's own, or it numbered
     * @param points the points it states, if any
     * @param settings shares and directions
     * @return leaves of that kind
     */
    public static Arbitrary<Indicator> leaf(LeafKind kind, String name, Optional<BigDecimal> points, Settings settings) {
        settings.checkActualShares();
        return DRAWS.map(d -> leaf(kind, name, points, settings, d));
    }

    /**
     * @param kind a kind of leaf
     * @param name the leaf's name: the kind's own, or it numbered
     * @param points the points it states, if any
     * @param settings shares and directions
     * @return leaves of that kind
     */
    public static Arbitrary<Indicator> leaf(LeafKind kind, String name, Arbitrary<Optional<BigDecimal>> points,
            Settings settings) {
        settings.checkActualShares();
        return Combinators.combine(points, DRAWS).as((p, d) -> leaf(kind, name, p, settings, d));
    }

    /**
     * @param points the points of each leaf
     * @param settings shares and directions
     * @return leaves of every kind with the settings' directions
     */
    public static Arbitrary<Indicator> leaves(Arbitrary<Optional<BigDecimal>> points, Settings settings) {
        settings.checkActualShares();
        return Combinators.combine(Arbitraries.of(kinds(settings.directions())), points, DRAWS)
            .as((kind, p, d) -> leaf(kind, kind.name(), p, settings, d));
    }

    private static int draw(List<Integer> d, Draw which) {
        return d.get(which.ordinal());
    }

    /** @return {@code true} for the draw's first {@code weight} out of {@code total} */
    private static boolean below(List<Integer> d, Draw which, int weight, int total) {
        return draw(d, which) % total < weight;
    }

    private static <T> T pick(List<Integer> d, Draw which, List<T> from) {
        return from.get(draw(d, which) % from.size());
    }

    private static BigDecimal fraction(List<Integer> d, Draw which) {
        return BigDecimal.valueOf(draw(d, which), 4);
    }

    private static BigDecimal between(BigDecimal low, BigDecimal high, BigDecimal fraction, int scale) {
        return low.add(high.subtract(low).multiply(fraction)).setScale(scale, RoundingMode.HALF_UP);
    }

    private static Indicator leaf(LeafKind kind, String name, Optional<BigDecimal> points, Settings settings,
            List<Integer> d) {
        // a target without comparator takes its direction from the name: only under the kind's own name
        Target target = target(kind, name.startsWith(kind.name()), d);
        boolean column = target.unit().isEmpty() && (kind.unit().isPresent() || below(d, Draw.UNIT_ON_TARGET, 1, 3));
        Indicator.Builder leaf = Indicator.builder().name(name).target(target).actual(actual(kind, target, settings, d))
            .points(points).reportedScore(reportedScore(points, settings, d)).core(below(d, Draw.CORE, 1, 10));
        if (column) {
            // the unit column (度量单位); 定性指标 for a word
            leaf.unit(kind.unit().orElse(Unit.QUALITATIVE));
        }
        if (below(d, Draw.STATE_DIRECTION, 1, 10)) {
            leaf.statedDirection(kind.direction());
        }
        return leaf.build();
    }

    private static Target target(LeafKind kind, boolean bareAllowed, List<Integer> d) {
        if (kind.direction() == Direction.QUALITATIVE) {
            return Target.qualitative(kind.word());
        }
        boolean unitOnTarget = !below(d, Draw.UNIT_ON_TARGET, 1, 3);
        Optional<Unit> unit = unitOnTarget ? kind.unit() : Optional.empty();
        BigDecimal value = value(kind, d, Draw.VALUE);
        if (kind.direction() == Direction.EQUAL && below(d, Draw.RANGE, 1, 3)) {
            BigDecimal other = value(kind, d, Draw.RANGE_OTHER);
            return new Target.Range(value.min(other), value.max(other), pick(d, Draw.SEPARATOR, SEPARATORS), unit);
        }
        List<Comparator> comparators = new ArrayList<>();
        switch (kind.direction()) {
            case POSITIVE:
                comparators.addAll(List.of(Comparator.AT_LEAST, Comparator.AT_LEAST, Comparator.AT_LEAST,
                    Comparator.AT_LEAST, Comparator.AT_LEAST, Comparator.AT_LEAST, Comparator.MORE_THAN));
                break;
            case REVERSE:
                comparators.addAll(List.of(Comparator.AT_MOST, Comparator.AT_MOST, Comparator.AT_MOST,
                    Comparator.AT_MOST, Comparator.AT_MOST, Comparator.AT_MOST, Comparator.LESS_THAN));
                break;
            default:
                comparators.add(Comparator.EXACTLY);
                break;
        }
        if (bareAllowed && kind.bareReadsSame()) {
            comparators.addAll(List.of(Comparator.NONE, Comparator.NONE, Comparator.NONE));
        }
        Comparator comparator = pick(d, Draw.COMPARATOR, comparators);
        // the canonical symbol mostly, every other printed form now and then
        String symbol = below(d, Draw.SYMBOL, 4, 5) ? comparator.symbol() : pick(d, Draw.SYMBOL, comparator.symbols());
        boolean spaced = unit.isPresent() && !unit.get().isPercent() && below(d, Draw.SPACED, 1, 5)
            && draw(d, Draw.SPACED) > 0;
        return new Target.Quantitative(comparator, symbol, value, unit, spaced);
    }

    private static BigDecimal value(LeafKind kind, List<Integer> d, Draw which) {
        if (below(d, Draw.VALUE_EDGE, 1, 7) && draw(d, Draw.VALUE_EDGE) > 0) {
            return draw(d, Draw.VALUE_EDGE) % 2 == 0 ? kind.low() : kind.high();
        }
        return between(kind.low(), kind.high(), fraction(d, which), kind.scale());
    }

    private static Actual actual(LeafKind kind, Target target, Settings settings, List<Integer> d) {
        int missing = Shares.perMille(settings.missingShare());
        int notApplicable = Shares.perMille(settings.notApplicableShare());
        int mode = draw(d, Draw.ACTUAL) % 1000;
        // the stated actual for the smallest draws: blanks and not-applicable ones at the top
        if (mode >= 1000 - missing) {
            return Actual.missing();
        }
        if (mode >= 1000 - missing - notApplicable) {
            return new Actual.NotApplicable(pick(d, Draw.WORDING, NOT_APPLICABLE));
        }
        if (kind.direction() == Direction.QUALITATIVE) {
            return judged(kind, d);
        }
        if (draw(d, Draw.STATED) % 13 == 12) {
            // text against a number (完成 for ≤30 万元)
            return rated(d);
        }
        return measured(kind, target, d);
    }

    private static Actual rated(List<Integer> d) {
        int r = draw(d, Draw.RATING) % 9;
        Rating rating = r < 6 ? Rating.ACHIEVED : r < 8 ? Rating.PARTIALLY_ACHIEVED : Rating.NOT_ACHIEVED;
        String words = below(d, Draw.WORDING, 3, 4) ? rating.canonicalWords() : pick(d, Draw.WORDING, rating.words());
        return new Actual.Rated(rating, words);
    }

    private static Actual judged(LeafKind kind, List<Integer> d) {
        int stated = draw(d, Draw.STATED) % 9;
        if (stated < 6) {
            return rated(d);
        }
        if (stated < 8) {
            // the target's own word, which S5 counts as met
            return new Actual.Described(kind.word());
        }
        return new Actual.Described(pick(d, Draw.OTHER_WORD, Vocabulary.WORDS));
    }

    private static Actual measured(LeafKind kind, Target target, List<Integer> d) {
        BigDecimal reference;
        if (target instanceof Target.Range) {
            reference = ((Target.Range) target).upper();
        } else {
            reference = ((Target.Quantitative) target).value();
        }
        Unit unit = kind.unit().orElse(null);
        int scale = unit != null && (unit.isPercent() || unit.isMoney()) ? Math.max(2, kind.scale()) : kind.scale();
        BigDecimal value;
        if (below(d, Draw.ANYWHERE, 1, 6) && draw(d, Draw.ANYWHERE) > 0) {
            // independent of the target: negative values (预算调整率 −31.55%) and values around a zero target
            BigDecimal reach = kind.high().max(BigDecimal.TEN);
            value = between(reach.negate(), reach.multiply(BigDecimal.valueOf(2)), fraction(d, Draw.ANYWHERE_VALUE), scale);
        } else {
            // on the target, just below, well below, above, far above
            int c = draw(d, Draw.FACTOR_CLASS) % 12;
            int factorClass = c < 3 ? 0 : c < 6 ? 1 : c < 8 ? 2 : c < 11 ? 3 : 4;
            BigDecimal factor = between(FACTOR_LOW[factorClass], FACTOR_HIGH[factorClass], fraction(d, Draw.FACTOR), 3);
            value = reference.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
        }
        Optional<Unit> printed = unit != null && below(d, Draw.PRINT_UNIT, 1, 2) ? Optional.of(unit) : Optional.empty();
        return new Actual.Measured(value, printed, false);
    }

    private static Optional<BigDecimal> reportedScore(Optional<BigDecimal> points, Settings settings, List<Integer> d) {
        if (points.isEmpty() || draw(d, Draw.REPORTED) % 1000 >= Shares.perMille(settings.reportedScoreShare())) {
            return Optional.empty();
        }
        BigDecimal w = points.get();
        int kind = draw(d, Draw.REPORTED_KIND) % 9;
        if (kind < 3) {
            return Optional.of(w);
        }
        if (kind == 8) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal percent = BigDecimal.valueOf(draw(d, Draw.REPORTED_PERCENT) % 101);
        return Optional.of(w.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN));
    }
}
