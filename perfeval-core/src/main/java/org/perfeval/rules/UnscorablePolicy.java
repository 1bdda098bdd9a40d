package org.perfeval.rules;

/**
 * What an indicator gets when its rule cannot score its actual (text against a numeric target, a
 * blank cell, no budget), or when no rule binds it. The trace keeps the reason in every case.
 */
public enum UnscorablePolicy {
    /** 0 points: the default. */
    ZERO,
    /** The score the report gives itself, if it gives one within the points; else 0. */
    REPORTED_SCORE,
    /** Treated as not applicable (S12). */
    NOT_APPLICABLE
}
