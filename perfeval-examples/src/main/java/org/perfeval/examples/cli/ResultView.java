package org.perfeval.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.Metric;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;

/**
 * One scored report as a {@link Page}: the report's own kind of score table (指标, 权重分值, 得分,
 * 得分率) with the computed and the reported figures side by side, the grade, the budget and its
 * metrics beside the figures the report claims, the projects, and the audit's findings.
 *
 * <p>A report without an indicator table is not given a total: the rule set would count every
 * missing category as 0, a statement about the document's shape rather than the department. The page
 * says so and shows what the report's own figures allow.
 */
final class ResultView {
    /** Metrics that measure a change, printed with their sign ({@code +458.21%}). */
    private static final Set<Metric> CHANGES = EnumSet.of(Metric.ADJUSTMENT_RATE, Metric.BUDGET_GROWTH_RATE,
        Metric.CARRY_OVER_CHANGE_RATE, Metric.THREE_PUBLIC_CHANGE_RATE);
    private static final String NONE = "—";
    private static final String DERIVED = "*";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String source;
    private final EvaluationResult result;
    private final RuleSet ruleSet;
    private final List<LintProblem> fit;
    private final List<Finding> findings;
    private final Evaluation evaluation;

    /** @param scored the report scored, with the rule set's fit and the audit's findings */
    ResultView(Scorer.Scored scored) {
        this.source = scored.source();
        this.result = scored.result();
        this.ruleSet = scored.ruleSet();
        this.fit = scored.fit();
        this.findings = scored.result().findings();
        this.evaluation = result.evaluation();
    }

    Page page() {
        Page page = new Page()
            .heading(1, evaluation.unit() + " " + evaluation.year() + " " + evaluation.kind().chineseName());
        List<String> about = new ArrayList<>();
        about.add("Source: " + source);
        evaluation.title().ifPresent(title -> about.add("Title: " + title));
        about.add("Rule set: " + ruleSet.id() + ", version " + ruleSet.version() + ", for " + ruleSet.jurisdiction()
            + ruleSet.title().map(t -> ": " + t).orElse(""));
        page.paragraph(about.toArray(String[]::new));
        score(page);
        evaluation.budget().ifPresent(budget -> budget(page, budget));
        metrics(page);
        if (!evaluation.projects().isEmpty()) {
            projects(page);
        }
        findings(page);
        return page;
    }

    private boolean hasTree() {
        return !evaluation.indicators().isEmpty();
    }

    private void score(Page page) {
        page.heading(2, "Score 得分");
        if (!hasTree()) {
            page.paragraph(
                "Not scored. The report prints no indicator table: no indicators, no points, no score per",
                "indicator. A total computed under the rule set would count every missing category as 0 and",
                "measure the document's shape, not the department's work, so no computed total or grade is",
                "shown. What the report's own figures allow follows: "
                    + (evaluation.projects().isEmpty() ? "its budget and its metrics." : "its budget, its metrics and its projects."),
                "Reported: " + reported());
            return;
        }
        boolean derived = false;
        Page.TableBuilder table = page.table("指标", "权重分值", "得分 computed", "得分 reported", "得分率 computed", "得分率 reported");
        for (NodeResult category : result.categories()) {
            String reportedRate;
            if (category.reportedRate().isPresent()) {
                reportedRate = percent(category.reportedRate().get(), false);
            } else if (category.reportedScore().isPresent() && category.points().signum() > 0) {
                reportedRate = rateOf(category.reportedScore().get(), category.points()) + DERIVED;
                derived = true;
            } else {
                reportedRate = NONE;
            }
            table.row(category.name(), plain(category.points()), plain(category.awarded()),
                category.reportedScore().map(ResultView::plain).orElse(NONE),
                category.rate().map(r -> percent(r, true)).orElse(NONE), reportedRate);
        }
        Optional<BigDecimal> reportedTotal = result.reportedTotal();
        derived |= reportedTotal.isPresent();
        table.row("合计", plain(result.maximum()), plain(result.total()), reportedTotal.map(ResultView::plain).orElse(NONE),
            rateOf(result.total(), result.maximum()),
            reportedTotal.map(t -> rateOf(t, result.maximum()) + DERIVED).orElse(NONE));
        if (derived) {
            table.note(DERIVED + " derived from the reported score and the points: the document records no rate for that row.");
        }
        result.unearnedCategories().forEach((name, points) -> table.note("The report has no " + name + ": its "
            + plain(points) + " points stay in the maximum, unearned."));
        table.end();
        page.paragraph("Grade 评价等级: computed " + plain(result.total()) + " " + result.grade().label()
            + "; reported " + reported()
            + result.totalDifference().map(d -> " (reported − computed = " + signed(d) + ")").orElse(""));
        if (!fit.isEmpty()) {
            page.paragraph("The rule set against this report:");
            List<String> problems = new ArrayList<>();
            fit.forEach(problem -> problems.add(problem.toString()));
            page.bullets(problems);
        }
    }

