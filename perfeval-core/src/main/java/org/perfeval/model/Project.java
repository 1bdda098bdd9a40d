package org.perfeval.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * A project (项目) of a department: what it is for, the approved amount (批复资金, 全年预算数), the
 * executed amount (执行资金, 全年执行数), its status and optionally its own indicator tree.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Project {

    Project() {}

    /** Builds a {@link Project}; {@code name}, {@code approved} and {@code executed} are required. */
    public static final class Builder extends ImmutableProject.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number the report gives the project, such as {@code "7"} for (7), if any */
    public abstract Optional<String> number();

    /** @return the project name as printed */
    public abstract String name();

    /** @return what the project is for (主要内容), if stated */
    public abstract Optional<String> purpose();

    /** @return the year-start budget (年初预算数), if stated */
    public abstract Optional<Amount> yearStartBudget();

    /** @return the approved amount (批复资金, 全年预算数); not negative */
    public abstract Amount approved();

    /** @return the executed amount (执行资金, 全年执行数); not negative */
    public abstract Amount executed();

    /** @return whether the report says the project is finished or running, if it says */
    public abstract Optional<Status> status();

    /** @return the project's own indicator tree, empty when the report gives none */
    public abstract List<IndicatorNode> indicators();

    /** @return executed / approved, or not computable if nothing was approved */
    public MetricResult executionRate() {
        return MetricResult.ratio(Metric.EXECUTION_RATE, executed().yuan(), approved().yuan(),
            () -> executed().number().toPlainString() + " / " + approved().number().toPlainString());
    }

    /** @return a label for messages: {@code (7) 更换区中心机房 UPS 网络等保整改} */
    public String label() {
        return number().map(n -> "(" + n + ") ").orElse("") + name();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("project name must not be blank");
        }
        nonNegative(approved(), "approved amount");
        nonNegative(executed(), "executed amount");
        yearStartBudget().ifPresent(a -> nonNegative(a, "year-start budget"));
        if (!indicators().isEmpty()) {
            IndicatorTrees.checkSiblings(indicators(), "project " + label());
        }
    }

    /** Names the project only when the amount is refused: most projects are read by the thousand. */
    private void nonNegative(Amount amount, String what) {
        if (amount.signum() < 0) {
            Budgets.nonNegative(amount, what + " of project " + label());
        }
    }

    /** Whether a project is finished (已完结) or still running (正在进行). */
    public enum Status {
        /** 已完结. */
        COMPLETED("已完结"),
        /** 正在进行. */
        ONGOING("正在进行");

        private final String chineseName;

        Status(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return the Chinese name, such as {@code 已完结} */
        public String chineseName() {
            return chineseName;
        }
    }
}
