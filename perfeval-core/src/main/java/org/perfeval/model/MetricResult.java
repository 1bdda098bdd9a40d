package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;
import org.perfeval.internal.Decimals;


/**
 * The value of one {@link Metric} for one report: a ratio with the figures it came from, or the reason
 * it cannot be computed (a missing input, a zero denominator). Never an exception, never a made-up
 * zero.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetricResult {
    private final Metric metric;
    private final BigDecimal ratio;
    /** Prints the figures when first asked: the audit computes many metrics and prints few. */
    private final Supplier<String> figures;
    /** The printed explanation once made; racy but harmless, as strings are immutable. */
    private String explanation;

    private MetricResult(Metric metric, BigDecimal ratio, String explanation) {
        this.metric = requireNonNull(metric, "metric");
        this.ratio = ratio;
        this.explanation = requireNonNull(explanation, "explanation");
        this.figures = null;
    }

    private MetricResult(Metric metric, BigDecimal ratio, Supplier<String> figures) {
        this.metric = metric;
        this.ratio = ratio;
        this.figures = figures;
    }

    /**
     * Computes {@code numerator / denominator}, or "not computable" if the denominator is zero.
     *
     * @param metric the metric, not null
     * @param numerator the numerator, not null
     * @param denominator the denominator, not null
     * @param figures the computation in figures, such as {@code "918.886283 / 918.886283"}
     * @return the result
     */
    public static MetricResult ratio(Metric metric, BigDecimal numerator, BigDecimal denominator, String figures) {
        requireNonNull(figures, "figures");
        return ratio(metric, numerator, denominator, () -> figures);
    }

    /** As {@link #ratio(Metric, BigDecimal, BigDecimal, String)}, printing the figures only when asked. */
    static MetricResult ratio(Metric metric, BigDecimal numerator, BigDecimal denominator, Supplier<String> figures) {
        requireNonNull(metric, "metric");
        if (denominator.signum() == 0) {
            return notComputable(metric, "the denominator is zero (" + figures.get() + ")");
        }
        return new MetricResult(metric, Decimals.ratio(numerator, denominator), figures);
    }

    /**
     * @param metric the metric, not null
     * @param reason why it cannot be computed, such as {@code "年初预算数 is not given"}
     * @return a result without value
     */
    public static MetricResult notComputable(Metric metric, String reason) {
        return new MetricResult(metric, null, reason);
    }

    /** @return the metric */
    public Metric metric() {
        return metric;
    }

    /** @return whether a value could be computed */
    public boolean isComputable() {
        return ratio != null;
    }

    /** @return the ratio ({@code 0.805081…} for 80.51%) at 12 decimal places, if computable */
    public Optional<BigDecimal> ratio() {
        return Optional.ofNullable(ratio);
    }

    /**
     * @param scale the decimal places of the percentage, such as 2
     * @return the percentage rounded half-up (四舍五入) as reports print it, such as {@code 80.51}
     */
    public Optional<BigDecimal> percent(int scale) {
        return ratio().map(r -> Decimals.toPercent(r).setScale(scale, RoundingMode.HALF_UP));
    }

    /** @return the computation in figures when computable, else the reason it is not */
    public String explanation() {
        String printed = explanation;
        if (printed == null) {
            printed = requireNonNull(figures.get(), "explanation");
            explanation = printed;
        }
        return printed;
    }

    /** @return such as {@code "预算调整率 -31.55% ((918.886283 − 1342.46) / 1342.46)"} */
    @Override
    public String toString() {
        return metric.chineseName() + " "
            + percent(2).map(p -> p.toPlainString() + "% (" + explanation() + ")").orElse("not computable: " + explanation());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MetricResult)) {
            return false;
        }
        MetricResult that = (MetricResult) other;
        return metric == that.metric && java.util.Objects.equals(ratio, that.ratio) && explanation().equals(that.explanation());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(metric, ratio, explanation());
    }
}
