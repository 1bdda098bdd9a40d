package org.perfeval.json.internal;

/**
 * The bounds the readers enforce, in one place below both the readers and the public facade, which
 * publishes them as {@code PerfevalJson.MAX_…} with their reasons.
 */
public final class Limits {
    /** See {@code PerfevalJson.SCHEMA_VERSION}. */
    public static final String SCHEMA_VERSION = "1.0";
    /** See {@code PerfevalJson.MAX_TREE_LEVELS}. */
    public static final int MAX_TREE_LEVELS = 12;
    /** See {@code PerfevalJson.MAX_DECIMAL_PRECISION}. */
    public static final int MAX_DECIMAL_PRECISION = 34;
    /** See {@code PerfevalJson.MAX_DECIMAL_SCALE}. */
    public static final int MAX_DECIMAL_SCALE = 12;
    /** See {@code PerfevalJson.MAX_COMPUTED_SCALE}. */
    public static final int MAX_COMPUTED_SCALE = 32;
    /** See {@code PerfevalJson.MAX_COMPUTED_PRECISION}. */
    public static final int MAX_COMPUTED_PRECISION = 90;
    /** See {@code PerfevalJson.MAX_INDICATORS}. */
    public static final int MAX_INDICATORS = 1_000;

    private Limits() {}
}
