package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.MetricResult;

/**
 * The budget block against itself: the accounting identities (收支平衡, the split of expenditure,
 * income by source) and the size of the budget adjustment. An identity is checked only when the
 * report prints every figure in it; a sum may differ from its parts by what printing each figure to
 * its last digit can have rounded away (half a unit in that digit, at least 0.005 万元, per figure).
 * Figures are in 万元.
 */
final class BudgetCheck {
    private final DepartmentBudget budget;
    private final Limits limits;
    private final FindingList out;

    BudgetCheck(DepartmentBudget budget, Limits limits, FindingList out) {
        this.budget = budget;
        this.limits = limits;
        this.out = out;
    }

    void run() {
        checkBalance();
        identity("budget.expenditure", List.of(term("expenditure", "支出合计", "expenditure", budget.expenditure())),
            List.of(term("basicExpenditure", "基本支出", "basic expenditure", budget.basicExpenditure()),
                term("projectExpenditure", "项目支出", "project expenditure", budget.projectExpenditure())));
        identity("budget.basicExpenditure", List.of(term("basicExpenditure", "基本支出", "basic expenditure", budget.basicExpenditure())),
            List.of(term("personnelExpenditure", "人员经费", "personnel expenditure", budget.personnelExpenditure()),
                term("publicExpenditure", "公用经费", "public expenditure", budget.publicExpenditure())));
        checkSources();
        checkAdjustment();
    }

    /** 收入合计 (+ 上年结转结余) = 支出合计 + 年末结转结余. */
    private void checkBalance() {
        List<Term> left = new ArrayList<>();
        left.add(term("income", "收入合计", "income", budget.income()));
        if (budget.priorCarryOver().isPresent()) {
            left.add(term("priorCarryOver", "上年结转结余", "prior carry-over", budget.priorCarryOver()));
        }
        identity("budget.income", left, List.of(term("expenditure", "支出合计", "expenditure", budget.expenditure()),
            term("carryOver", "年末结转结余", "carry-over", budget.carryOver())));
    }

    private void checkSources() {
        if (budget.income().isEmpty() || budget.incomeBySource().isEmpty()) {
            return;
        }
        List<Term> sources = new ArrayList<>();
        for (Map.Entry<String, Amount> source : budget.incomeBySource().entrySet()) {
            sources.add(new Term(null, source.getKey(), source.getKey(), source.getValue()));
        }
        identity("budget.incomeBySource", List.of(term("income", "收入合计", "income", budget.income())), sources);
    }

    private void identity(String location, List<Term> left, List<Term> right) {
        BigDecimal leftSum = BigDecimal.ZERO;
        BigDecimal rightSum = BigDecimal.ZERO;
        BigDecimal slack = BigDecimal.ZERO;
        for (Term t : left) {
            if (t.amount == null) {
                return;
            }
            leftSum = leftSum.add(t.amount.wanYuan());
            slack = slack.add(Printed.roundingSlack(t.amount));
        }
        for (Term t : right) {
            if (t.amount == null) {
                return;
            }
            rightSum = rightSum.add(t.amount.wanYuan());
            slack = slack.add(Printed.roundingSlack(t.amount));
        }
        BigDecimal difference = leftSum.subtract(rightSum);
        if (difference.abs().compareTo(slack) <= 0) {
            return;
        }
        Figures figures = new Figures();
        for (Term t : left) {
            if (t.key != null) {
                figures.and(t.key, t.amount.wanYuan());
            }
        }
        for (Term t : right) {
            if (t.key != null) {
                figures.and(t.key, t.amount.wanYuan());
            }
        }
        if (right.get(0).key == null) {
            figures.and("incomeBySourceSum", rightSum);
        }
        figures.and("difference", difference).and("tolerance", slack);
        out.add(FindingCode.BUDGET_IDENTITY_BROKEN, location,
            describe(left, true) + " ≠ " + describe(right, true) + "：" + Printed.plain(leftSum) + " ≠ " + Printed.plain(rightSum)
                + " 万元，相差 " + Printed.plain(difference) + " 万元",
            describe(left, false) + " ≠ " + describe(right, false) + ": " + Printed.plain(leftSum) + " ≠ "
                + Printed.plain(rightSum) + " 万元, a difference of " + Printed.plain(difference) + " 万元",
            figures);
    }

    private static String describe(List<Term> terms, boolean zh) {
        StringBuilder text = new StringBuilder();
        for (Term t : terms) {
            if (text.length() > 0) {
                text.append(" + ");
            }
            text.append(zh ? t.zh : t.en).append(" (").append(Printed.plain(t.amount.wanYuan())).append(')');
        }
        return text.toString();
    }

    private void checkAdjustment() {
        MetricResult rate = budget.adjustmentRate();
        boolean adjusted = rate.isComputable();
        if (!adjusted) {
            rate = budget.budgetGrowthRate();
            if (!rate.isComputable()) {
                return;
            }
        }
        BigDecimal percent = Decimals.toPercent(rate.ratio().get());
        if (percent.abs().compareTo(limits.largeAdjustmentPercent) <= 0) {
            return;
        }
        String shown = Printed.signedPercent(Printed.percent(rate.ratio().get()));
        String threshold = Printed.plain(limits.largeAdjustmentPercent);
        Figures figures = Figures.of("ratePercent", Printed.percent(rate.ratio().get()))
            .and("thresholdPercent", limits.largeAdjustmentPercent)
            .and("yearStartBudget", budget.yearStartBudget().get().wanYuan());
        if (adjusted) {
            figures.and("adjustedBudget", budget.adjustedBudget().get().wanYuan());
            out.add(FindingCode.LARGE_BUDGET_ADJUSTMENT, "budget.adjustedBudget",
                "预算调整率 " + shown + "（(调整后预算数 − 年初预算数) / 年初预算数 = " + rate.explanation() + "）超过规则集阈值 ±"
                    + threshold + "%",
                "The budget adjustment rate " + shown + " ((adjusted − year-start budget) / year-start budget = "
                    + rate.explanation() + ") is beyond the rule set's threshold of " + threshold + "% either way",
                figures);
        } else {
            figures.and("expenditure", budget.expenditure().get().wanYuan());
            out.add(FindingCode.LARGE_BUDGET_ADJUSTMENT, "budget.expenditure",
                "报告未列调整后预算数，按决算较年初预算变动率计：" + shown + "（(支出合计 − 年初预算数) / 年初预算数 = "
                    + rate.explanation() + "），超过规则集阈值 ±" + threshold + "%",
                "The report gives no adjusted budget; measured by the growth of final spending over the year-start budget "
                    + "(决算较年初): " + shown + " ((expenditure − year-start budget) / year-start budget = "
                    + rate.explanation() + "), beyond the rule set's threshold of " + threshold + "% either way",
                figures);
        }
    }

    private static Term term(String key, String zh, String en, Optional<Amount> amount) {
        return new Term(key, zh, en, amount.orElse(null));
    }

    /** One figure of an identity; {@code key} names it among the figures, null for an income source. */
    private static final class Term {
        final String key;
        final String zh;
        final String en;
        final Amount amount;

        Term(String key, String zh, String en, Amount amount) {
            this.key = key;
            this.zh = zh;
            this.en = en;
            this.amount = amount;
        }
    }
}
