package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.internal.Decimals;

/** Structural invariants shared by both kinds of indicator node. */
final class NodeChecks {
    private NodeChecks() {}

    static void check(IndicatorNode node) {
        String name = node.name();
        if (name.length() > IndicatorNode.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("indicator name must be at most " + IndicatorNode.MAX_NAME_LENGTH
                + " characters but has " + name.length() + ": \"" + name.substring(0, name.offsetByCodePoints(0, 40)) + "…\"");
        }
        if (name.isBlank() || !name.strip().equals(name) || name.contains("/")) {
            throw new IllegalArgumentException(
                "indicator name must be non-blank, without surrounding space or '/', but was \"" + name + "\"");
        }
        node.code().ifPresent(code -> {
            if (code.isBlank() || !code.strip().equals(code)) {
                throw new IllegalArgumentException("indicator code must be non-blank but was \"" + code + "\" (" + name + ")");
            }
        });
        nonNegative(node.points(), "points", name);
        nonNegative(node.reportedScore(), "reported score", name);
        if (node.points().isPresent() && node.reportedScore().isPresent()
                && node.reportedScore().get().compareTo(node.points().get()) > 0) {
            throw new IllegalArgumentException("reported score must not exceed the points " + node.points().get().toPlainString()
                + " but was " + node.reportedScore().get().toPlainString() + " (" + name + ")");
        }
    }

    private static void nonNegative(Optional<BigDecimal> value, String what, String name) {
        value.ifPresent(v -> {
            if (!Decimals.isBounded(v)) {
                Decimals.checkBounded(v, what + " (" + name + ")");
            }
            if (v.signum() < 0) {
                throw new IllegalArgumentException(what + " must be >= 0 but was " + v.toPlainString() + " (" + name + ")");
            }
        });
    }
}
