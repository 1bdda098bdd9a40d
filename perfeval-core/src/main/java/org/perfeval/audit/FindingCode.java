package org.perfeval.audit;

/**
 * The stable codes of audit findings, each with the {@link Severity} its findings carry. Codes never
 * change meaning; new codes may be added. What each code checks, and where its findings point, is
 * listed in {@link Audit}.
 */
public enum FindingCode {
    /** The reported total is not the sum of the reported category scores (nor a group's score the sum of its children's). */
    REPORTED_TOTAL_MISMATCH(Severity.ERROR),
    /** The reported grade is not the grade of the reported total. */
    REPORTED_GRADE_MISMATCH(Severity.ERROR),
    /** A reported score is above the node's points (stated or allocated), or children's scores sum above their group's points. */
    SCORE_EXCEEDS_POINTS(Severity.ERROR),
    /** The children's points do not add up to the parent's. */
    POINTS_DO_NOT_ADD_UP(Severity.ERROR),
    /** A reported qualitative score lies outside the band of its rating (rule S5). */
    SCORE_OUTSIDE_BAND(Severity.ERROR),
    /** A figure the report states (in prose, or as the actual of a metric) that its own figures contradict. */
    CLAIMED_VALUE_MISMATCH(Severity.ERROR),
    /** Income ≠ expenditure + carry-over, basic + project ≠ total, or a total row disagrees with its rows. */
    BUDGET_IDENTITY_BROKEN(Severity.ERROR),
    /** Points reported above what the rule gives for a missed target. */
    FULL_POINTS_FOR_MISSED_TARGET(Severity.ERROR),
    /** Points reported below what the rule gives, with no deviation note. */
    POINTS_DEDUCTED_UNEXPLAINED(Severity.WARNING),
    /** A target missed, or exceeded past the rule set's threshold, with no deviation note. */
    DEVIATION_UNEXPLAINED(Severity.WARNING),
    /** The budget adjustment rate is beyond the rule set's threshold. */
    LARGE_BUDGET_ADJUSTMENT(Severity.WARNING),
    /** A printed metric that contradicts the framework formula and matches a known non-framework reading of it. */
    METRIC_DEFINITION_MISMATCH(Severity.WARNING),
    /** A figure claimed in prose that the report gives no figures to check. */
    CLAIM_UNVERIFIABLE(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /** @return the severity of every finding with this code */
    public Severity severity() {
        return severity;
    }
}
