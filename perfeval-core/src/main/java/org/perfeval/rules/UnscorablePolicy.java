package org.perfeval.rules;

/**
 * What an indicator gets when its rule cannot score its actual (text against a numeric target, a
 * blank cell, a unit that does not match the target's, no budget), or when no rule binds it. Every
 * such row raises the audit's {@code ROW_NOT_SCORABLE}, and the trace keeps the reason.
 *
 * <p>Points a policy gives rather than a rule ({@link #ZERO}, {@link #REPORTED_SCORE}) are marked in
 * the trace ({@code Trace.policy()}) and raise {@code POINTS_FROM_POLICY}. Where the policy gives no
 * points ({@link #NOT_COMPUTABLE}, or {@link #REPORTED_SCORE} for a row without a reported score within
 * its points), the row and everything that depends on it (its groups, the total, the grade) are not
 * computable: never 0. A cell that cannot be read ({@code Actual.Unreadable}) is not computable under
 * every policy.
 */
public enum UnscorablePolicy {
    /** 0 points, stated by the rule set: the default, as the built-in profiles score such a row. */
    ZERO,
    /** The score the report gives itself, if it gives one within the points; else not computable. */
    REPORTED_SCORE,
    /** Treated as not applicable (S12). */
    NOT_APPLICABLE,
    /** No points: the row, its groups and the total are not computable, with the reason. */
    NOT_COMPUTABLE
}
