package org.perfeval.scoring;

import java.math.BigDecimal;
import org.perfeval.internal.Inputs;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/** Makes the built-ins' scored outcomes through the public builder, as any rule makes them. */
final class Outcomes {
    private Outcomes() {}

    /**
     * @param names the inputs' names, distinct; shared by the outcome, so never written after
     * @param values the inputs' values, in the order of {@code names}; shared by the outcome
     * @param band the qualitative band, or null
     * @param note a remark, or null
     * @param actual the value compared (B), or null; with {@code target}
     * @param target the value compared with (A), or null; with {@code actual}
     */
    static RuleOutcome scored(BigDecimal raw, TargetStatus status, ScoreBand band, String formula, String[] names,
            BigDecimal[] values, String note, BigDecimal actual, BigDecimal target) {
        RuleOutcome.Builder builder = RuleOutcome.builder().awarded(raw).formula(formula).targetStatus(status)
            .inputs(Inputs.of(names, values));
        if (band != null) {
            builder.band(band);
        }
        if (note != null) {
            builder.note(note);
        }
        if (actual != null) {
            builder.compared(actual, target);
        }
        return builder.build();
    }
}
