package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Arrays;

/** The largest-remainder allocation of {@link Allocation}. */
final class Allocator {
    /** Every integer of this many digits fits a long. */
    private static final int LONG_DIGITS = 18;

    private Allocator() {}

    /**
     * Splits {@code amount} (not negative) in proportion to {@code weights} (each above 0) so that the
     * shares add up exactly to {@code amount}, at {@code scale} places or the amount's own if finer.
     * Leftover units go to the largest remainders, ties to the name first in code-point order.
     */
    static BigDecimal[] shares(BigDecimal amount, BigDecimal[] weights, String[] names, int scale) {
        int n = weights.length;
        int s = Math.max(scale, amount.scale());
        if (allOne(weights)) {
            return equalShares(amount.movePointRight(s), names, s);
        }
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            totalWeight = totalWeight.add(w);
        }
        BigDecimal units = amount.movePointRight(s);
        BigDecimal[] whole = new BigDecimal[n];
        BigDecimal[] remainder = new BigDecimal[n];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal scaled = units.multiply(weights[i]);
            whole[i] = scaled.divideToIntegralValue(totalWeight);
            remainder[i] = scaled.subtract(whole[i].multiply(totalWeight));
            given = given.add(whole[i]);
        }
        int left = units.subtract(given).intValueExact();
        boolean[] topped = new boolean[n];
        for (int round = 0; round < left; round++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (topped[i]) {
                    continue;
                }
                if (best < 0) {
                    best = i;
                    continue;
                }
                int c = remainder[i].compareTo(remainder[best]);
                if (c > 0 || c == 0 && names[i].compareTo(names[best]) < 0) {
                    best = i;
                }
            }
            topped[best] = true;
            whole[best] = whole[best].add(BigDecimal.ONE);
        }
        BigDecimal[] shares = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            shares[i] = whole[i].setScale(0).movePointLeft(s);
        }
        return shares;
    }

    private static boolean allOne(BigDecimal[] weights) {
        for (BigDecimal w : weights) {
            if (w.compareTo(BigDecimal.ONE) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Equal weights leave equal remainders: the leftover units go to the names first in order. */
    private static BigDecimal[] equalShares(BigDecimal units, String[] names, int scale) {
        int n = names.length;
        BigDecimal base;
        BigDecimal topped;
        int left;
        if (units.precision() <= LONG_DIGITS) {
            // Points are hundredths of a few hundred: whole units fit a long, and long division is exact.
            long whole = units.longValueExact();
            base = BigDecimal.valueOf(whole / n, scale);
            topped = BigDecimal.valueOf(whole / n + 1, scale);
            left = (int) (whole % n);
        } else {
            BigDecimal[] split = units.divideAndRemainder(BigDecimal.valueOf(n));
            base = split[0].setScale(0).movePointLeft(scale);
            topped = split[0].add(BigDecimal.ONE).setScale(0).movePointLeft(scale);
            left = split[1].intValueExact();
        }
        BigDecimal[] shares = new BigDecimal[n];
        if (left == 0) {
            Arrays.fill(shares, base);
            return shares;
        }
        for (int i = 0; i < n; i++) {
            int before = 0;
            for (int j = 0; j < n && before < left; j++) {
                if (names[j].compareTo(names[i]) < 0) {
                    before++;
                }
            }
            shares[i] = before < left ? topped : base;
        }
        return shares;
    }
}
