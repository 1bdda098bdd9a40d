package org.perfeval.scoring.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.Inputs;

/**
 * What a {@link ScoringRule} gives one indicator: the awarded points (unrounded), whether the
 * indicator could be scored at all, whether the target was met, the band of a qualitative rating,
 * and the trace of the computation (formula and named inputs).
 *
 * <p>Simple rules use {@link #scored(BigDecimal, String)} and {@link #notScorable(String)}; rules
 * that want a full trace use the {@link #builder()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RuleOutcome {

    /** Whether the rule could score the indicator. */
    public enum Status {
        /** Scored: the points are the rule's. */
        SCORED,
        /**
         * The rule cannot score this actual (text against a number, a blank cell, a missing budget):
         * 0 points, with the reason, unless the rule set says otherwise.
         */
        NOT_SCORABLE,
        /** The indicator does not count (S12): no points, and its points leave the total. */
        NOT_APPLICABLE
    }

    private static final String[] NO_NAMES = {};
    private static final BigDecimal[] NO_VALUES = {};

    private final Status status;
    private final BigDecimal awarded;
    private final TargetStatus targetStatus;
    private final ScoreBand band;
    private final String formula;
    private final String[] inputNames;
    private final BigDecimal[] inputValues;
    private final String note;
    private final BigDecimal actualValue;
    private final BigDecimal targetValue;

    private RuleOutcome(Status status, BigDecimal awarded, TargetStatus targetStatus, ScoreBand band, String formula,
            String[] inputNames, BigDecimal[] inputValues, String note, BigDecimal actualValue, BigDecimal targetValue) {
        this.status = status;
        this.awarded = awarded;
        this.targetStatus = targetStatus;
        this.band = band;
        this.formula = formula;
        this.inputNames = inputNames;
        this.inputValues = inputValues;
        this.note = note;
        this.actualValue = actualValue;
        this.targetValue = targetValue;
    }

    /**
     * @param awarded the points, unrounded, in {@code [0, points]}; not null
     * @param formula how they were computed, such as {@code "B / A × w"}; not null
     * @return a scored outcome without inputs
     */
    public static RuleOutcome scored(BigDecimal awarded, String formula) {
        return builder().awarded(awarded).formula(formula).build();
    }

    /**
     * @param reason why the rule cannot score the indicator, such as
     *     {@code "actual 完成 is text, the target ≤30 万元 a number"}; not null
     * @return an outcome of 0 points with the reason
     */
    public static RuleOutcome notScorable(String reason) {
        return new RuleOutcome(Status.NOT_SCORABLE, BigDecimal.ZERO, TargetStatus.NOT_JUDGED, null, "0",
            NO_NAMES, NO_VALUES, requireNonNull(reason, "reason"), null, null);
    }

    /**
     * @param reason why the indicator does not count, not null
     * @return a not-applicable outcome (S12)
     */
    public static RuleOutcome notApplicable(String reason) {
        return new RuleOutcome(Status.NOT_APPLICABLE, BigDecimal.ZERO, TargetStatus.NOT_JUDGED, null, "—",
            NO_NAMES, NO_VALUES, requireNonNull(reason, "reason"), null, null);
    }

    /** @return a builder for a scored outcome with a full trace */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether the rule scored the indicator */
    public Status status() {
        return status;
    }

    /** @return the awarded points, unrounded; 0 unless {@link Status#SCORED} */
    public BigDecimal awarded() {
        return awarded;
    }

    /** @return whether the target was met, as far as the rule tells */
    public TargetStatus targetStatus() {
        return targetStatus;
    }

    /** @return the band of the rating, for qualitative rules (S5) */
    public Optional<ScoreBand> band() {
        return Optional.ofNullable(band);
    }

    /** @return the formula applied, such as {@code "B ≥ A → w"} */
    public String formula() {
        return formula;
    }

    /** @return the named inputs of the formula, in order, such as {@code A → 98, B → 100, w → 2.22} */
    public Map<String, BigDecimal> inputs() {
        return Inputs.of(inputNames, inputValues);
    }

    /** @return a remark: why not scorable or not applicable, or the reason kept with a reported score */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the actual value compared with the target (B), in the target's unit, if the rule had one */
    public Optional<BigDecimal> actualValue() {
        return Optional.ofNullable(actualValue);
    }

    /** @return the target value compared with (A), if the rule had one */
    public Optional<BigDecimal> targetValue() {
        return Optional.ofNullable(targetValue);
    }

    /** @return such as {@code SCORED 2.22 (B ≥ A → w)} */
    @Override
    public String toString() {
        return status + " " + awarded.toPlainString() + " (" + formula + ")" + (note == null ? "" : ": " + note);
    }

    /** Builds a scored {@link RuleOutcome}; {@code awarded} and {@code formula} are required. */
    public static final class Builder {
        private BigDecimal awarded;
        private String formula;
        private TargetStatus targetStatus = TargetStatus.NOT_JUDGED;
        private ScoreBand band;
        private String note;
        private BigDecimal actualValue;
        private BigDecimal targetValue;
        private final List<String> names = new ArrayList<>();
        private final List<BigDecimal> values = new ArrayList<>();

        private Builder() {}

        /**
         * @param awarded the points, unrounded, in {@code [0, points]}; not null
         * @return this builder
         * @throws IllegalArgumentException if the value has more than 90 digits or 32 decimal places,
         *     the bounds of a computed value in a result
         */
        public Builder awarded(BigDecimal awarded) {
            this.awarded = Decimals.checkComputed(requireNonNull(awarded, "awarded"), "awarded points");
            return this;
        }

        /**
         * @param formula the formula applied, not null
         * @return this builder
         */
        public Builder formula(String formula) {
            this.formula = requireNonNull(formula, "formula");
            return this;
        }

        /**
         * @param name an input's name, such as {@code "A"}; not null, not given before
         * @param value its value, not null
         * @return this builder
         * @throws IllegalArgumentException if an input of that name was given already: a trace shows each
         *     input once, and keeping either value would hide the other
         */
        public Builder input(String name, BigDecimal value) {
            requireNonNull(name, "name");
            requireNonNull(value, "value");
            int given = names.indexOf(name);
            if (given >= 0) {
                throw new IllegalArgumentException("the input \"" + name + "\" is given twice, as "
                    + values.get(given).toPlainString() + " and as " + value.toPlainString()
                    + ": each input of a formula needs a name of its own");
            }
            names.add(name);
            values.add(value);
            return this;
        }

        /**
         * @param targetStatus whether the target was met, not null
         * @return this builder
         */
        public Builder targetStatus(TargetStatus targetStatus) {
            this.targetStatus = requireNonNull(targetStatus, "targetStatus");
            return this;
        }

        /**
         * @param band the band of a qualitative rating, not null
         * @return this builder
         */
        public Builder band(ScoreBand band) {
            this.band = requireNonNull(band, "band");
            return this;
        }

        /**
         * @param note a remark kept with the outcome, not null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = requireNonNull(note, "note");
            return this;
        }

        /**
         * @param actual the actual value compared (B), not null
         * @param target the target value compared with (A), not null
         * @return this builder
         */
        public Builder compared(BigDecimal actual, BigDecimal target) {
            this.actualValue = requireNonNull(actual, "actual");
            this.targetValue = requireNonNull(target, "target");
            return this;
        }

        /**
         * @return the outcome
         * @throws IllegalStateException if {@code awarded} or {@code formula} is not set
         */
        public RuleOutcome build() {
            if (awarded == null || formula == null) {
                throw new IllegalStateException("a rule outcome needs " + (awarded == null ? "awarded points" : "a formula"));
            }
            return new RuleOutcome(Status.SCORED, awarded, targetStatus, band, formula,
                names.toArray(NO_NAMES), values.toArray(NO_VALUES), note, actualValue, targetValue);
        }
    }
}
