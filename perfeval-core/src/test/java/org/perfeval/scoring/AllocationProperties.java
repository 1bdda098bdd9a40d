package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.perfeval.testing.PerfevalArbitraries;


/** Laws of the largest-remainder allocation: exact sums, within one unit of the exact share, order-blind. */
class AllocationProperties {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return PerfevalArbitraries.points();
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ONE).list().ofMinSize(1).ofMaxSize(9)),
            net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.TEN).ofScale(1)
                .list().ofMinSize(1).ofMaxSize(9)));
    }

    private static String[] names(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            // distinct, and in the reverse of their places, so that name order is not place order
            names[i] = "指标" + (char) ('甲' + (n - 1 - i));
        }
        return names;
    }

    @Property
    void sharesAddUpExactlyAndStayWithinOneUnitOfTheExactShare(@ForAll("amounts") BigDecimal amount,
            @ForAll("weights") List<BigDecimal> weights, @ForAll @IntRange(max = 4) int scale) {
        BigDecimal[] w = weights.toArray(new BigDecimal[0]);
        BigDecimal[] shares = Allocator.shares(amount, w, names(w.length), scale);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int s = Math.max(scale, amount.scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(s);
        for (int i = 0; i < w.length; i++) {
            total = total.add(shares[i]);
            BigDecimal exact = amount.multiply(w[i]).divide(weightSum, 30, RoundingMode.HALF_EVEN);
            assertTrue(shares[i].subtract(exact).abs().compareTo(unit) < 0, shares[i] + " vs " + exact);
            assertTrue(shares[i].scale() <= s);
        }
        assertEquals(0, total.compareTo(amount), total + " of " + amount);
    }

    @Property
    void aShareFollowsItsNameNotItsPlace(@ForAll("amounts") BigDecimal amount, @ForAll("weights") List<BigDecimal> weights,
            @ForAll @IntRange(max = 4) int scale) {
        int n = weights.size();
        BigDecimal[] w = weights.toArray(new BigDecimal[0]);
        String[] names = names(n);
        BigDecimal[] shares = Allocator.shares(amount, w, names, scale);
        BigDecimal[] rw = new BigDecimal[n];
        String[] rn = new String[n];
        for (int i = 0; i < n; i++) {
            rw[i] = w[n - 1 - i];
            rn[i] = names[n - 1 - i];
        }
        BigDecimal[] reversed = Allocator.shares(amount, rw, rn, scale);
        for (int i = 0; i < n; i++) {
            assertEquals(shares[i], reversed[n - 1 - i]);
        }
    }
}
