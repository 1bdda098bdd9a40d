package org.perfeval.testing;

/**
 * The laws every rule set and every scoring rule must obey, checked by {@link RuleSetLaws} and
 * {@link ScoringRuleLaws}. A broken law is reported as a {@link LawViolation} naming it.
 */
public enum Law {
    /** Every node's awarded points lie in {@code [0, points]}; a rule awards within its indicator's points. */
    BOUNDED("bounded", "0 ≤ awarded ≤ points for every node and every rule"),
    /** A better actual (higher, lower, nearer the target or a better rating, as the direction says) never scores less. */
    MONOTONE("monotone in the direction", "an actual better in the indicator's direction never scores fewer points"),
    /** Reversing the order of siblings at every level changes no node's result, the total or the grade. */
    SIBLING_ORDER("independent of sibling order", "the order of siblings changes no result"),
    /** Scoring the same input twice, by the same or a new engine, gives equal results. */
    DETERMINISTIC("deterministic", "the same input always gives an equal result"),
    /** The total lies in {@code [0, maximum]}, the grade scale's maximum (100). */
    TOTAL_WITHIN_SCALE("total within the scale", "0 ≤ total ≤ the grade scale's maximum"),
    /** The grade is the band of the total, and a better actual never lowers it. */
    GRADE_MONOTONE("grade monotone", "the grade is the total's band, and a better actual never lowers it"),
    /** A rule set that lints clean scores every evaluation without an exception; lint itself never throws. */
    NEVER_THROWS("lint-clean never throws", "lint never throws, and a lint-clean rule set scores anything without throwing");

    private final String title;
    private final String statement;

    Law(String title, String statement) {
        this.title = title;
        this.statement = statement;
    }

    /** @return the law's short name, such as {@code monotone in the direction} */
    public String title() {
        return title;
    }

    /** @return what the law says, in one sentence */
    public String statement() {
        return statement;
    }
}
