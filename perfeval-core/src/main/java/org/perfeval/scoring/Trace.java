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
 * not be scored, the reason kept with a reported score). {@link #explain()} prints it.
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

    Trace(String ruleId, String ruleSetId, String ruleSetVersion, String formula, String[] inputNames,
            BigDecimal[] inputValues, BigDecimal raw, BigDecimal rounded, String note) {
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

    /** @return the value before rounding */
    public BigDecimal raw() {
        return raw;
    }

    /** @return the value after rounding: the node's awarded points */
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
        text.append(ruleId).append(" (").append(ruleSetId).append(' ').append(ruleSetVersion).append("): ")
            .append(formula);
        for (int i = 0; i < inputNames.length; i++) {
            text.append(i == 0 ? " with " : ", ").append(inputNames[i]).append('=').append(inputValues[i].toPlainString());
        }
        text.append(" = ").append(raw.toPlainString()).append(" → ").append(rounded.toPlainString());
        if (note != null) {
            text.append("; ").append(note);
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
            && formula.equals(that.formula) && Arrays.equals(inputNames, that.inputNames)
            && Arrays.equals(inputValues, that.inputValues) && raw.equals(that.raw) && rounded.equals(that.rounded)
            && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, formula, Arrays.hashCode(inputValues), raw, rounded, note);
    }

    /** @return {@link #explain()} */
    @Override
    public String toString() {
        return explain();
    }
}
