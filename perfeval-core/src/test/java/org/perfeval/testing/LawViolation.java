package org.perfeval.testing;

import static java.util.Objects.requireNonNull;

/**
 * A broken {@link Law}: which law, the rule involved and the counterexample that breaks it. Thrown
 * by the checks of {@link RuleSetLaws} and {@link ScoringRuleLaws} inside a jqwik property, so that
 * jqwik shrinks the generated input and reports this error for the smallest one it finds.
 *
 * <p>The message reads:
 * <pre>
 * law MONOTONE (monotone in the direction: an actual better in the indicator's direction never scores fewer points)
 *   broken by rule sichuan:cost-cap under rule set sc-dept-2024 2024.1
 *   counterexample: 产出指标/成本指标/单位成本 (POSITIVE, target ≥30万元, 10 points): actual 20万元 scores 6.67, actual 21万元 scores 5.00
 * </pre>
 */
public final class LawViolation extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final Law law;
    private final String rule;
    private final String counterexample;

    /**
     * @param law the law broken, not null
     * @param rule the rule involved (its name, and the rule set's id and version when there is one), not null
     * @param counterexample what breaks the law, not null
     * @param cause what was thrown, if the law is broken by an exception; may be null
     */
    public LawViolation(Law law, String rule, String counterexample, Throwable cause) {
        super(message(requireNonNull(law, "law"), requireNonNull(rule, "rule"), requireNonNull(counterexample, "counterexample")),
            cause);
        this.law = law;
        this.rule = rule;
        this.counterexample = counterexample;
    }

    private static String message(Law law, String rule, String counterexample) {
        return "law " + law + " (" + law.title() + ": " + law.statement() + ")\n  broken by " + rule
            + "\n  counterexample: " + counterexample;
    }

    /** @return the law broken */
    public Law law() {
        return law;
    }

    /** @return the rule involved, such as {@code rule positive under rule set cn-mof-project-2020 1} */
    public String rule() {
        return rule;
    }

    /** @return what breaks the law: the indicator, its inputs and what was awarded */
    public String counterexample() {
        return counterexample;
    }
}
