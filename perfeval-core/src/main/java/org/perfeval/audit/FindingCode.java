package org.perfeval.audit;

/**
 * The stable codes of audit findings, each with the {@link Finding.Severity} its findings carry. Codes never
 * change meaning; new codes may be added. What each code checks, and where its findings point, is
 * listed in {@link Audit}.
 */
public enum FindingCode {
    /** The reported total is not the sum of the reported category scores (nor a group's score the sum of its children's). */
    REPORTED_TOTAL_MISMATCH(Finding.Severity.ERROR),
    /** The reported grade is not the grade of the reported total. */
    REPORTED_GRADE_MISMATCH(Finding.Severity.ERROR),
    /** A reported score is above the node's points (stated or allocated), or children's scores sum above their group's points. */
    SCORE_EXCEEDS_POINTS(Finding.Severity.ERROR),
    /** The children's points do not add up to the parent's. */
    POINTS_DO_NOT_ADD_UP(Finding.Severity.ERROR),
    /** A reported qualitative score lies outside the band of its rating (rule S5). */
    SCORE_OUTSIDE_BAND(Finding.Severity.ERROR),
    /** A figure the report states (in prose, or as the actual of a metric) that its own figures contradict. */
    CLAIMED_VALUE_MISMATCH(Finding.Severity.ERROR),
    /** Income ≠ expenditure + carry-over, basic + project ≠ total, or a total row disagrees with its rows. */
    BUDGET_IDENTITY_BROKEN(Finding.Severity.ERROR),
    /** Points reported above what the rule gives for a missed target. */
    FULL_POINTS_FOR_MISSED_TARGET(Finding.Severity.ERROR),
    /** Points reported below what the rule gives, with no deviation note. */
    POINTS_DEDUCTED_UNEXPLAINED(Finding.Severity.WARNING),
    /** A target missed, or exceeded past the rule set's threshold, with no deviation note. */
    DEVIATION_UNEXPLAINED(Finding.Severity.WARNING),
    /** The budget adjustment rate is beyond the rule set's threshold. */
    LARGE_BUDGET_ADJUSTMENT(Finding.Severity.WARNING),
    /** A printed metric that contradicts the framework formula and matches a known non-framework reading of it. */
    METRIC_DEFINITION_MISMATCH(Finding.Severity.WARNING),
    /** A figure claimed in prose that the report gives no figures to check. */
    CLAIM_UNVERIFIABLE(Finding.Severity.INFO);

    private final Finding.Severity severity;

    FindingCode(Finding.Severity severity) {
        this.severity = severity;
    }

    /** @return the severity of every finding with this code */
    public Finding.Severity severity() {
        return severity;
    }
}
