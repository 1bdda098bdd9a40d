package org.perfeval.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perfeval.internal.Inputs;

/**
 * How one node's points came about: the rule or aggregator, the rule set and its version, the
 * formula, its named inputs, the raw value and the rounded one, and a remark (why an indicator could
 * not be scored, the reason kept with a reported score), and {@link #policy()} when the points come
 * from a policy of the rule set rather than from a rule's formula over printed figures.
 * {@link #explain()} prints it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Trace {
    private final String ruleId;
    private final String ruleSetId;
    private final String ruleSetVersion;
    private final String formula;
    private final String[] inputNames;
    private final BigDecimal[] inputValues;
    private final BigDecimal raw;
    private final BigDecimal rounded;
    private final String note;
    private final Policy policy;
    /** The formula of every trace that computes nothing; compared by identity. */
    private static final String NOT_COMPUTED = new String("not computable");

    /** A policy of the rule set that gave a node its points instead of a rule's formula. */
    public enum Policy {
        /** The rule could not score the row; the rule set's unscorable policy gives it 0 ({@code ZERO}). */
        UNSCORABLE_ZERO,
        /** The rule could not score the row; the unscorable policy takes the score the report gives itself. */
        UNSCORABLE_REPORTED_SCORE,
        /** The rule bound to the row takes the score the report gives itself (S11, {@code reported}). */
        REPORTED_SCORE_RULE
    }

    Trace(String ruleId, String ruleSetId, String ruleSetVersion, String formula, String[] inputNames,
            BigDecimal[] inputValues, BigDecimal raw, BigDecimal rounded, String note) {
        this(ruleId, ruleSetId, ruleSetVersion, formula, inputNames, inputValues, raw, rounded, note, null);
    }

    Trace(String ruleId, String ruleSetId, String ruleSetVersion, String formula, String[] inputNames,
            BigDecimal[] inputValues, BigDecimal raw, BigDecimal rounded, String note, Policy policy) {
        this.policy = policy;
        this.ruleId = ruleId;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.formula = formula;
        this.inputNames = inputNames;
        this.inputValues = inputValues;
        this.raw = raw;
        this.rounded = rounded;
        this.note = note;
    }

    /**
     * Makes a trace, for readers that restore a result (the engine makes its own).
     *
     * @param ruleId the rule or aggregator, not null
     * @param ruleSetId the rule set's id, not null
     * @param ruleSetVersion the rule set's version, not null
     * @param formula the formula, not null
     * @param inputs the formula's inputs by name, in order, not null
     * @param raw the value before rounding, not null
     * @param rounded the value after rounding, not null
     * @param note a remark, if any
     * @return the trace
     */
    public static Trace of(String ruleId, String ruleSetId, String ruleSetVersion, String formula,
            Map<String, BigDecimal> inputs, BigDecimal raw, BigDecimal rounded, Optional<String> note) {
        String[] names = new String[inputs.size()];
        BigDecimal[] values = new BigDecimal[inputs.size()];
        int i = 0;
        for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
            names[i] = requireNonNull(input.getKey(), "input name");
            values[i++] = requireNonNull(input.getValue(), "input " + input.getKey());
        }
        return new Trace(requireNonNull(ruleId, "ruleId"), requireNonNull(ruleSetId, "ruleSetId"),
            requireNonNull(ruleSetVersion, "ruleSetVersion"), requireNonNull(formula, "formula"), names, values,
            requireNonNull(raw, "raw"), requireNonNull(rounded, "rounded"), requireNonNull(note, "note").orElse(null));
    }

    /**
     * Makes the trace of a node or total that is not computable: no raw or rounded value.
     *
     * @param ruleId the rule or aggregator, not null
     * @param ruleSetId the rule set's id, not null
     * @param ruleSetVersion the rule set's version, not null
     * @param reason why nothing is computed, not null
     * @return the trace; {@link #computed()} is false, {@link #raw()} and {@link #rounded()} are 0 and no figure
     */
    public static Trace notComputable(String ruleId, String ruleSetId, String ruleSetVersion, String reason) {
        return new Trace(requireNonNull(ruleId, "ruleId"), requireNonNull(ruleSetId, "ruleSetId"),
            requireNonNull(ruleSetVersion, "ruleSetVersion"), NOT_COMPUTED, new String[0], new BigDecimal[0],
            BigDecimal.ZERO, BigDecimal.ZERO, requireNonNull(reason, "reason"), null);
    }

    /** @return whether the trace holds a computed value: false for {@link #notComputable} traces */
    public boolean computed() {
        return formula != NOT_COMPUTED;
    }

    /**
     * @param policy the policy that gave the points, not null
     * @return this trace, marked as giving the points of {@code policy}
     */
    public Trace withPolicy(Policy policy) {
        return new Trace(ruleId, ruleSetId, ruleSetVersion, formula, inputNames, inputValues, raw, rounded, note,
            requireNonNull(policy, "policy"));
    }

    /** @return the policy that gave the points instead of a rule's formula, if one did */
    public Optional<Policy> policy() {
        return Optional.ofNullable(policy);
    }

    /** @return the rule or aggregator applied, such as {@code positive}; {@code none} if no rule binds */
    public String ruleId() {
        return ruleId;
    }

    /** @return the rule set's id */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** @return the rule set's version */
    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /** @return the formula applied, such as {@code B / A × w} */
    public String formula() {
        return formula;
    }

    /** @return the formula's inputs by name, in order */
    public Map<String, BigDecimal> inputs() {
        return Inputs.of(inputNames, inputValues);
    }

    /** @return the value before rounding; 0 and no figure when not {@link #computed()} */
    public BigDecimal raw() {
        return raw;
    }

    /** @return the value after rounding: the node's awarded points; 0 and no figure when not {@link #computed()} */
    public BigDecimal rounded() {
        return rounded;
    }

    /** @return a remark, if any */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * @return the trace as text, such as
     *     {@code positive (cn-mof-project-2020 1): B / A × w with A=98, B=95, w=10 = 9.6938… → 9.69}
     */
    public String explain() {
        StringBuilder text = new StringBuilder();
        if (!computed()) {
            return text.append(ruleId).append(" (").append(ruleSetId).append(' ').append(ruleSetVersion)
                .append("): not computable: ").append(note).toString();
        }
        text.append(ruleId).append(" (").append(ruleSetId).append(' ').append(ruleSetVersion).append("): ")
            .append(formula);
        for (int i = 0; i < inputNames.length; i++) {
            text.append(i == 0 ? " with " : ", ").append(inputNames[i]).append('=').append(inputValues[i].toPlainString());
        }
        text.append(" = ").append(raw.toPlainString()).append(" → ").append(rounded.toPlainString());
        if (note != null) {
            text.append("; ").append(note);
        }
        if (policy != null) {
            text.append(" [points from the policy ").append(policy).append(", not a rule]");
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Trace)) {
            return false;
        }
        Trace that = (Trace) other;
        return ruleId.equals(that.ruleId) && ruleSetId.equals(that.ruleSetId) && ruleSetVersion.equals(that.ruleSetVersion)
            && computed() == that.computed() && formula.equals(that.formula) && Arrays.equals(inputNames, that.inputNames)
            && Arrays.equals(inputValues, that.inputValues) && raw.equals(that.raw) && rounded.equals(that.rounded)
            && Objects.equals(note, that.note) && policy == that.policy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, formula, Arrays.hashCode(inputValues), raw, rounded, note, policy);
    }

    /** @return {@link #explain()} */
    @Override
    public String toString() {
        return explain();
    }
}
