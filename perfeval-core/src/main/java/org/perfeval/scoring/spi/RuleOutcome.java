package org.perfeval.scoring.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
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
        // Arrays rather than lists: every built-in rule makes an outcome per indicator, and an outcome
        // shares the arrays a map of {@link Inputs} holds instead of copying them.
        private String[] names = NO_NAMES;
        private BigDecimal[] values = NO_VALUES;
        private int inputCount;
        /** Whether {@link #names} and {@link #values} are a map's, to copy before writing. */
        private boolean shared;

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
            unshare();
            requireNonNull(name, "name");
            requireNonNull(value, "value");
            for (int given = 0; given < inputCount; given++) {
                if (names[given].equals(name)) {
                    throw new IllegalArgumentException("the input \"" + name + "\" is given twice, as "
                        + values[given].toPlainString() + " and as " + value.toPlainString()
                        + ": each input of a formula needs a name of its own");
                }
            }
            if (inputCount == names.length) {
                int capacity = Math.max(4, 2 * inputCount);
                names = Arrays.copyOf(names, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            names[inputCount] = name;
            values[inputCount++] = value;
            return this;
        }

        /**
         * Gives every input of a map, in its order, as {@link #input} would one by one.
         *
         * @param inputs the inputs by name, not null, no null value
         * @return this builder
         * @throws IllegalArgumentException if an input of one of those names was given already
         */
        public Builder inputs(Map<String, BigDecimal> inputs) {
            requireNonNull(inputs, "inputs");
            if (inputCount == 0 && inputs instanceof Inputs) {
                // Distinct names and no null, as Inputs ensures; its arrays are never written.
                names = Inputs.names(inputs);
                values = Inputs.values(inputs);
                inputCount = names.length;
                shared = true;
                return this;
            }
            unshare();
            inputs.forEach(this::input);
            return this;
        }

        /** Copies shared arrays before the builder writes them. */
        private void unshare() {
            if (shared) {
                names = names.clone();
                values = values.clone();
                shared = false;
            }
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
            // Shared arrays are never written: unshare() copies them first, and the outcome hands out a read-only map.
            boolean whole = inputCount == names.length;
            return new RuleOutcome(Status.SCORED, awarded, targetStatus, band, formula,
                whole ? names : Arrays.copyOf(names, inputCount), whole ? values : Arrays.copyOf(values, inputCount),
                note, actualValue, targetValue);
        }
    }
}
