package org.perfeval.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;

/**
 * A department's budget and spending for the year (预算/决算): budget at year start and after
 * adjustment, income by source, expenditure (basic: personnel and public; project), carry-over,
 * 三公经费, 公用经费, procurement, staffing, and the prior year's figures. Every figure is optional:
 * reports print some and not others.
 *
 * <p>Every metric of the common framework (财预〔2013〕53号) is a method that returns a
 * {@link MetricResult}: the value with the figures it came from, or "not computable" with the reason.
 * None throws and none makes up a zero.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class DepartmentBudget {

    DepartmentBudget() {}

    /** Builds a {@link DepartmentBudget}; every field is optional. */
    public static final class Builder extends ImmutableDepartmentBudget.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a budget that states no figure */
    public static DepartmentBudget empty() {
        return builder().build();
    }

    /** @return 年初预算数, the budget at year start */
    public abstract Optional<Amount> yearStartBudget();

    /** @return 调整预算数 (预算数), the budget after adjustment */
    public abstract Optional<Amount> adjustedBudget();

    /** @return 收入合计, total income */
    public abstract Optional<Amount> income();

    /** @return income by source, such as 财政拨款收入, in report order */
    public abstract Map<String, Amount> incomeBySource();

    /** @return 支出合计 (预算执行数, 支出决算), total expenditure */
    public abstract Optional<Amount> expenditure();

    /** @return 基本支出, basic expenditure: personnel plus public */
    public abstract Optional<Amount> basicExpenditure();

    /** @return 人员经费, personnel expenditure */
    public abstract Optional<Amount> personnelExpenditure();

    /** @return 公用经费, public (office) expenditure actually spent */
    public abstract Optional<Amount> publicExpenditure();

    /** @return 项目支出, project expenditure */
    public abstract Optional<Amount> projectExpenditure();

    /** @return 年末结转结余, carry-over at year end */
    public abstract Optional<Amount> carryOver();

    /** @return 上年结转结余, the prior year's carry-over */
    public abstract Optional<Amount> priorCarryOver();

    /** @return 三公经费预算, the budget for official receptions, vehicles and travel abroad */
    public abstract Optional<Amount> threePublicBudget();

    /** @return 三公经费实际支出 */
    public abstract Optional<Amount> threePublicExpenditure();

    /** @return 上年三公经费实际支出 */
    public abstract Optional<Amount> priorThreePublicExpenditure();

    /** @return 公用经费预算, the public-expenditure budget */
    public abstract Optional<Amount> publicFundsBudget();

    /** @return 政府采购预算 */
    public abstract Optional<Amount> procurementBudget();

    /** @return 实际政府采购金额 */
    public abstract Optional<Amount> procurementExpenditure();

    /** @return 重点项目支出 */
    public abstract Optional<Amount> keyProjectExpenditure();

    /** @return 在用固定资产 */
    public abstract Optional<Amount> fixedAssetsInUse();

    /** @return 全部固定资产 */
    public abstract Optional<Amount> fixedAssetsTotal();

    /** @return 既定支付金额, what the schedule planned to have paid */
    public abstract Optional<Amount> plannedPayments();

    /** @return 实际支付金额, what was paid */
    public abstract Optional<Amount> actualPayments();

    /** @return 在职人员数 */
    public abstract OptionalInt staff();

    /** @return 编制数, authorised staff */
    public abstract OptionalInt authorizedStaff();

    /** @return 预算执行率 = expenditure / adjusted budget */
    public MetricResult executionRate() {
        return metric(Metric.EXECUTION_RATE);
    }

    /** @return 预算调整率 = (adjusted − year start) / year start; Jinshui 2021 gives −31.55% */
    public MetricResult adjustmentRate() {
        return metric(Metric.ADJUSTMENT_RATE);
    }

    /** @return 决算较年初预算变动率 = (expenditure − year start) / year start; Guancheng 2022 gives +458.21% */
    public MetricResult budgetGrowthRate() {
        return metric(Metric.BUDGET_GROWTH_RATE);
    }

    /** @return 支付进度率 = actual payments / planned payments */
    public MetricResult paymentProgressRate() {
        return metric(Metric.PAYMENT_PROGRESS_RATE);
    }

    /** @return 结转结余率 = carry-over / adjusted budget */
    public MetricResult carryOverRate() {
        return metric(Metric.CARRY_OVER_RATE);
    }

    /** @return 结转结余变动率 = (carry-over − prior carry-over) / prior carry-over */
    public MetricResult carryOverChangeRate() {
        return metric(Metric.CARRY_OVER_CHANGE_RATE);
    }

    /** @return 公用经费控制率 = public expenditure / public-funds budget */
    public MetricResult publicFundsControlRate() {
        return metric(Metric.PUBLIC_FUNDS_CONTROL_RATE);
    }

    /** @return “三公经费”控制率 = 三公 expenditure / 三公 budget */
    public MetricResult threePublicControlRate() {
        return metric(Metric.THREE_PUBLIC_CONTROL_RATE);
    }

    /** @return “三公经费”变动率 = (三公 expenditure − prior) / prior */
    public MetricResult threePublicChangeRate() {
        return metric(Metric.THREE_PUBLIC_CHANGE_RATE);
    }

    /** @return 政府采购执行率 = procurement expenditure / procurement budget */
    public MetricResult procurementExecutionRate() {
        return metric(Metric.PROCUREMENT_EXECUTION_RATE);
    }

    /** @return 在职人员控制率 = staff / authorised staff */
    public MetricResult staffControlRate() {
        return metric(Metric.STAFF_CONTROL_RATE);
    }

    /** @return 重点支出安排率 = key project expenditure / project expenditure */
    public MetricResult keyExpenditureRate() {
        return metric(Metric.KEY_EXPENDITURE_RATE);
    }

    /** @return 固定资产利用率 = fixed assets in use / all fixed assets */
    public MetricResult fixedAssetUtilizationRate() {
        return metric(Metric.FIXED_ASSET_UTILIZATION_RATE);
    }

    /**
     * @param metric a metric, not null
     * @return the metric for this budget; the project metrics are not computable from a budget and
     *     say so (see {@link Evaluation#metric(Metric)})
     */
    public MetricResult metric(Metric metric) {
        return metric.computation().compute(metric, this);
    }

    /** @return every budget metric, computable or not, in {@link Metric} order */
    public List<MetricResult> metrics() {
        List<MetricResult> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric.isBudgetMetric()) {
                results.add(metric(metric));
            }
        }
        return results;
    }

    @Value.Check
    void check() {
        List<Optional<Amount>> all = List.of(yearStartBudget(), adjustedBudget(), income(), expenditure(),
            basicExpenditure(), personnelExpenditure(), publicExpenditure(), projectExpenditure(), carryOver(),
            priorCarryOver(), threePublicBudget(), threePublicExpenditure(), priorThreePublicExpenditure(),
            publicFundsBudget(), procurementBudget(), procurementExpenditure(), keyProjectExpenditure(),
            fixedAssetsInUse(), fixedAssetsTotal(), plannedPayments(), actualPayments());
        String[] names = {"yearStartBudget", "adjustedBudget", "income", "expenditure", "basicExpenditure",
            "personnelExpenditure", "publicExpenditure", "projectExpenditure", "carryOver", "priorCarryOver",
            "threePublicBudget", "threePublicExpenditure", "priorThreePublicExpenditure", "publicFundsBudget",
            "procurementBudget", "procurementExpenditure", "keyProjectExpenditure", "fixedAssetsInUse",
            "fixedAssetsTotal", "plannedPayments", "actualPayments"};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            all.get(i).ifPresent(a -> Budgets.nonNegative(a, "budget." + name));
        }
        incomeBySource().forEach((source, a) -> {
            if (source.isBlank()) {
                throw new IllegalArgumentException("income source name must not be blank");
            }
            Budgets.nonNegative(a, "budget.incomeBySource[" + source + "]");
        });
        staff().ifPresent(n -> nonNegative(n, "budget.staff"));
        authorizedStaff().ifPresent(n -> nonNegative(n, "budget.authorizedStaff"));
    }

    private static void nonNegative(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must be >= 0 but was " + n);
        }
    }
}
