package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The budget metrics of the common indicator framework (财预〔2013〕53号) and the project aggregates
 * that reports claim, each with its Chinese name, its formula and its direction.
 *
 * <p>{@link DepartmentBudget#metric(Metric)} and {@link Evaluation#metric(Metric)} compute them;
 * an indicator named after a metric takes its direction and, under the budget-execution rule, its
 * actual from here.
 */
public enum Metric {
    /**
     * 预算执行率 = 预算执行数 / 预算数 (budget after adjustment). Score tables name the category scored by
     * it 预算执行 (a 预算执行 row worth 10 points), so that name refers to it too.
     */
    EXECUTION_RATE("预算执行率", "支出合计 / 调整后预算数", Direction.POSITIVE,
        MetricFormula.ratio("支出合计", DepartmentBudget::expenditure, "调整预算数", DepartmentBudget::adjustedBudget), "预算完成率", "整体支出完成率", "预算执行"),
    /** 预算调整率 = (调整后预算数 − 年初预算数) / 年初预算数, the form real reports compute. */
    ADJUSTMENT_RATE("预算调整率", "(调整后预算数 − 年初预算数) / 年初预算数", Direction.REVERSE,
        MetricFormula.change("调整预算数", DepartmentBudget::adjustedBudget, "年初预算数", DepartmentBudget::yearStartBudget)),
    /**
     * 决算较年初预算变动率 = (支出合计 − 年初预算数) / 年初预算数: how far final spending moved from
     * the year-start budget, for reports that print no adjusted budget.
     */
    BUDGET_GROWTH_RATE("决算较年初预算变动率", "(支出合计 − 年初预算数) / 年初预算数", Direction.REVERSE,
        MetricFormula.change("支出合计", DepartmentBudget::expenditure, "年初预算数", DepartmentBudget::yearStartBudget)),
    /** 支付进度率 = 实际支付进度 / 既定支付进度. */
    PAYMENT_PROGRESS_RATE("支付进度率", "实际支付金额 / 既定支付金额", Direction.POSITIVE,
        MetricFormula.ratio("实际支付金额", DepartmentBudget::actualPayments, "既定支付金额", DepartmentBudget::plannedPayments)),
    /** 结转结余率 = 结转结余总额 / 支出预算数. */
    CARRY_OVER_RATE("结转结余率", "年末结转结余 / 调整后预算数", Direction.REVERSE,
        MetricFormula.ratio("年末结转结余", DepartmentBudget::carryOver, "调整预算数", DepartmentBudget::adjustedBudget)),
    /** 结转结余变动率 = (本年结转结余 − 上年) / 上年. */
    CARRY_OVER_CHANGE_RATE("结转结余变动率", "(年末结转结余 − 上年结转结余) / 上年结转结余", Direction.REVERSE,
        MetricFormula.change("年末结转结余", DepartmentBudget::carryOver, "上年结转结余", DepartmentBudget::priorCarryOver)),
    /** 公用经费控制率 = 实际支出公用经费 / 预算安排公用经费. */
    PUBLIC_FUNDS_CONTROL_RATE("公用经费控制率", "公用经费实际支出 / 公用经费预算", Direction.REVERSE,
        MetricFormula.ratio("公用经费", DepartmentBudget::publicExpenditure, "公用经费预算", DepartmentBudget::publicFundsBudget)),
    /** "三公经费"控制率 = 三公经费实际支出 / 三公经费预算. */
    THREE_PUBLIC_CONTROL_RATE("“三公经费”控制率", "三公经费实际支出 / 三公经费预算", Direction.REVERSE,
        MetricFormula.ratio("三公经费实际支出", DepartmentBudget::threePublicExpenditure, "三公经费预算", DepartmentBudget::threePublicBudget), "三公经费控制率"),
    /** "三公经费"变动率 = (本年三公 − 上年三公) / 上年三公. */
    THREE_PUBLIC_CHANGE_RATE("“三公经费”变动率", "(三公经费实际支出 − 上年三公经费) / 上年三公经费", Direction.REVERSE,
        MetricFormula.change("三公经费实际支出", DepartmentBudget::threePublicExpenditure, "上年三公经费", DepartmentBudget::priorThreePublicExpenditure),
        "三公经费变动率"),
    /** 政府采购执行率 = 实际政府采购金额 / 政府采购预算. */
    PROCUREMENT_EXECUTION_RATE("政府采购执行率", "政府采购实际金额 / 政府采购预算", Direction.POSITIVE,
        MetricFormula.ratio("实际政府采购金额", DepartmentBudget::procurementExpenditure, "政府采购预算", DepartmentBudget::procurementBudget)),
    /** 在职人员控制率 = 在职人员数 / 编制数. */
    STAFF_CONTROL_RATE("在职人员控制率", "在职人员数 / 编制数", Direction.REVERSE,
        MetricFormula.staff()),
    /** 重点支出安排率 = 重点项目支出 / 项目总支出. */
    KEY_EXPENDITURE_RATE("重点支出安排率", "重点项目支出 / 项目支出", Direction.POSITIVE,
        MetricFormula.ratio("重点项目支出", DepartmentBudget::keyProjectExpenditure, "项目支出", DepartmentBudget::projectExpenditure)),
    /** 固定资产利用率 = 在用固定资产 / 全部固定资产. */
    FIXED_ASSET_UTILIZATION_RATE("固定资产利用率", "在用固定资产 / 全部固定资产", Direction.POSITIVE,
        MetricFormula.ratio("在用固定资产", DepartmentBudget::fixedAssetsInUse, "全部固定资产", DepartmentBudget::fixedAssetsTotal)),
    /** Execution of all projects: Σ 执行资金 / Σ 批复资金. */
    PROJECTS_EXECUTION_RATE("项目预算执行率", "Σ 项目执行资金 / Σ 项目批复资金", Direction.POSITIVE,
        MetricFormula.projects()),
    /** Execution of the completed projects only: Σ 执行资金 / Σ 批复资金 over projects marked completed. */
    COMPLETED_PROJECTS_EXECUTION_RATE("已完结项目预算执行率", "Σ 已完结项目执行资金 / Σ 已完结项目批复资金",
        Direction.POSITIVE,
        MetricFormula.projects());

    private final String chineseName;
    private final String formula;
    private final Direction direction;
    private final MetricFormula computation;
    private final String[] aliases;

    Metric(String chineseName, String formula, Direction direction, MetricFormula computation, String... aliases) {
        this.chineseName = chineseName;
        this.formula = formula;
        this.direction = direction;
        this.computation = computation;
        this.aliases = aliases;
    }

    /** @return how the metric is computed from a budget */
    MetricFormula computation() {
        return computation;
    }

    /** @return whether a budget gives the metric; the project metrics come from the projects */
    public boolean isBudgetMetric() {
        return computation.fromBudget();
    }

    /**
     * The figures the metric is computed from, as an audit finding shows them: {@code numerator} and
     * {@code denominator} of a ratio or {@code current} and {@code base} of a change rate, in 万元
     * (persons for 在职人员控制率).
     *
     * @param budget the budget, not null
     * @return the figures by name, in that order; empty when one is not given or the metric is not a
     *     budget metric
     */
    public Map<String, BigDecimal> operands(DepartmentBudget budget) {
        return computation.operands(requireNonNull(budget, "budget"));
    }

    /** @return the metric's name in reports, such as {@code 预算执行率} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the formula, in the reports' words */
    public String formula() {
        return formula;
    }

    /** @return which way the metric is better */
    public Direction direction() {
        return direction;
    }

    /**
     * Finds the metric an indicator's name refers to: its Chinese name or an alias, with or without
     * the quotation marks around 三公经费.
     *
     * @param name an indicator name as printed, not null
     * @return the metric, if the name is one
     */
    public static Optional<Metric> byName(String name) {
        requireNonNull(name, "name");
        return Optional.ofNullable(Names.BY_NAME.get(bare(name)));
    }

    private static String bare(String name) {
        return plain(name) ? name : name.strip().replace("“", "").replace("”", "").replace("\"", "");
    }

    /** @return whether the name has no quotation mark and no surrounding space: the common case, read in one pass */
    private static boolean plain(String name) {
        int n = name.length();
        if (n == 0 || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(n - 1))
                || Character.isSpaceChar(name.charAt(0)) || Character.isSpaceChar(name.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** The names by which {@link #byName(String)} finds a metric; the first metric in order wins a shared name. */
    private static final class Names {
        static final Map<String, Metric> BY_NAME = new HashMap<>();

        static {
            for (Metric metric : values()) {
                BY_NAME.putIfAbsent(metric.chineseName.replace("“", "").replace("”", ""), metric);
                for (String alias : metric.aliases) {
                    BY_NAME.putIfAbsent(alias, metric);
                }
            }
        }
    }
}
