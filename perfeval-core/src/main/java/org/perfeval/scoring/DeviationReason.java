package org.perfeval.scoring;

/** Why a rule set requires a deviation note (偏差原因) for an indicator (S13). */
public enum DeviationReason {
    /** The actual value misses the target. */
    TARGET_MISSED,
    /** The budget execution rate is below the rule set's threshold (Sichuan: 90%). */
    EXECUTION_RATE_LOW,
    /** The actual value is far above a target set too low (Guangxi: at least 130% of it). */
    FAR_ABOVE_TARGET
}
