package org.perfeval.testing.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Shares of generated values: probabilities as jqwik takes them, checked and turned into frequencies. */
public final class Shares {
    private static final int PER_MILLE = 1000;

    private Shares() {}

    /**
     * @param share a probability
     * @param name the parameter's name, for the message
     * @return the share
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public static double check(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + share);
        }
        return share;
    }

    /**
     * @param share a probability in [0, 1]
     * @return the share in thousandths, as a jqwik frequency
     */
    public static int perMille(double share) {
        return (int) Math.round(share * PER_MILLE);
    }

    /**
     * Mixes arbitraries by frequency, leaving out those of frequency 0.
     *
     * @param <T> the values' type
     * @param weighted frequencies and arbitraries
     * @return the mix
     */
    @SafeVarargs
    public static <T> Arbitrary<T> mix(Tuple.Tuple2<Integer, Arbitrary<T>>... weighted) {
        List<Tuple.Tuple2<Integer, Arbitrary<T>>> kept = new ArrayList<>();
        for (Tuple.Tuple2<Integer, Arbitrary<T>> w : weighted) {
            if (w.get1() > 0) {
                kept.add(w);
            }
        }
        if (kept.size() == 1) {
            return kept.get(0).get2();
        }
        return Arbitraries.frequencyOf(kept);
    }
}
