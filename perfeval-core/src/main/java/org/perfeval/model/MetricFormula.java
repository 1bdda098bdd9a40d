package org.perfeval.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * How a {@link Metric} is computed from a {@link DepartmentBudget}: which figures, by which form. The
 * one place a metric's inputs are stated; the value ({@link #compute}) and the figures an audit
 * finding shows ({@link #operands}) both come from it.
 */
abstract class MetricFormula {

    /** @return the metric's value for the budget, or "not computable" naming the missing figure */
    abstract MetricResult compute(Metric metric, DepartmentBudget budget);

    /** @return the figures in 万元 (persons for staff) under stable names; empty unless all are given */
    abstract Map<String, BigDecimal> operands(DepartmentBudget budget);

    /** @return whether a budget can give the metric at all */
    boolean fromBudget() {
        return true;
    }

    /** numerator / denominator. */
    static MetricFormula ratio(String numeratorName, Function<DepartmentBudget, Optional<Amount>> numerator,
            String denominatorName, Function<DepartmentBudget, Optional<Amount>> denominator) {
        return new Amounts(numeratorName, numerator, denominatorName, denominator, false);
    }

    /** (current − base) / base. */
    static MetricFormula change(String currentName, Function<DepartmentBudget, Optional<Amount>> current,
            String baseName, Function<DepartmentBudget, Optional<Amount>> base) {
        return new Amounts(currentName, current, baseName, base, true);
    }

    /** staff / authorised staff, both counts of persons. */
    static MetricFormula staff() {
        return new Staff();
    }

    /** Computed from the projects by {@link Evaluation#metric(Metric)}, never from a budget. */
    static MetricFormula projects() {
        return new MetricFormula() {
            @Override
            MetricResult compute(Metric metric, DepartmentBudget budget) {
                return MetricResult.notComputable(metric, metric.chineseName() + " is computed from the projects, not the budget");
            }

            @Override
            Map<String, BigDecimal> operands(DepartmentBudget budget) {
                return Map.of();
            }

            @Override
            boolean fromBudget() {
                return false;
            }
        };
    }

    private static final class Amounts extends MetricFormula {
        private final String firstName;
        private final Function<DepartmentBudget, Optional<Amount>> first;
        private final String secondName;
        private final Function<DepartmentBudget, Optional<Amount>> second;
        private final boolean change;

        Amounts(String firstName, Function<DepartmentBudget, Optional<Amount>> first, String secondName,
                Function<DepartmentBudget, Optional<Amount>> second, boolean change) {
            this.firstName = firstName;
            this.first = first;
            this.secondName = secondName;
            this.second = second;
            this.change = change;
        }

        @Override
        MetricResult compute(Metric metric, DepartmentBudget budget) {
            Optional<Amount> a = first.apply(budget);
            Optional<Amount> b = second.apply(budget);
            if (a.isEmpty() || b.isEmpty()) {
                return MetricResult.notComputable(metric, (a.isEmpty() ? firstName : secondName) + " is not given");
            }
            if (!change) {
                return MetricResult.ratio(metric, a.get().yuan(), b.get().yuan(), () -> Budgets.figures(a.get(), b.get()));
            }
            // In yuan as BigDecimal, not Amount: the 元 form of a 34-digit 万元 sum is beyond Amount's bound.
            BigDecimal difference = a.get().yuan().subtract(b.get().yuan());
            return MetricResult.ratio(metric, difference, b.get().yuan(),
                () -> "(" + a.get().number().toPlainString() + " − " + b.get().number().toPlainString() + ") / "
                    + b.get().number().toPlainString());
        }

        @Override
        Map<String, BigDecimal> operands(DepartmentBudget budget) {
            Optional<Amount> a = first.apply(budget);
            Optional<Amount> b = second.apply(budget);
            if (a.isEmpty() || b.isEmpty()) {
                return Map.of();
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            out.put(change ? "current" : "numerator", a.get().wanYuan());
            out.put(change ? "base" : "denominator", b.get().wanYuan());
            return out;
        }
    }

    private static final class Staff extends MetricFormula {
        @Override
        MetricResult compute(Metric metric, DepartmentBudget budget) {
            OptionalInt staff = budget.staff();
            OptionalInt authorized = budget.authorizedStaff();
            if (staff.isEmpty() || authorized.isEmpty()) {
                return MetricResult.notComputable(metric, (staff.isEmpty() ? "在职人员数" : "编制数") + " is not given");
            }
            return MetricResult.ratio(metric, BigDecimal.valueOf(staff.getAsInt()), BigDecimal.valueOf(authorized.getAsInt()),
                () -> staff.getAsInt() + " / " + authorized.getAsInt());
        }

        @Override
        Map<String, BigDecimal> operands(DepartmentBudget budget) {
            if (budget.staff().isEmpty() || budget.authorizedStaff().isEmpty()) {
                return Map.of();
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            out.put("numerator", BigDecimal.valueOf(budget.staff().getAsInt()));
            out.put("denominator", BigDecimal.valueOf(budget.authorizedStaff().getAsInt()));
            return out;
        }
    }
}
