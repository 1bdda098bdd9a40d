package org.perfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A figure a report states in its prose, or in a table with no built-in metric, kept as data so that
 * it can be checked against the report's own numbers: "已完结的项目预算执行率 100%", "公用经费控制率为84.50%"
 * (a {@link #metric()} claim), "人民群众满意度 100%", "推动30个单位…进驻" (a {@link #subject()} claim, with
 * the subject as the report names it).
 *
 * <p>A claim states either a metric or a subject, and either a percentage ({@link #percent()}) or a
 * printed figure with its unit ({@link #figure()}, such as {@code 30个}); a metric claim states a
 * percentage. The audit checks a metric claim against the metric computed from the report's figures,
 * a subject claim against the indicator of that name or the count of projects it speaks of, and says
 * {@code CLAIM_UNVERIFIABLE} where the report gives nothing to check it with.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Claim {

    Claim() {}

    /**
     * Longest quote, in characters: a sentence of a report. The audit repeats the quote in what it
     * finds about each project a claim speaks for.
     */
    public static final int MAX_QUOTE_LENGTH = 500;

    /** Longest subject, in characters: as long as an indicator name. */
    public static final int MAX_SUBJECT_LENGTH = IndicatorNode.MAX_NAME_LENGTH;

    /** Builds a {@link Claim}; a metric or a subject, a percent or a figure, and the quote are required. */
    public static final class Builder extends ImmutableClaim.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param metric what the claim is about, not null
     * @param percent the claimed value as a percentage, as printed ({@code 84.50}), not null
     * @param quote the sentence of the report that states it, not blank, at most {@value #MAX_QUOTE_LENGTH} characters
     * @return the claim
     */
    public static Claim of(Metric metric, BigDecimal percent, String quote) {
        return builder().metric(metric).percent(percent).quote(quote).build();
    }

    /** @return the framework metric the claim states, if it states one */
    public abstract Optional<Metric> metric();

    /**
     * @return what the figure is about, as the report names it ({@code 人民群众满意度}, {@code 进驻单位}),
     *     for a claim that states no metric
     */
    public abstract Optional<String> subject();

    /** @return the claimed value as a percentage, with the digits printed ({@code 84.50} keeps its 0), if a percentage */
    public abstract Optional<BigDecimal> percent();

    /** @return the claimed figure as printed with its unit ({@code 30个}, {@code 960项}), if not a percentage */
    public abstract Optional<Actual.Measured> figure();

    /**
     * @return the report's own words, such as {@code 已完结的项目预算执行率 100%}; not blank, at most
     *     {@value #MAX_QUOTE_LENGTH} characters
     */
    public abstract String quote();

    /** @return where in the report the claim stands, such as {@code 三、综合评价结论}, if recorded */
    public abstract Optional<String> section();

    /** @return the metric's Chinese name, else the subject: what the claim is about, for messages */
    public String about() {
        return metric().map(Metric::chineseName).orElseGet(() -> subject().orElse(""));
    }

    /** @return the claimed value as printed: {@code 84.50%} or {@code 30个} */
    public String printedValue() {
        return percent().map(p -> p.toPlainString() + "%").orElseGet(() -> figure().map(Actual::print).orElse(""));
    }

    @Value.Check
    void check() {
        if (metric().isPresent() == subject().isPresent()) {
            throw new IllegalArgumentException("a claim states either a metric or a subject, not "
                + (metric().isPresent() ? "both" : "neither") + " (\"" + quote() + "\")");
        }
        if (percent().isPresent() == figure().isPresent()) {
            throw new IllegalArgumentException("a claim states either a percent or a figure, not "
                + (percent().isPresent() ? "both" : "neither") + " (\"" + quote() + "\")");
        }
        if (metric().isPresent() && percent().isEmpty()) {
            throw new IllegalArgumentException("a claim about " + metric().get().chineseName()
                + " states a percent, not the figure " + figure().get().print());
        }
        percent().ifPresent(p -> Decimals.checkBounded(p, "claimed percent"));
        subject().ifPresent(subject -> {
            if (subject.isBlank() || !subject.strip().equals(subject) || subject.length() > MAX_SUBJECT_LENGTH) {
                throw new IllegalArgumentException("claim subject must be 1 to " + MAX_SUBJECT_LENGTH
                    + " characters without surrounding space but was \"" + subject + "\"");
            }
        });
        if (quote().isBlank()) {
            throw new IllegalArgumentException("claim quote must not be blank (" + about() + ")");
        }
        if (quote().length() > MAX_QUOTE_LENGTH) {
            throw new IllegalArgumentException("claim quote must be at most " + MAX_QUOTE_LENGTH + " characters but has "
                + quote().length() + " (" + about() + ")");
        }
    }
}
