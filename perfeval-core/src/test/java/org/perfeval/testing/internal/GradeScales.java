package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;

/** Grade scales without gaps or overlaps over 0 to 100. */
public final class GradeScales {
    private static final List<String> LABELS = List.of("A", "B", "C", "D", "E");

    private GradeScales() {}

    /** @return the built-in scales, and scales of two to five bands cut at random whole scores */
    public static Arbitrary<GradeScale> gradeScales() {
        Arbitrary<GradeScale> cut = Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(4).map(set -> {
            List<Integer> cuts = new ArrayList<>(set);
            cuts.sort(null);
            cuts.add(0, 0);
            cuts.add(100);
            GradeScale.Builder scale = GradeScale.builder().id("generated").maximum(BigDecimal.valueOf(100));
            // best first, as reports list them
            for (int i = cuts.size() - 2; i >= 0; i--) {
                scale.addGrades(Grade.of(LABELS.get(cuts.size() - 2 - i), BigDecimal.valueOf(cuts.get(i)),
                    BigDecimal.valueOf(cuts.get(i + 1))));
            }
            return scale.build();
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(GradeScale.standard(), GradeScale.omb())), Tuple.of(2, cut));
    }
}
