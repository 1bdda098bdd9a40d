package org.perfeval.testing.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.perfeval.testing.internal.Vocabulary.LeafKind;


/** Distinct sibling names from a vocabulary; beyond its size, repeats numbered as reports number them. */
final class Names {
    private Names() {}

    /**
     * A kind of leaf under a name of its own.
     *
     * @param kind the kind
     * @param name the name, the kind's own or it numbered
     */
    record Named(LeafKind kind, String name) {}

    static Arbitrary<List<String>> distinct(List<String> pool, int count) {
        return Arbitraries.shuffle(pool).map(shuffled -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add(numbered(shuffled.get(i % shuffled.size()), i / shuffled.size()));
            }
            return names;
        });
    }

    static Arbitrary<List<Named>> distinctKinds(List<LeafKind> pool, int count) {
        return Arbitraries.shuffle(pool).map(shuffled -> {
            List<Named> named = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LeafKind kind = shuffled.get(i % shuffled.size());
                named.add(new Named(kind, numbered(kind.name(), i / shuffled.size())));
            }
            return named;
        });
    }

    private static String numbered(String name, int round) {
        return round == 0 ? name : name + "（" + (round + 1) + "）";
    }
}
