package org.perfeval.scoring;

import java.math.BigDecimal;
import org.perfeval.internal.Exact;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** The formulas of the quantitative rules S1 to S4, shared by the rules that combine them. */
final class Quantitative {
    static final String[] ABW = {"A", "B", "w"};

    private Quantitative() {}

    /** S1: B ≥ A → w; else round(B / A × w, 2), never below 0; A ≤ 0 and missed → 0. */
    static RuleOutcome positive(BigDecimal a, BigDecimal b, BigDecimal w) {
        return positive(a, b, w, false);
    }

    /**
     * S1 for a target printed {@code ≥A}, or strict {@code >A}: a strict target is met by B > A only,
     * and B = A is missed, scored as the formula's missed branch ({@code >0} with B = 0 gives 0).
     */
    static RuleOutcome positive(BigDecimal a, BigDecimal b, BigDecimal w, boolean strict) {
        int cmp = b.compareTo(a);
        if (strict && cmp > 0) {
            return outcome(w, TargetStatus.MET, "B > A → w", a, b, w);
        }
        if (strict && cmp == 0) {
            return a.signum() <= 0
                ? outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B = A ≤ 0, target > A → 0", a, b, w)
                : outcome(Exact.mulDiv(b, w, a), TargetStatus.MISSED, "B = A, target > A: B / A × w", a, b, w);
        }
        if (cmp >= 0) {
            return outcome(w, TargetStatus.MET, "B ≥ A → w", a, b, w);
        }
        if (a.signum() <= 0) {
            return outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B < A ≤ 0 → 0", a, b, w);
        }
        if (b.signum() <= 0) {
            return outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B ≤ 0 < A → 0", a, b, w);
        }
        return outcome(Exact.mulDiv(b, w, a), TargetStatus.MISSED, "B / A × w", a, b, w);
    }

    /** S2: B ≤ A → w; else A / B × w; A ≤ 0 and missed → 0. */
    static RuleOutcome reverseRatio(BigDecimal a, BigDecimal b, BigDecimal w) {
        return reverseRatio(a, b, w, false);
    }

    /** S2 for {@code ≤A}, or strict {@code <A}: B = A misses a strict target and scores as the missed branch. */
    static RuleOutcome reverseRatio(BigDecimal a, BigDecimal b, BigDecimal w, boolean strict) {
        if (strict && b.compareTo(a) == 0) {
            return a.signum() <= 0
                ? outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B = A ≤ 0, target < A → 0", a, b, w)
                : outcome(w, TargetStatus.MISSED, "B = A, target < A: A / B × w", a, b, w);
        }
        if (b.compareTo(a) <= 0) {
            return outcome(w, TargetStatus.MET, "B ≤ A → w", a, b, w);
        }
        if (a.signum() <= 0) {
            return outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B > A, A ≤ 0 → 0", a, b, w);
        }
        return outcome(Exact.mulDiv(a, w, b), TargetStatus.MISSED, "A / B × w", a, b, w);
    }

    /** S3: B ≤ A → w; A < B < 2A → (1 − (B − A) / A) × w; B ≥ 2A → 0; A ≤ 0 and missed → 0. */
    static RuleOutcome reverseLinear(BigDecimal a, BigDecimal b, BigDecimal w) {
        return reverseLinear(a, b, w, false);
    }

    /** S3 for {@code ≤A}, or strict {@code <A}: B = A misses a strict target and scores as the missed branch. */
    static RuleOutcome reverseLinear(BigDecimal a, BigDecimal b, BigDecimal w, boolean strict) {
        if (strict && b.compareTo(a) == 0) {
            return a.signum() <= 0
                ? outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B = A ≤ 0, target < A → 0", a, b, w)
                : outcome(w, TargetStatus.MISSED, "B = A, target < A: (1 − (B − A) / A) × w", a, b, w);
        }
        if (b.compareTo(a) <= 0) {
            return outcome(w, TargetStatus.MET, "B ≤ A → w", a, b, w);
        }
        if (a.signum() <= 0) {
            return outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B > A, A ≤ 0 → 0", a, b, w);
        }
        BigDecimal twiceA = a.add(a);
        if (b.compareTo(twiceA) >= 0) {
            return outcome(BigDecimal.ZERO, TargetStatus.MISSED, "B ≥ 2A → 0", a, b, w);
        }
        return outcome(Exact.mulDiv(twiceA.subtract(b), w, a), TargetStatus.MISSED, "(1 − (B − A) / A) × w", a, b, w);
    }

    /** S4: A = 0: B ≤ 0 → w, else 0; A ≠ 0: as S1. */
    static RuleOutcome equality(BigDecimal a, BigDecimal b, BigDecimal w) {
        if (a.signum() == 0) {
            return b.signum() <= 0
                ? outcome(w, TargetStatus.MET, "A = 0, B ≤ 0 → w", a, b, w)
                : outcome(BigDecimal.ZERO, TargetStatus.MISSED, "A = 0, B > 0 → 0", a, b, w);
        }
        return positive(a, b, w);
    }

    static RuleOutcome outcome(BigDecimal raw, TargetStatus status, String formula, BigDecimal a, BigDecimal b,
            BigDecimal w) {
        return Outcomes.scored(raw, status, null, formula, ABW, new BigDecimal[] {a, b, w},
            null, b, a);
    }
}
