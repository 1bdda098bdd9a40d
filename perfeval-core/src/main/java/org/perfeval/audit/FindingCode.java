package org.perfeval.audit;

/**
 * The stable codes of audit findings, each with the {@link Finding.Severity} its findings carry.
 * Codes never change meaning; new codes may be added: a constant here with its row in the table
 * below, and its check in this package.
 *
 * <table class="striped">
 * <caption>Finding codes</caption>
 * <thead><tr><th>code</th><th>severity</th><th>location</th><th>raised when</th></tr></thead>
 * <tbody>
 * <tr><td>{@link FindingCode#CATEGORY_AMBIGUOUS}</td><td>ERROR</td><td>the path of each of the rows</td>
 *     <td>two or more top-level rows name one category of the rule set (such as {@code 产出指标} and {@code 产出},
 *     matched as category names are); none of them takes the category's points, whatever their order, and the
 *     computed total is not a total under the rule set</td></tr>
 * <tr><td>{@link FindingCode#REPORTED_TOTAL_MISMATCH}</td><td>ERROR</td><td>{@code reportedTotal}, a group's path</td>
 *     <td>the reported total is not the sum of the top-level nodes' reported scores (nor, under S12, that sum
 *     rescaled to the applicable points); a group's reported score is not the sum of its children's (when they all
 *     report one, their points add up and the group is a weighted sum); or the scores that are reported already
 *     exceed the total</td></tr>
 * <tr><td>{@link FindingCode#REPORTED_GRADE_MISMATCH}</td><td>ERROR</td><td>{@code reportedGrade}</td>
 *     <td>the reported grade is not the grade of the reported total on the rule set's scale</td></tr>
 * <tr><td>{@link FindingCode#SCORE_EXCEEDS_POINTS}</td><td>ERROR</td><td>a node's path, {@code reportedTotal}</td>
 *     <td>a reported score is above the node's points as scored (stated, from the rule set or allocated; without
 *     scores, the points the report states), on the very row that prints it; the
 *     children's reported scores sum above their group's points; the reported total is above the maximum</td></tr>
 * <tr><td>{@link FindingCode#POINTS_DO_NOT_ADD_UP}</td><td>ERROR</td><td>a group's path; empty for the top level</td>
 *     <td>a group's children's points do not sum to the group's (or those stated already exceed it); the
 *     top-level points stated do not sum to the grade scale's maximum</td></tr>
 * <tr><td>{@link FindingCode#SCORE_OUTSIDE_BAND}</td><td>ERROR</td><td>a leaf's path</td>
 *     <td>a reported score of a qualitatively rated indicator lies outside its rating's band (S5)</td></tr>
 * <tr><td>{@link FindingCode#CLAIMED_VALUE_MISMATCH}</td><td>ERROR</td>
 *     <td>{@code claims[i]}, {@code projects[i]}, a path, {@code reportedTotalRate}</td>
 *     <td>a claim, the actual of an indicator named after a metric, a node's or the total row's printed score rate
 *     ({@code reportedTotalRate}) matches neither the value computed from the report's figures nor any known reading
 *     of it; a subject claim that differs from the indicator of that name or from the count of projects it names; for a
 *     completed-projects claim also each completed project whose own execution differs from the claim, and each
 *     project that executed nothing of its budget and that the report does not call unfinished</td></tr>
 * <tr><td>{@link FindingCode#BUDGET_IDENTITY_BROKEN}</td><td>ERROR</td>
 *     <td>{@code budget.income}, {@code budget.expenditure}, {@code budget.basicExpenditure},
 *     {@code budget.incomeBySource}</td>
 *     <td>income (+ prior carry-over) ≠ expenditure + carry-over; basic + project ≠ expenditure; personnel +
 *     public ≠ basic; income by source does not sum to income (each only when every figure in it is
 *     printed)</td></tr>
 * <tr><td>{@link FindingCode#FULL_POINTS_FOR_MISSED_TARGET}</td><td>ERROR</td><td>a node's path</td>
 *     <td>a leaf whose target is missed reports more than the rule gives; a group reports more than the rule
 *     gives while targets under it are missed and nothing under it reports a score</td></tr>
 * <tr><td>{@link FindingCode#RATE_ABOVE_HUNDRED}</td><td>ERROR</td><td>a leaf's path, {@code claims[i]}</td>
 *     <td>a rate that cannot exceed 100% by its definition (its name ends with 利用率, 覆盖率, 满意度, 合格率, 达标率, 知晓率,
 *     通过率, 及时率, 办结率 …; see {@link org.perfeval.model.Direction#isRateUpToHundred(String)}) printed above 100% as an
 *     actual or a claim; 执行率, 完成率 and control or change rates may exceed 100% and are not checked</td></tr>
 * <tr><td>{@link FindingCode#POINTS_DEDUCTED_UNEXPLAINED}</td><td>WARNING</td><td>a node's path</td>
 *     <td>a leaf reports less than the rule gives and has no deviation note; a group reports less than the
 *     rule gives while nothing under it reports a lower score or gives a deviation note</td></tr>
 * <tr><td>{@link FindingCode#DEVIATION_UNEXPLAINED}</td><td>WARNING</td><td>a leaf's path</td>
 *     <td>the rule set requires a deviation note (S13: target missed, execution below its threshold, actual
 *     far above target) and the indicator has none</td></tr>
 * <tr><td>{@link FindingCode#LARGE_BUDGET_ADJUSTMENT}</td><td>WARNING</td>
 *     <td>{@code budget.adjustedBudget}, {@code budget.expenditure}</td>
 *     <td>the budget adjustment rate, or when no adjusted budget is printed the growth of final spending over
 *     the year-start budget (决算较年初), is beyond the rule set's threshold in either direction</td></tr>
 * <tr><td>{@link FindingCode#METRIC_DEFINITION_MISMATCH}</td><td>WARNING</td><td>{@code claims[i]}, a leaf's path</td>
 *     <td>a printed metric contradicts the framework formula and matches a known non-framework reading of it
 *     instead (a control rate printed 100% because spending stayed within budget)</td></tr>
 * <tr><td>{@link FindingCode#TARGET_CANNOT_BE_MISSED}</td><td>WARNING</td><td>a leaf's path</td>
 *     <td>an upper-bound target ({@code ≤A}, {@code <A}, A ≥ 0) on a signed rate (调整率, 变动率) that a cut of any size
 *     meets, met by a cut beyond the rule set's large-adjustment threshold</td></tr>
 * <tr><td>{@link FindingCode#PROJECT_FUNDS_EXCEED_INCOME}</td><td>WARNING</td><td>{@code budget.income}</td>
 *     <td>the projects' approved funds sum above the income (plus the prior carry-over, when printed): they cannot
 *     all have been in place; the message names a claim that they were (a subject with 到位)</td></tr>
 * <tr><td>{@link FindingCode#TOTAL_NOT_COMPUTABLE}</td><td>WARNING</td><td>{@code total}</td>
 *     <td>no total and no grade are computed, and the finding says why: a category of the rule set is absent
 *     and the rule set does not say how an absent one counts, a node that counts is not computable, or nothing
 *     in the report applies</td></tr>
 * <tr><td>{@link FindingCode#ROW_NOT_SCORABLE}</td><td>WARNING</td><td>a leaf's path</td>
 *     <td>the row's rule cannot score it (text against a numeric target, a blank or unreadable cell, a unit
 *     that does not match the target's, no rule binds it, the rule says not scorable); the finding gives the
 *     reason and what the rule set's unscorable policy made of it (0, the reported score, not computable)</td></tr>
 * <tr><td>{@link FindingCode#RULE_SET_MISMATCH}</td><td>WARNING</td><td>{@code year}, {@code kind},
 *     {@code indicators}</td>
 *     <td>the report's year is outside the rule set's effective dates, the report is of another kind, or none of
 *     its top-level rows matches a category of the rule set (a strict evaluator refuses such a report)</td></tr>
 * <tr><td>{@link FindingCode#ACTUAL_REPEATS_TARGET}</td><td>WARNING</td><td>a table row's path</td>
 *     <td>a printed table's actual repeats its target, comparator and all; raised by {@link TableAudit}</td></tr>
 * <tr><td>{@link FindingCode#COST_CONTRADICTS_BUDGET}</td><td>WARNING</td><td>a table row's path</td>
 *     <td>a printed table's 成本指标 row whose control rate or amount spent its budget block contradicts; raised by
 *     {@link TableAudit}</td></tr>
 * <tr><td>{@link FindingCode#SUB_ITEMS_DO_NOT_ADD_UP}</td><td>WARNING</td><td>a table row's path</td>
 *     <td>a printed table's 其中 rows do not sum to their indicator or are counted in other units; raised by
 *     {@link TableAudit}</td></tr>
 * <tr><td>{@link FindingCode#BUDGET_SCORE_REPEATED}</td><td>INFO</td><td>{@code budget.rows[i]}</td>
 *     <td>a printed table's budget sub-row repeats the budget's points or score, counted once; raised by
 *     {@link TableAudit}</td></tr>
 * <tr><td>{@link FindingCode#CLAIM_UNVERIFIABLE}</td><td>INFO</td><td>{@code claims[i]}</td>
 *     <td>a claim whose metric cannot be computed from the report's figures; a subject claim with no indicator of
 *     that name and no project count behind it</td></tr>
 * <tr><td>{@link FindingCode#DUPLICATE_PROJECT_NAME}</td><td>INFO</td><td>{@code projects[i]}, the first of them</td>
 *     <td>two or more projects share a name with different amounts (a note: they may be different projects)</td></tr>
 * <tr><td>{@link FindingCode#POINTS_FROM_POLICY}</td><td>INFO</td><td>a leaf's path</td>
 *     <td>the points come from a policy of the rule set, not from a rule's formula over printed figures: the
 *     unscorable policy's 0 or reported score, or the {@code reported} rule (S11); the trace is marked
 *     ({@code Trace.policy()})</td></tr>
 * </tbody>
 * </table>
 */
