package org.perfeval.audit;

/**
 * The stable codes of audit findings. Codes never change meaning; new codes may be added.
 */
public enum FindingCode {
    /** The reported total is not the sum of the reported category scores. */
    REPORTED_TOTAL_MISMATCH,
    /** The reported grade is not the grade of the reported total. */
    REPORTED_GRADE_MISMATCH,
    /** A reported score is above the node's points (stated or allocated). */
    SCORE_EXCEEDS_POINTS,
    /** The children's points do not add up to the parent's. */
    POINTS_DO_NOT_ADD_UP,
    /** A reported qualitative score lies outside the band of its rating (rule S5). */
    SCORE_OUTSIDE_BAND,
    /** A figure claimed in prose that the report's own figures contradict. */
    CLAIMED_VALUE_MISMATCH,
    /** Income ≠ expenditure + carry-over, basic + project ≠ total, or a total row disagrees with its rows. */
    BUDGET_IDENTITY_BROKEN,
    /** Points reported above what the rule gives for a missed target. */
    FULL_POINTS_FOR_MISSED_TARGET,
    /** Points reported below what the rule gives, with no deviation note. */
    POINTS_DEDUCTED_UNEXPLAINED,
    /** A target missed, or exceeded past the rule set's threshold, with no deviation note. */
    DEVIATION_UNEXPLAINED,
    /** The budget adjustment rate is beyond the rule set's threshold. */
    LARGE_BUDGET_ADJUSTMENT,
    /** A printed metric that matches neither the framework formula nor a known variant. */
    METRIC_DEFINITION_MISMATCH
}
