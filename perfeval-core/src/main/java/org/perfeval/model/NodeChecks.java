package org.perfeval.model;

import java.math.BigDecimal;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.Names;


/** Structural invariants shared by both kinds of indicator node. */
final class NodeChecks {
    private NodeChecks() {}

    static void check(IndicatorNode node) {
        String name = node.name();
        if (name.length() > IndicatorNode.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("indicator name must be at most " + IndicatorNode.MAX_NAME_LENGTH
                + " characters but has " + name.length() + ": \"" + name.substring(0, name.offsetByCodePoints(0, 40)) + "…\"");
        }
        String problem = Names.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("indicator name " + problem + ", but was \"" + Names.visible(name) + "\"");
        }
        String code = node.code().orElse(null);
        if (code != null && (code.isBlank() || !code.strip().equals(code))) {
            throw new IllegalArgumentException("indicator code must be non-blank but was \"" + code + "\" (" + name + ")");
        }
        BigDecimal points = node.points().orElse(null);
        BigDecimal reported = node.reportedScore().orElse(null);
        nonNegative(points, "points", name);
        nonNegative(reported, "reported score", name);
        // A reported score above the points is a printed error (the form's total written into the wrong
        // row): read as printed, and the audit's SCORE_EXCEEDS_POINTS on that very row.
    }

    /** @param value a value, or null for none */
    private static void nonNegative(BigDecimal value, String what, String name) {
        if (value == null) {
            return;
        }
        if (!Decimals.isBounded(value)) {
            Decimals.checkBounded(value, what + " (" + name + ")");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0 but was " + value.toPlainString() + " (" + name + ")");
        }
    }
}