    /** The reported total and grade; a grade the report does not print is derived and marked so. */
    private String reported() {
        if (evaluation.reportedTotal().isEmpty()) {
            return evaluation.reportedGrade().map(g -> "no total, grade " + g).orElse("no total and no grade");
        }
        BigDecimal total = evaluation.reportedTotal().get();
        if (evaluation.reportedGrade().isPresent()) {
            return plain(total) + " " + evaluation.reportedGrade().get();
        }
        try {
            Grade grade = ruleSet.gradeScale().gradeOf(total);
            return plain(total) + " " + grade.label() + " (grade derived: the report prints none; " + plain(total)
                + " is " + grade.label() + " on the rule set's scale " + ruleSet.gradeScale().id() + ")";
        } catch (IllegalArgumentException outsideTheScale) {
            return plain(total) + ", no grade (the report prints none, and " + plain(total)
                + " lies outside the rule set's scale " + ruleSet.gradeScale().id() + ")";
        }
    }

    private static void budget(Page page, DepartmentBudget budget) {
        page.heading(2, "Budget 预算与决算");
        Page.TableBuilder table = page.table("预算/决算", "金额").align(Page.Align.LEFT, Page.Align.LEFT);
        budget.yearStartBudget().ifPresent(a -> table.row("年初预算数", a.toString()));
        budget.adjustedBudget().ifPresent(a -> table.row("调整预算数", a.toString()));
        budget.income().ifPresent(a -> table.row("收入合计", a.toString()));
        budget.incomeBySource().forEach((source, a) -> table.row("  其中 " + source, a.toString()));
        budget.expenditure().ifPresent(a -> table.row("支出合计", a + expenditureSplit(budget, a)));
        if (budget.expenditure().isEmpty()) {
            budget.basicExpenditure().ifPresent(a -> table.row("基本支出", a.toString()));
            budget.projectExpenditure().ifPresent(a -> table.row("项目支出", a.toString()));
        }
        budget.personnelExpenditure().ifPresent(a -> table.row("人员经费", a.toString()));
        budget.publicExpenditure().ifPresent(a -> table.row("公用经费", a.toString()));
        budget.carryOver().ifPresent(a -> table.row("年末结转结余", a.toString()));
        budget.threePublicBudget().ifPresent(a -> table.row("三公经费预算", a.toString()));
        budget.threePublicExpenditure().ifPresent(a -> table.row("三公经费实际支出", a.toString()));
        budget.staff().ifPresent(n -> table.row("在职人员", n + " 人"));
        budget.authorizedStaff().ifPresent(n -> table.row("编制数", n + " 人"));
        table.end();
    }

    /** {@code " = 基本支出 169.79 万元 + 项目支出 59.84 万元"}, or the gap when they do not add up. */
    private static String expenditureSplit(DepartmentBudget budget, Amount expenditure) {
        if (budget.basicExpenditure().isEmpty() || budget.projectExpenditure().isEmpty()) {
            return budget.basicExpenditure().map(b -> ", of which 基本支出 " + b).orElse("")
                + budget.projectExpenditure().map(p -> ", of which 项目支出 " + p).orElse("");
        }
        Amount basic = budget.basicExpenditure().get();
        Amount project = budget.projectExpenditure().get();
        boolean adds = basic.plus(project).compareTo(expenditure) == 0;
        return (adds ? " = " : " ≠ ") + "基本支出 " + basic + " + 项目支出 " + project
            + (adds ? "" : " (= " + basic.plus(project) + ")");
    }

