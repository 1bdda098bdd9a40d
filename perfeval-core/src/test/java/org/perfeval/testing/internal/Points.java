package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Points, scores and the numbers rules read, as reports print them. */
public final class Points {
    private Points() {}

    /** @return points from 0 to 100 with 0 to 2 places, and now and then 3 */
    public static Arbitrary<BigDecimal> points() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)),
            Tuple.of(3, Arbitraries.integers().between(0, 30).map(BigDecimal::valueOf)),
            Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(3)));
    }

    /** @return the points of one leaf: 1 to 30, whole mostly, halves and hundredths now and then */
    public static Arbitrary<BigDecimal> leafPoints() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(1, 30).map(BigDecimal::valueOf)),
            Tuple.of(2, Arbitraries.integers().between(1, 60).map(n -> BigDecimal.valueOf(n * 5L, 1))),
            Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(30)).ofScale(2)));
    }

    /** @return values as reports print them: −50 to 400, 0 to 2 places, zero often */
    public static Arbitrary<BigDecimal> values() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(400)).ofScale(2)),
            Tuple.of(3, Arbitraries.integers().between(0, 400).map(BigDecimal::valueOf)),
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)));
    }

    /** @return scores from 0 to 100 with two places, as reports print them; the band edges of the grade scales included */
    public static Arbitrary<BigDecimal> scores() {
        Arbitrary<BigDecimal> any = Arbitraries.integers().between(0, 10_000).map(n -> BigDecimal.valueOf(n, 2));
        Arbitrary<BigDecimal> edges = Arbitraries.of("0", "0.00", "49.99", "50", "59.99", "60", "60.00", "69.99", "70",
            "79.99", "80", "84.99", "85", "89.99", "90", "90.00", "99.99", "100", "100.00").map(BigDecimal::new);
        return Arbitraries.frequencyOf(Tuple.of(9, any), Tuple.of(1, edges));
    }

    /**
     * Splits points into parts that add up exactly: each part but the last is its weight's share,
     * truncated to 2 places; the last takes what is left.
     *
     * @param total the points to split, not negative
     * @param weights one positive weight per part, not empty
     * @return the parts, in order
     */
    public static List<BigDecimal> split(BigDecimal total, List<Integer> weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        BigDecimal divisor = BigDecimal.valueOf(sum);
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(weights.get(i))).divide(divisor, 2, RoundingMode.DOWN);
            parts.add(part);
            given = given.add(part);
        }
        parts.add(total.subtract(given));
        return parts;
    }
}
