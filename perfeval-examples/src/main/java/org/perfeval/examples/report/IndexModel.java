package org.perfeval.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Project;

/**
 * What the index page shows: each report with its grade and money, the money per grade, and the
 * worst findings across the reports, each linked to its report's page.
 */
final class IndexModel {
    /** The worst findings listed on the index, across all reports. */
    static final int WORST_FINDINGS = 12;

    private final List<HtmlReport.Linked> reports;
    private final Labels t;

    IndexModel(List<HtmlReport.Linked> reports, Labels labels) {
        this.reports = reports;
        this.t = labels;
    }

    Map<String, Object> scope() {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("lang", t.htmlLang());
        scope.put("t", t.all());
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, BigDecimal> moneyByGrade = new LinkedHashMap<>();
        Map<String, Integer> countByGrade = new LinkedHashMap<>();
        record Worst(int report, int index, Finding finding) {}
        List<Worst> worst = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            HtmlReport.Linked linked = reports.get(r);
            EvaluationResult result = linked.result();
            Evaluation evaluation = result.evaluation();
            boolean scored = result.total().isPresent();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("href", linked.href());
            row.put("unit", evaluation.unit());
            row.put("year", evaluation.year());
            row.put("kind", t.get("kind." + evaluation.kind().name()));
            if (scored) {
                row.put("total", ReportModel.plain(result.total().orElseThrow()));
                row.put("grade", result.grade().orElseThrow().label());
            }
            result.reportedTotal().ifPresent(v -> row.put("reported", ReportModel.plain(v)));
            result.reportedGrade().ifPresent(g -> row.put("reportedGrade", g));
            Optional<Money> money = money(evaluation);
            money.ifPresent(m -> {
                row.put("money", ReportModel.plain(m.wanYuan()));
                row.put("moneySource", t.get(m.sourceKey()));
            });
            row.put("findings", result.findings().size());
            long errors = result.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            row.put("errors", errors);
            rows.add(row);
            String grade = scored ? result.grade().orElseThrow().label() : t.get("index.notScored");
            countByGrade.merge(grade, 1, Integer::sum);
            moneyByGrade.merge(grade, money.map(Money::wanYuan).orElse(BigDecimal.ZERO), BigDecimal::add);
            List<Finding> findings = result.findings();
            for (int i = 0; i < findings.size(); i++) {
                worst.add(new Worst(r, i, findings.get(i)));
            }
        }
        scope.put("reports", rows);
        List<Map<String, Object>> grades = new ArrayList<>();
        countByGrade.forEach((grade, count) -> grades.add(Map.of("grade", grade, "count", count,
            "money", ReportModel.plain(moneyByGrade.get(grade)))));
        scope.put("grades", grades);
        worst.sort(Comparator.comparing((Worst w) -> w.finding().severity()));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Worst w : worst.subList(0, Math.min(WORST_FINDINGS, worst.size()))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("href", reports.get(w.report()).href() + "#finding-" + (w.index() + 1));
            item.put("unit", reports.get(w.report()).result().evaluation().unit());
            item.put("severity", t.get("severity." + w.finding().severity().name()));
            item.put("style", w.finding().severity().name().toLowerCase(java.util.Locale.ROOT));
            item.put("code", w.finding().code().name());
            item.put("message", t.zh() ? w.finding().messageZh() : w.finding().messageEn());
            listed.add(item);
        }
        scope.put("worst", listed);
        return scope;
    }

    /** A report's money in 万元 and which figure it is. */
    private record Money(BigDecimal wanYuan, String sourceKey) {}

    /** The budget's expenditure (支出合计) when printed, else the projects' executed amounts, else none. */
    private static Optional<Money> money(Evaluation evaluation) {
        Optional<Amount> expenditure = evaluation.budget().flatMap(DepartmentBudget::expenditure);
        if (expenditure.isPresent()) {
            return Optional.of(new Money(expenditure.get().wanYuan(), "index.money.expenditure"));
        }
        if (!evaluation.projects().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Project project : evaluation.projects()) {
                sum = sum.add(project.executed().wanYuan());
            }
            return Optional.of(new Money(sum, "index.money.projects"));
        }
        return Optional.empty();
    }
}
