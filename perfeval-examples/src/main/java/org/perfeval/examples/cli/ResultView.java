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
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Amount;
import org.perfeval.model.Unit;
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
    private final java.util.Optional<String> chosenBecause;
    private final List<Finding> findings;
    private final Evaluation evaluation;
    private final Texts texts;

    /**
     * @param scored the report scored, with the rule set's fit and the audit's findings
     * @param texts the language of the page
     */
    ResultView(Scorer.Scored scored, Texts texts) {
        this.texts = texts;
        this.source = scored.source();
        this.result = scored.result();
        this.ruleSet = scored.ruleSet();
        this.fit = scored.fit();
        this.chosenBecause = scored.chosenBecause();
        this.findings = scored.result().findings();
        this.evaluation = result.evaluation();
    }

    Page page() {
        Page page = new Page()
            .heading(1, texts.get("view.title", evaluation.unit(), evaluation.year(), Words.kind(evaluation.kind(), texts)));
        List<String> about = new ArrayList<>();
        about.add(texts.get("view.source", source));
        evaluation.title().ifPresent(title -> about.add(texts.get("view.reportTitle", title)));
        about.add(texts.get("view.ruleSet", ruleSet.id(), ruleSet.version(), ruleSet.jurisdiction())
            + ruleSet.title().map(t -> texts.get("view.ruleSetTitle", t)).orElse(""));
        ruleSet.source().ifPresent(source -> about.add(texts.get("view.ruleSource", source.toString())));
        chosenBecause.ifPresent(because -> about.add(texts.get("view.chosen", because)));
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

    /** @return the audit's word on a total that is not computable, in the page's language, if it is not */
    private Optional<String> notComputable() {
        return findings.stream().filter(f -> f.code() == FindingCode.TOTAL_NOT_COMPUTABLE).findFirst()
            .map(f -> Words.message(f, texts));
    }

    private boolean hasTree() {
        return !evaluation.indicators().isEmpty();
    }

    private void score(Page page) {
        page.heading(2, texts.get("view.score"));
        if (!hasTree()) {
            page.paragraph(
                texts.get("view.notScored")
                    + texts.get(evaluation.projects().isEmpty() ? "view.notScored.budget" : "view.notScored.projects"),
                notComputable().orElse(""),
                texts.get("view.reported", reported()));
            return;
        }
        boolean derived = false;
        Page.TableBuilder table = page.table(texts.get("score.indicator"), texts.get("score.points"),
            texts.get("score.computed"), texts.get("score.reported"), texts.get("score.rateComputed"),
            texts.get("score.rateReported"));
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
            table.row(category.name(), plain(category.points()),
                category.score().map(ResultView::plain).orElseGet(() -> texts.get("view.notComputable")),
                category.reportedScore().map(ResultView::plain).orElse(NONE),
                category.rate().map(r -> percent(r, true)).orElse(NONE), reportedRate);
        }
        Optional<BigDecimal> reportedTotal = result.reportedTotal();
        Optional<BigDecimal> printedTotalRate = evaluation.reportedTotalRate();
        derived |= reportedTotal.isPresent() && printedTotalRate.isEmpty();
        String notComputable = texts.get("view.notComputable");
        table.row(texts.get("score.total"), plain(result.maximum()), result.total().map(ResultView::plain).orElse(notComputable),
            reportedTotal.map(ResultView::plain).orElse(NONE),
            result.total().map(t -> rateOf(t, result.maximum())).orElse(notComputable),
            printedTotalRate.map(r -> percent(r, false))
                .orElseGet(() -> reportedTotal.map(t -> rateOf(t, result.maximum()) + DERIVED).orElse(NONE)));
        if (derived) {
            table.note(DERIVED + texts.get("score.derived"));
        }
        result.unearnedCategories().forEach((name, points) -> table.note(texts.get("score.unearned", name, plain(points))));
        table.end();
        page.paragraph(result.total().isPresent()
            ? texts.get("view.grade", plain(result.total().get()), result.grade().orElseThrow().label(), reported())
                + result.totalDifference().map(d -> texts.get("view.difference", signed(d))).orElse("")
            : texts.get("view.grade.notComputable", notComputable().orElse(""), reported()));
        if (!fit.isEmpty()) {
            page.paragraph(texts.get("view.fit"));
            List<String> problems = new ArrayList<>();
            fit.forEach(problem -> problems.add(problem.toString()));
            page.bullets(problems);
        }
    }

    /** The reported total and grade; a grade the report does not print is derived and marked so. */
    private String reported() {
        if (evaluation.reportedTotal().isEmpty()) {
            return evaluation.reportedGrade().map(g -> texts.get("view.reported.gradeOnly", g)).orElse(texts.get("view.reported.none"));
        }
        BigDecimal total = evaluation.reportedTotal().get();
        if (evaluation.reportedGrade().isPresent()) {
            return plain(total) + " " + evaluation.reportedGrade().get();
        }
        try {
            Grade grade = ruleSet.gradeScale().gradeOf(total);
            return plain(total) + " " + grade.label()
                + texts.get("view.reported.derived", plain(total), grade.label(), ruleSet.gradeScale().id());
        } catch (IllegalArgumentException outsideTheScale) {
            return plain(total) + texts.get("view.reported.outside", plain(total), ruleSet.gradeScale().id());
        }
    }

    private void budget(Page page, DepartmentBudget budget) {
        page.heading(2, texts.get("view.budget"));
        Page.TableBuilder table = page.table(texts.get("budget.line"), texts.get("budget.amount"))
            .align(Page.Align.LEFT, Page.Align.LEFT);
        budget.yearStartBudget().ifPresent(a -> table.row(texts.get("budget.yearStart"), a.toString()));
        budget.adjustedBudget().ifPresent(a -> table.row(texts.get("budget.adjusted"), a.toString()));
        budget.income().ifPresent(a -> table.row(texts.get("budget.income"), a.toString()));
        budget.incomeBySource().forEach((source, a) -> table.row(texts.get("budget.ofWhich", source), a.toString()));
        budget.expenditure().ifPresent(a -> table.row(texts.get("budget.expenditure"), a + expenditureSplit(budget, a)));
        if (budget.expenditure().isEmpty()) {
            budget.basicExpenditure().ifPresent(a -> table.row(texts.get("budget.basic"), a.toString()));
            budget.projectExpenditure().ifPresent(a -> table.row(texts.get("budget.project"), a.toString()));
        }
        budget.personnelExpenditure().ifPresent(a -> table.row(texts.get("budget.personnel"), a.toString()));
        budget.publicExpenditure().ifPresent(a -> table.row(texts.get("budget.public"), a.toString()));
        budget.carryOver().ifPresent(a -> table.row(texts.get("budget.carryOver"), a.toString()));
        budget.threePublicBudget().ifPresent(a -> table.row(texts.get("budget.threePublicBudget"), a.toString()));
        budget.threePublicExpenditure().ifPresent(a -> table.row(texts.get("budget.threePublicExpenditure"), a.toString()));
        budget.staff().ifPresent(n -> table.row(texts.get("budget.staff"), texts.get("budget.people", n)));
        budget.authorizedStaff().ifPresent(n -> table.row(texts.get("budget.authorizedStaff"), texts.get("budget.people", n)));
        table.end();
    }

    /** {@code " = 基本支出 169.79 万元 + 项目支出 59.84 万元"}, or the gap when they do not add up. */
    private String expenditureSplit(DepartmentBudget budget, Amount expenditure) {
        if (budget.basicExpenditure().isEmpty() || budget.projectExpenditure().isEmpty()) {
            return budget.basicExpenditure().map(b -> texts.get("budget.ofWhichBasic", b)).orElse("")
                + budget.projectExpenditure().map(p -> texts.get("budget.ofWhichProject", p)).orElse("");
        }
        Amount basic = budget.basicExpenditure().get();
        Amount project = budget.projectExpenditure().get();
        // Summed here without the model's bounds: two amounts of 34 digits each may add up to 35.
        BigDecimal sum = basic.unit().equals(project.unit()) ? basic.number().add(project.number())
            : basic.yuan().add(project.yuan());
        Unit unit = basic.unit().equals(project.unit()) ? basic.unit() : Unit.YUAN;
        boolean adds = (unit.equals(Unit.YUAN) ? sum : sum.movePointRight(4)).compareTo(expenditure.yuan()) == 0;
        return (adds ? " = " : " ≠ ") + texts.get("budget.split", basic, project)
            + (adds ? "" : " (= " + sum.toPlainString() + " " + unit.symbol() + ")");
    }

    private void metrics(Page page) {
        Map<Metric, List<Claim>> claims = new LinkedHashMap<>();
        evaluation.claims().forEach(claim -> claim.metric()
            .ifPresent(metric -> claims.computeIfAbsent(metric, m -> new ArrayList<>()).add(claim)));
        List<String> notComputable = new ArrayList<>();
        page.heading(2, texts.get("view.metrics"));
        Page.TableBuilder table = page.table(texts.get("metrics.metric"), texts.get("metrics.computed"),
            texts.get("metrics.figures"), texts.get("metrics.claimed"))
            .align(Page.Align.LEFT, Page.Align.RIGHT, Page.Align.LEFT, Page.Align.LEFT);
        for (MetricResult metric : evaluation.metrics()) {
            List<Claim> claimed = claims.getOrDefault(metric.metric(), List.of());
            if (!metric.isComputable() && claimed.isEmpty()) {
                notComputable.add(Words.metric(metric.metric(), texts));
                continue;
            }
            table.row(Words.metric(metric.metric(), texts),
                metric.percent(2).map(p -> CHANGES.contains(metric.metric()) ? signed(p) + "%" : p.toPlainString() + "%")
                    .orElse(texts.get("metrics.notComputable")),
                Words.explanation(metric, texts), claimed(claimed));
        }
        if (!notComputable.isEmpty()) {
            table.note(texts.get("metrics.notComputableList", String.join(texts.get("list.separator"), notComputable)));
        }
        table.end();
    }

    /** {@code 100% (2 places)}: the distinct values claimed, and how often. */
    private String claimed(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        claims.forEach(claim -> values.add(claim.printedValue()));
        return String.join(" / ", values) + (claims.size() > 1 ? texts.get("metrics.places", claims.size()) : "");
    }

    private void projects(Page page) {
        List<Project> projects = evaluation.projects();
        List<Project> completed = new ArrayList<>();
        projects.forEach(p -> p.status().filter(s -> s == Project.Status.COMPLETED).ifPresent(s -> completed.add(p)));
        page.heading(2, texts.get("view.projects"));
        List<String> lines = new ArrayList<>();
        lines.add(executed(texts.count(projects.size(), "count.project"), projects));
        if (!completed.isEmpty() && completed.size() < projects.size()) {
            lines.add(executed(texts.get("projects.completed", completed.size()), completed));
        }
        page.paragraph(lines.toArray(String[]::new));
        Page.TableBuilder table = page.table(texts.get("projects.number"), texts.get("projects.name"),
            texts.get("projects.approved"), texts.get("projects.executed"), texts.get("projects.rate"), texts.get("projects.status"))
            .align(Page.Align.RIGHT, Page.Align.LEFT, Page.Align.RIGHT, Page.Align.RIGHT, Page.Align.RIGHT, Page.Align.LEFT);
        for (Project p : projects) {
            table.row(p.number().map(n -> "(" + n + ")").orElse(""), p.name(), p.approved().toString(), p.executed().toString(),
                p.executionRate().percent(2).map(r -> r.toPlainString() + "%").orElse(NONE),
                p.status().map(status -> Words.status(status, texts)).orElse(NONE));
        }
        table.end();
    }

    /** {@code 23 projects: executed 1866.92 of 2318.97 万元 (80.51%)}, summed exactly in 万元. */
    private String executed(String what, List<Project> projects) {
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Project p : projects) {
            approved = approved.add(p.approved().wanYuan());
            executed = executed.add(p.executed().wanYuan());
        }
        String rate = approved.signum() == 0 ? texts.get("projects.nothingApproved") : rateOf(executed, approved);
        return texts.get("projects.executedOf", what, plain(executed), plain(approved), rate);
    }

    private void findings(Page page) {
        page.heading(2, texts.get("view.findings"));
        if (findings.isEmpty()) {
            page.paragraph(texts.get("findings.none"));
            return;
        }
        Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        List<String> summary = new ArrayList<>();
        counts.forEach((severity, count) -> summary.add(texts.count(count, "count." + severity.name())));
        page.paragraph(texts.get("findings.summary", String.join(texts.get("list.separator"), summary)));
        List<List<String>> items = new ArrayList<>();
        for (Finding finding : findings) {
            items.add(List.of(Words.severity(finding.severity(), texts) + " " + finding.code()
                + (finding.location().isEmpty() ? "" : texts.get("findings.at", finding.location())),
                Words.message(finding, texts)));
        }
        page.bulletItems(items);
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
