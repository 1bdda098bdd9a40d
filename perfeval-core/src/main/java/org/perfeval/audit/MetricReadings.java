package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Metric;

/**
 * What a metric can honestly be read as besides the framework formula ({@link Metric#formula()}),
 * and the figures a metric is computed from.
 *
 * <ul>
 *   <li>An accepted variant is another formula for the same thing; a printed value that matches it
 *       is not a finding. 预算调整率 as 预算调整数 / 预算数 with the adjusted budget as 预算数 is one.</li>
 *   <li>A non-framework reading is a practice seen in reports that the framework does not define;
 *       a printed value that matches only it is {@link FindingCode#METRIC_DEFINITION_MISMATCH}. A
 *       control rate (控制率) printed as 100% because spending stayed within budget is one: Jinshui
 *       2021 prints “三公经费”控制率 100% for 0 spent of a 1 万元 budget.</li>
 * </ul>
 */
final class MetricReadings {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricReadings() {}

    /** A reading: its name and the percentage it gives. */
    static final class Reading {
        final String zh;
        final String en;
        final BigDecimal percent;

        Reading(String zh, String en, BigDecimal percent) {
            this.zh = zh;
            this.en = en;
            this.percent = percent;
        }
    }

    /** @return the accepted variant of the metric for this budget, if it has one and it is computable */
    static Optional<Reading> acceptedVariant(Metric metric, Optional<DepartmentBudget> budget) {
        if (metric != Metric.ADJUSTMENT_RATE || budget.isEmpty()) {
            return Optional.empty();
        }
        Optional<Amount> adjusted = budget.get().adjustedBudget();
        Optional<Amount> start = budget.get().yearStartBudget();
        if (adjusted.isEmpty() || start.isEmpty() || adjusted.get().isZero()) {
            return Optional.empty();
        }
        BigDecimal ratio = Decimals.ratio(adjusted.get().yuan().subtract(start.get().yuan()), adjusted.get().yuan());
        return Optional.of(new Reading("预算调整数 / 调整后预算数", "adjustment / adjusted budget", Decimals.toPercent(ratio)));
    }

    /** @return the non-framework reading of the metric for this budget, if one applies */
    static Optional<Reading> nonFramework(Metric metric, Optional<DepartmentBudget> budget) {
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        DepartmentBudget b = budget.get();
        boolean within;
        switch (metric) {
            case THREE_PUBLIC_CONTROL_RATE:
                within = within(b.threePublicExpenditure(), b.threePublicBudget());
                break;
            case PUBLIC_FUNDS_CONTROL_RATE:
                within = within(b.publicExpenditure(), b.publicFundsBudget());
                break;
            case STAFF_CONTROL_RATE:
                within = within(b.staff(), b.authorizedStaff());
                break;
            default:
                return Optional.empty();
        }
        return within
            ? Optional.of(new Reading("未超预算即记 100%", "within budget → 100%", HUNDRED))
            : Optional.empty();
    }

    private static boolean within(Optional<Amount> spent, Optional<Amount> allowed) {
        return spent.isPresent() && allowed.isPresent() && spent.get().compareTo(allowed.get()) <= 0;
    }

    private static boolean within(OptionalInt count, OptionalInt allowed) {
        return count.isPresent() && allowed.isPresent() && count.getAsInt() <= allowed.getAsInt();
    }

    /** @return the figures given, and the figures the budget metric is computed from ({@link Metric#operands}) */
    static Figures operands(Metric metric, DepartmentBudget b, Figures figures) {
        metric.operands(b).forEach(figures::and);
        return figures;
    }
}
