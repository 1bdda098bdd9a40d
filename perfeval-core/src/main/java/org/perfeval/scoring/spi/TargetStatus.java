package org.perfeval.scoring.spi;

/** Whether an indicator's actual value reached its target, as far as a rule can tell. */
public enum TargetStatus {
    /** The actual value reaches the target (for a word target: the rating is 达成). */
    MET,
    /** The actual value falls short of the target, in the indicator's direction. */
    MISSED,
    /** No judgement: no target, an actual that cannot be compared, or not applicable. */
    NOT_JUDGED
}
