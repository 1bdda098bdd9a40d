package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Claim;
import org.perfeval.model.Comparator;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * What a report's figures say against each other beyond its arithmetic: rates printed above what
 * their definition allows, targets that a change of any size meets, project funds beyond the income,
 * and project names repeated with different amounts.
 */
final class ConsistencyCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Metric> SIGNED_RATES = List.of(Metric.ADJUSTMENT_RATE, Metric.BUDGET_GROWTH_RATE,
        Metric.CARRY_OVER_CHANGE_RATE, Metric.THREE_PUBLIC_CHANGE_RATE);

    private final Evaluation evaluation;
    private final Limits limits;
    private final FindingList out;

    ConsistencyCheck(Evaluation evaluation, Limits limits, FindingList out) {
        this.evaluation = evaluation;
        this.limits = limits;
        this.out = out;
    }

    /** The checks of the indicator tree, in report order. */
    void runIndicators() {
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : evaluation.nodesByPath().entrySet()) {
            if (entry.getValue() instanceof Indicator) {
                Indicator indicator = (Indicator) entry.getValue();
                String path = entry.getKey().toString();
                percentActual(indicator).ifPresent(percent -> {
                    rateAboveHundred(path, indicator.name(), percent, "实际完成值 " + indicator.actual().print(),
                        "actual " + indicator.actual().print());
                    cannotBeMissed(path, indicator, percent);
                });
            }
        }
    }

    /** The checks of the projects and the claims. */
    void runProjectsAndClaims() {
        List<Claim> claims = evaluation.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (claim.percent().isPresent()) {
                rateAboveHundred("claims[" + i + "]", claim.about(), claim.percent().get(), "“" + claim.quote() + "”",
                    "\"" + claim.quote() + "\"");
            }
        }
        projectFundsAgainstIncome();
        repeatedProjectNames();
    }

    private static Optional<BigDecimal> percentActual(Indicator indicator) {
        if (!(indicator.actual() instanceof Actual.Measured)) {
            return Optional.empty();
        }
        Actual.Measured actual = (Actual.Measured) indicator.actual();
        boolean percent = actual.unit().map(Unit::isPercent).orElseGet(() -> indicator.unit().map(Unit::isPercent).orElse(false));
        return percent ? Optional.of(actual.value()) : Optional.empty();
    }

    private void rateAboveHundred(String location, String name, BigDecimal percent, String printedZh, String printedEn) {
        if (!Direction.isRateUpToHundred(name) || percent.compareTo(HUNDRED) <= 0) {
            return;
        }
        out.add(FindingCode.RATE_ABOVE_HUNDRED, location,
            name + " 按定义是部分占整体之比，不能超过 100%，而报告印为 " + printedZh,
            name + " is a part over its whole and cannot exceed 100% by its definition, yet the report prints " + printedEn,
            Figures.of("printedPercent", percent).and("maximumPercent", HUNDRED));
    }

    /** A target {@code ≤A} on a signed rate is met by a cut of any size; say so when the cut is one the rule set calls large. */
    private void cannotBeMissed(String path, Indicator indicator, BigDecimal percent) {
        boolean signed = indicator.metric().map(SIGNED_RATES::contains).orElse(false)
            || indicator.name().contains("调整率") || indicator.name().contains("变动率");
        if (!signed || !(indicator.target().orElse(null) instanceof Target.Quantitative)) {
            return;
        }
        Target.Quantitative target = (Target.Quantitative) indicator.target().get();
        boolean upperBound = target.comparator() == Comparator.AT_MOST || target.comparator() == Comparator.LESS_THAN;
        BigDecimal threshold = limits.largeAdjustmentPercent;
        if (!upperBound || target.value().signum() < 0 || percent.signum() >= 0 || percent.negate().compareTo(threshold) <= 0) {
            return;
        }
        out.add(FindingCode.TARGET_CANNOT_BE_MISSED, path,
            path + " 的目标 " + target.print() + " 只限定了上调，任何幅度的下调都算达成：实际 " + indicator.actual().print()
                + " 达成目标，却超出规则集认为较大的调整幅度 ±" + Printed.plain(threshold) + "%",
            "The target " + target.print() + " of " + path + " bounds a rise only, so a cut of any size meets it: the actual "
                + indicator.actual().print() + " meets it although it is beyond the ±" + Printed.plain(threshold)
                + "% the rule set calls a large adjustment",
            Figures.of("targetPercent", target.value()).and("actualPercent", percent).and("thresholdPercent", threshold));
    }

    private void projectFundsAgainstIncome() {
        DepartmentBudget budget = evaluation.budget().orElse(null);
        List<Project> projects = evaluation.projects();
        if (budget == null || budget.income().isEmpty() || projects.isEmpty()) {
            return;
        }
        // Plain decimals, not amounts: a sum may pass the bounds of a single printed figure.
        BigDecimal approvedWan = BigDecimal.ZERO;
        for (Project p : projects) {
            approvedWan = approvedWan.add(p.approved().wanYuan());
        }
        BigDecimal availableWan = budget.income().get().wanYuan();
        if (budget.priorCarryOver().isPresent()) {
            availableWan = availableWan.add(budget.priorCarryOver().get().wanYuan());
        }
        if (approvedWan.compareTo(availableWan) <= 0) {
            return;
        }
        String claimed = fundsInPlaceClaim();
        String what = budget.priorCarryOver().isPresent() ? "收入与上年结转之和" : "全年收入";
        String whatEn = budget.priorCarryOver().isPresent() ? "the income and the prior carry-over" : "the year's income";
        out.add(FindingCode.PROJECT_FUNDS_EXCEED_INCOME, "budget.income",
            projects.size() + " 个项目批复资金合计 " + Printed.plain(approvedWan) + " 万元，超过" + what + " " + Printed.plain(availableWan)
                + " 万元，批复资金不可能全部到位" + (claimed == null ? "" : "，与“" + claimed + "”不符"),
            "The " + projects.size() + " projects were approved " + Printed.plain(approvedWan) + " 万元 in all, more than "
                + whatEn + " of " + Printed.plain(availableWan) + " 万元: the approved funds cannot all have been in place"
                + (claimed == null ? "" : ", against the claim \"" + claimed + "\""),
            Figures.of("approved", approvedWan).and("income", availableWan).and("difference", approvedWan.subtract(availableWan)));
    }

    /** @return the quote of a claim that the funds were all in place (资金 … 到位), or null */
    private String fundsInPlaceClaim() {
        for (Claim claim : evaluation.claims()) {
            if (claim.about().contains("到位")) {
                return claim.quote();
            }
        }
        return null;
    }

    private void repeatedProjectNames() {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        List<Project> projects = evaluation.projects();
        for (int i = 0; i < projects.size(); i++) {
            byName.computeIfAbsent(projects.get(i).name(), n -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> entry : byName.entrySet()) {
            List<Integer> at = entry.getValue();
            if (at.size() < 2 || sameAmounts(projects, at)) {
                continue;
            }
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            Figures figures = Figures.of("projects", BigDecimal.valueOf(at.size()));
            for (int k = 0; k < at.size(); k++) {
                Project p = projects.get(at.get(k));
                String amounts = p.label() + " 批复 " + p.approved() + " 执行 " + p.executed();
                zh.append(k == 0 ? "" : "；").append(amounts);
                en.append(k == 0 ? "" : "; ").append(p.label()).append(" approved ").append(p.approved())
                    .append(", executed ").append(p.executed());
                figures.and("approved" + (k + 1), p.approved().wanYuan()).and("executed" + (k + 1), p.executed().wanYuan());
            }
            out.add(FindingCode.DUPLICATE_PROJECT_NAME, "projects[" + at.get(0) + "]",
                "项目名称“" + entry.getKey() + "”出现 " + at.size() + " 次，金额不同：" + zh + "。宜说明是否为不同项目",
                "The project name \"" + entry.getKey() + "\" appears " + at.size() + " times with different amounts: " + en
                    + ". Worth saying whether they are different projects",
                figures);
        }
    }

    private static boolean sameAmounts(List<Project> projects, List<Integer> at) {
        Project first = projects.get(at.get(0));
        for (int k = 1; k < at.size(); k++) {
            Project p = projects.get(at.get(k));
            if (!p.approved().isSameSumAs(first.approved()) || !p.executed().isSameSumAs(first.executed())) {
                return false;
            }
        }
        return true;
    }
}