    private void metrics(Page page) {
        Map<Metric, List<Claim>> claims = new LinkedHashMap<>();
        evaluation.claims().forEach(claim -> claims.computeIfAbsent(claim.metric(), m -> new ArrayList<>()).add(claim));
        List<String> notComputable = new ArrayList<>();
        page.heading(2, "Metrics 绩效指标, computed from the report's own figures");
        Page.TableBuilder table = page.table("指标", "computed", "figures", "the report claims")
            .align(Page.Align.LEFT, Page.Align.RIGHT, Page.Align.LEFT, Page.Align.LEFT);
        for (MetricResult metric : evaluation.metrics()) {
            List<Claim> claimed = claims.getOrDefault(metric.metric(), List.of());
            if (!metric.isComputable() && claimed.isEmpty()) {
                notComputable.add(metric.metric().chineseName());
                continue;
            }
            table.row(metric.metric().chineseName(),
                metric.percent(2).map(p -> CHANGES.contains(metric.metric()) ? signed(p) + "%" : p.toPlainString() + "%")
                    .orElse("not computable"),
                metric.explanation(), claimed(claimed));
        }
        if (!notComputable.isEmpty()) {
            table.note("Not computable from the figures given: " + String.join(", ", notComputable) + ".");
        }
        table.end();
    }

    /** {@code 100% (2 places)}: the distinct values claimed, and how often. */
    private static String claimed(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        claims.forEach(claim -> values.add(claim.percent().toPlainString() + "%"));
        return String.join(" / ", values) + (claims.size() > 1 ? " (" + claims.size() + " places)" : "");
    }

    private void projects(Page page) {
        List<Project> projects = evaluation.projects();
        List<Project> completed = new ArrayList<>();
        projects.forEach(p -> p.status().filter(s -> s == Project.Status.COMPLETED).ifPresent(s -> completed.add(p)));
        page.heading(2, "Projects 项目");
        List<String> lines = new ArrayList<>();
        lines.add(executed(projects.size() + " projects", projects));
        if (!completed.isEmpty() && completed.size() < projects.size()) {
            lines.add(executed(completed.size() + " marked completed (已完结)", completed));
        }
        page.paragraph(lines.toArray(String[]::new));
        Page.TableBuilder table = page.table("No.", "项目", "批复资金", "执行资金", "执行率", "状态")
            .align(Page.Align.RIGHT, Page.Align.LEFT, Page.Align.RIGHT, Page.Align.RIGHT, Page.Align.RIGHT, Page.Align.LEFT);
        for (Project p : projects) {
            table.row(p.number().map(n -> "(" + n + ")").orElse(""), p.name(), p.approved().toString(), p.executed().toString(),
                p.executionRate().percent(2).map(r -> r.toPlainString() + "%").orElse(NONE),
                p.status().map(Project.Status::chineseName).orElse(NONE));
        }
        table.end();
    }

    /** {@code 23 projects: executed 1866.92 of 2318.97 万元 (80.51%)}, summed exactly in 万元. */
    private static String executed(String what, List<Project> projects) {
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Project p : projects) {
            approved = approved.add(p.approved().wanYuan());
            executed = executed.add(p.executed().wanYuan());
        }
        String rate = approved.signum() == 0 ? "nothing approved" : rateOf(executed, approved);
        return what + ": executed " + plain(executed) + " of " + plain(approved) + " 万元 (" + rate + ")";
    }

    private void findings(Page page) {
        page.heading(2, "Audit findings 审计发现");
        if (findings.isEmpty()) {
            page.paragraph("None: the report agrees with its own figures and with the rule set.");
            return;
        }
        Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        List<String> summary = new ArrayList<>();
        counts.forEach((severity, count) -> summary.add(count + " " + severity.name().toLowerCase(java.util.Locale.ROOT)
            + (count > 1 && severity != Finding.Severity.INFO ? "s" : "")));
        page.paragraph(String.join(", ", summary) + ":");
        List<String> items = new ArrayList<>();
        for (Finding finding : findings) {
            items.add(finding.severity() + " " + finding.code() + (finding.location().isEmpty() ? "" : " at " + finding.location())
                + "\n" + finding.messageZh() + "\n" + finding.messageEn());
        }
        page.bullets(items);
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    private static String signed(BigDecimal number) {
        return (number.signum() > 0 ? "+" : "") + number.toPlainString();
    }

    /** A percentage as printed: at 2 places when computed, as given when reported. */
    private static String percent(BigDecimal percent, boolean computed) {
        return (computed ? percent.setScale(2, RoundingMode.HALF_UP) : percent).toPlainString() + "%";
    }

    /** {@code part / whole} as a percentage at 2 places, half up. */
    private static String rateOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
