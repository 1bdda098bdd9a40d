package org.perfeval.model;

/** Checks shared by the budget blocks. */
final class Budgets {
    private Budgets() {}

    static void nonNegative(Amount amount, String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0 but was " + amount);
        }
    }

    static String figures(Amount numerator, Amount denominator) {
        return numerator.number().toPlainString() + " / " + denominator.number().toPlainString();
    }
}
