package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * One thing an audit found in a report: a stable {@link FindingCode}, a {@link Severity}, where it
 * sits (an indicator path such as {@code 产出指标/履职目标实现/标兵奖}, or a field such as
 * {@code budget.income} or {@code claims[0]}), a message in Chinese and in English, and the figures
 * behind it.
 *
 * <p>A finding is a result, never an exception. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Finding {

    Finding() {}

    /** Builds a {@link Finding}; every field but the figures is required. */
    public static final class Builder extends ImmutableFinding.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the stable code */
    @Value.Parameter
    public abstract FindingCode code();

    /** @return how much it matters */
    @Value.Parameter
    public abstract Severity severity();

    /** @return an indicator path or a field name; empty for the report as a whole */
    @Value.Parameter
    public abstract String location();

    /** @return the message in Chinese */
    @Value.Parameter
    public abstract String messageZh();

    /** @return the message in English */
    @Value.Parameter
    public abstract String messageEn();

    /** @return the figures behind the finding by name, in the order they explain it */
    @Value.Parameter
    public abstract Map<String, BigDecimal> figures();

    @Value.Check
    void check() {
        if (messageZh().isBlank() || messageEn().isBlank()) {
            throw new IllegalArgumentException("finding " + code() + " at " + location() + " needs both messages");
        }
    }

    /** How much a finding matters. */
    public enum Severity {
        /** The report contradicts its own numbers or the rules. */
        ERROR,
        /** The report is doubtful: a large deviation, an unexplained deduction. */
        WARNING,
        /** Worth knowing, nothing wrong. */
        INFO
    }
}