public enum FindingCode {
    /**
     * Two top-level rows name one category of the rule set (such as {@code 产出指标} and {@code 产出}):
     * neither takes the category's points, and no total computed under the rule set can be trusted.
     */
    CATEGORY_AMBIGUOUS(Finding.Severity.ERROR),
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
    /** A rate that cannot exceed 100% by its definition (利用率, 覆盖率, 满意度, 合格率, 达标率, 知晓率 …) printed above 100%. */
    RATE_ABOVE_HUNDRED(Finding.Severity.ERROR),
    /** Points reported below what the rule gives, with no deviation note. */
    POINTS_DEDUCTED_UNEXPLAINED(Finding.Severity.WARNING),
    /** A target missed, or exceeded past the rule set's threshold, with no deviation note. */
    DEVIATION_UNEXPLAINED(Finding.Severity.WARNING),
    /** The budget adjustment rate is beyond the rule set's threshold. */
    LARGE_BUDGET_ADJUSTMENT(Finding.Severity.WARNING),
    /** A printed metric that contradicts the framework formula and matches a known non-framework reading of it. */
    METRIC_DEFINITION_MISMATCH(Finding.Severity.WARNING),
    /**
     * A one-sided target on a signed rate (调整率, 变动率) that a change of any size the other way meets,
     * met by a change the rule set calls large.
     */
    TARGET_CANNOT_BE_MISSED(Finding.Severity.WARNING),
    /** The projects' approved funds exceed the year's income (and prior carry-over): they cannot all have been in place. */
    PROJECT_FUNDS_EXCEED_INCOME(Finding.Severity.WARNING),
    /** No total (and no grade) is computed, with the reason: a category absent, a node not computable, nothing applicable. */
    TOTAL_NOT_COMPUTABLE(Finding.Severity.WARNING),
    /** A row its rule cannot score (text against a number, a blank or unreadable cell, another unit, no rule). */
    ROW_NOT_SCORABLE(Finding.Severity.WARNING),
    /** The report does not fit the rule set: a year outside its effective dates, another kind, no category matched. */
    RULE_SET_MISMATCH(Finding.Severity.WARNING),
    /** A table's actual that repeats its target, comparator and all ({@code ≥266米} for {@code ≥266米}). */
    ACTUAL_REPEATS_TARGET(Finding.Severity.WARNING),
    /** A table's cost row (成本指标) whose actual spending or control rate the budget block contradicts. */
    COST_CONTRADICTS_BUDGET(Finding.Severity.WARNING),
    /** A table's sub-items (其中…) that do not add up to their indicator, or are counted in other units. */
    SUB_ITEMS_DO_NOT_ADD_UP(Finding.Severity.WARNING),
    /** A table's budget points or score repeated on a sub-row: counted once, on the total row. */
    BUDGET_SCORE_REPEATED(Finding.Severity.INFO),
    /** A figure claimed in prose that the report gives no figures to check. */
    CLAIM_UNVERIFIABLE(Finding.Severity.INFO),
    /** Two or more projects share a name with different amounts: worth a note, not an error. */
    DUPLICATE_PROJECT_NAME(Finding.Severity.INFO),
    /** Points that a policy of the rule set gives rather than a rule's formula (unscorable → 0, the reported score). */
    POINTS_FROM_POLICY(Finding.Severity.INFO);

    private final Finding.Severity severity;

    FindingCode(Finding.Severity severity) {
        this.severity = severity;
    }

    /** @return the severity of every finding with this code */
    public Finding.Severity severity() {
        return severity;
    }
}
