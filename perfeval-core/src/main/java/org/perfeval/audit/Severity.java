package org.perfeval.audit;

/** How much a finding matters. */
public enum Severity {
    /** The report contradicts its own numbers or the rules. */
    ERROR,
    /** The report is doubtful: a large deviation, an unexplained deduction. */
    WARNING,
    /** Worth knowing, nothing wrong. */
    INFO
}
