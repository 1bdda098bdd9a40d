package org.perfeval.rules;

/**
 * What a not-applicable indicator (S12: an actual {@code 不适用}, or the {@code not-applicable} rule)
 * does to the score.
 */
public enum NotApplicablePolicy {
    /**
     * S12 as printed: the indicator is left out and the total rescaled,
     * {@code total = Σ awarded / Σ applicable points × maximum}. Groups keep their awarded points and
     * report fewer applicable points.
     */
    RESCALE_TOTAL,
    /** The indicator is left out and its parent rescaled, so the parent keeps its full weight. */
    RESCALE_PARENT,
    /** The indicator counts and scores 0. */
    ZERO
}
