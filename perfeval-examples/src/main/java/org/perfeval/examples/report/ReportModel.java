package org.perfeval.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Grade;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;

/**
 * What the report page shows, as the template reads it: maps and lists of strings, numbers printed as
 * the result document holds them. Each figure carries the JSON Pointer of its value in the result
 * document ({@code data-ptr}), so that a reader, or a test, can find where it came from.
 */
final class ReportModel {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EvaluationResult result;
    private final RuleSet ruleSet;
    private final Labels t;
    private final Evaluation evaluation;

    ReportModel(EvaluationResult result, RuleSet ruleSet, Labels labels) {
        this.result = result;
        this.ruleSet = ruleSet;
        this.t = labels;
        this.evaluation = result.evaluation();
    }

    Map<String, Object> scope() {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("lang", t.htmlLang());
        scope.put("t", t.all());
        scope.put("unit", evaluation.unit());
        scope.put("year", evaluation.year());
        scope.put("kind", t.get("kind." + evaluation.kind().name()));
        evaluation.title().ifPresent(title -> scope.put("documentTitle", title));
        scope.put("ruleSet", ruleSetLine());
        boolean scored = result.total().isPresent();
        scope.put("scored", scored);
        scope.put("notScored", scored ? "" : t.get("score.notScored"));
        scope.put("total", total(scored));
        List<Map<String, Object>> findings = findings();
        Map<String, List<String>> anchorsByLocation = anchorsByLocation();
        if (scored) {
            scope.put("rows", rows(anchorsByLocation));
            addChart(scope, "categoryChart", categoryChart());
            addChart(scope, "lostChart", lostChart());
            scope.put("whatIf", whatIf());
        }
        evaluation.budget().ifPresent(budget -> {
            List<Map<String, Object>> lines = budgetLines(budget);
            if (!lines.isEmpty()) {
                scope.put("budgetLines", lines);
                scope.put("hasBudget", true);
            }
        });
        List<Map<String, Object>> notComputable = new ArrayList<>();
        for (MetricResult metric : result.metrics()) {
            if (!metric.isComputable()) {
                notComputable.add(Map.of("name", metricName(metric), "reason", reason(metric.explanation())));
            }
        }
        scope.put("notComputable", notComputable);
        scope.put("hasNotComputable", !notComputable.isEmpty());
        List<Map<String, Object>> metrics = metrics();
        if (!metrics.isEmpty()) {
            scope.put("metrics", metrics);
            scope.put("hasMetrics", true);
            addChart(scope, "metricChart", metricChart());
        }
        if (!evaluation.projects().isEmpty()) {
            scope.put("projects", projects(anchorsByLocation));
            scope.put("hasProjects", true);
            addChart(scope, "projectChart", projectChart());
        }
        scope.put("findingGroups", findings);
        scope.put("noFindings", result.findings().isEmpty());
        return scope;
    }

    private static void addChart(Map<String, Object> scope, String key, Bars bars) {
        if (!bars.isEmpty()) {
            scope.put(key, bars.scope());
        }
    }

    private String ruleSetLine() {
        StringBuilder line = new StringBuilder(t.get("header.ruleSetLine", ruleSet.id(), ruleSet.version(), ruleSet.jurisdiction()));
        ruleSet.title().ifPresent(title -> line.append(t.get("header.ruleSetTitle", title)));
        return line.toString();
    }

    private Map<String, Object> total(boolean scored) {
        Map<String, Object> total = new LinkedHashMap<>();
        if (scored) {
            total.put("computed", plain(result.total().orElseThrow()));
            Grade grade = result.grade().orElseThrow();
            total.put("grade", grade.label());
            total.put("boundary", boundary(grade));
        }
        result.reportedTotal().ifPresent(r -> total.put("reported", plain(r)));
        result.reportedGrade().ifPresent(g -> total.put("reportedGrade", g));
        if (scored) {
            result.totalDifference().ifPresent(d -> total.put("difference", signed(d)));
        }
        return total;
    }

    /** The distance from the computed total to the grade's lower bound and to the next grade's. */
    private String boundary(Grade grade) {
        BigDecimal total = result.total().orElseThrow();
        BigDecimal below = total.subtract(grade.lowerBound());
        Optional<Grade> next = new WhatIf(result, ruleSet.gradeScale(), t).nextGrade();
        String down = grade.lowerBound().signum() > 0
            ? t.get("boundary.down", plain(below), grade.label(), plain(grade.lowerBound()))
            : t.get("boundary.bottom", grade.label());
        String up = next.map(n -> t.get("boundary.up", plain(n.lowerBound().subtract(total)), n.label(), plain(n.lowerBound())))
            .orElse(t.get("boundary.top", grade.label()));
        return down + t.get("separator") + up;
    }

    private Map<String, List<String>> anchorsByLocation() {
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            anchors.computeIfAbsent(findings.get(i).location(), k -> new ArrayList<>()).add(anchor(i));
        }
        return anchors;
    }

    private static String anchor(int finding) {
        return "finding-" + (finding + 1);
    }

    private List<Map<String, Object>> rows(Map<String, List<String>> anchorsByLocation) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<org.perfeval.model.IndicatorPath, IndicatorNode> nodes = evaluation.nodesByPath();
        List<NodeResult> results = result.nodes();
        Map<List<String>, String> pointers = new LinkedHashMap<>();
        Map<List<String>, Integer> childCounts = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            NodeResult node = results.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            String ptr = pointer(node, pointers, childCounts);
            row.put("id", "row-" + (i + 1));
            row.put("level", node.path().depth());
            row.put("name", node.name());
            row.put("path", node.path().toString());
            row.put("leaf", node.leaf());
            row.put("points", figure(plain(node.points()), ptr + "/points"));
            row.put("awarded", figure(plain(node.awarded()), ptr + "/awarded"));
            node.rate().ifPresent(r -> row.put("rate", figure(plain(r), ptr + "/rate")));
            node.reportedScore().ifPresent(r -> row.put("reported", figure(plain(r), ptr + "/reportedScore")));
            node.difference().filter(d -> d.signum() != 0).ifPresent(d -> row.put("differs", true));
            IndicatorNode source = nodes.get(node.path());
            if (source instanceof Indicator indicator) {
                indicator.target().ifPresent(target -> row.put("target", target.print()));
                row.put("actual", indicator.actual().print());
            }
            List<String> anchors = anchorsByLocation.getOrDefault(node.path().toString(), List.of());
            if (!anchors.isEmpty()) {
                row.put("findings", links(anchors));
                row.put("hasFindings", true);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * @return the JSON Pointer of the node in the result document, whose {@code nodes} are a tree
     *     ({@code /nodes/1/children/0}); the nodes come parents first, in report order
     */
    private static String pointer(NodeResult node, Map<List<String>, String> pointers, Map<List<String>, Integer> childCounts) {
        List<String> names = node.path().names();
        List<String> parent = names.subList(0, names.size() - 1);
        int index = childCounts.merge(parent, 1, Integer::sum) - 1;
        String pointer = (parent.isEmpty() ? "/nodes/" : pointers.get(parent) + "/children/") + index;
        pointers.put(names, pointer);
        return pointer;
    }

    private static List<Map<String, Object>> links(List<String> anchors) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (String anchor : anchors) {
            links.add(Map.of("href", "#" + anchor, "label", "#" + anchor.substring(anchor.indexOf('-') + 1)));
        }
        return links;
    }

    private Bars categoryChart() {
        Bars bars = new Bars(t.get("chart.categories"))
            .legend("points", t.get("col.points")).legend("computed", t.get("col.computed")).legend("reported", t.get("col.reported"));
        for (NodeResult category : result.categories()) {
            List<Bars.Bar> list = new ArrayList<>();
            list.add(new Bars.Bar(category.points(), "points", plain(category.points())));
            list.add(new Bars.Bar(category.awarded(), "computed", plain(category.awarded())));
            category.reportedScore().ifPresent(r -> list.add(new Bars.Bar(r, "reported", plain(r))));
            bars.group(category.name(), "", list);
        }
        return bars;
    }

    /**
     * Rows that lost points: leaves the rules gave less than their points, and the deepest rows whose
     * reported score is below their points.
     */
    private Bars lostChart() {
        Bars bars = new Bars(t.get("chart.lost"))
            .legend("computed", t.get("chart.lostComputed")).legend("reported", t.get("chart.lostReported"));
        Map<List<String>, Boolean> childLostReported = new LinkedHashMap<>();
        for (NodeResult node : result.nodes()) {
            if (reportedLoss(node).signum() > 0) {
                List<String> names = node.path().names();
                childLostReported.put(names.subList(0, names.size() - 1), true);
            }
        }
        record Lost(NodeResult node, BigDecimal computed, BigDecimal reported) {}
        List<Lost> lost = new ArrayList<>();
        for (NodeResult node : result.nodes()) {
            BigDecimal computed = node.leaf() ? node.applicablePoints().subtract(node.awarded()) : BigDecimal.ZERO;
            BigDecimal reported = childLostReported.containsKey(node.path().names()) ? BigDecimal.ZERO : reportedLoss(node);
            if (computed.signum() > 0 || reported.signum() > 0) {
                lost.add(new Lost(node, computed.max(BigDecimal.ZERO), reported));
            }
        }
        lost.sort(Comparator.comparing((Lost l) -> l.computed().max(l.reported())).reversed());
        for (Lost l : lost) {
            bars.group(l.node().name(), "", List.of(
                new Bars.Bar(l.computed(), "computed", plain(l.computed())),
                new Bars.Bar(l.reported(), "reported", plain(l.reported()))));
        }
        return bars;
    }

    private static BigDecimal reportedLoss(NodeResult node) {
        return node.reportedScore().map(r -> node.points().subtract(r)).filter(d -> d.signum() > 0).orElse(BigDecimal.ZERO);
    }

    private Map<String, Object> whatIf() {
        WhatIf whatIf = new WhatIf(result, ruleSet.gradeScale(), t);
        Map<String, Object> scope = new LinkedHashMap<>();
        if (whatIf.notComputable().isPresent()) {
            scope.put("notComputable", whatIf.notComputable().get());
            return scope;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WhatIf.Row row : whatIf.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("href", "#row-" + (row.index() + 1));
            r.put("name", row.node().path().toString());
            r.put("lost", plain(row.lost()));
            r.put("total", plain(row.total()));
            r.put("grade", row.grade().label());
            r.put("changes", !row.grade().equals(result.grade().orElseThrow()));
            rows.add(r);
        }
        scope.put("rows", rows);
        scope.put("hasRows", !rows.isEmpty());
        scope.put("none", rows.isEmpty());
        Optional<Grade> next = whatIf.nextGrade();
        if (next.isEmpty()) {
            scope.put("deciding", t.get("whatIf.top", result.grade().orElseThrow().label()));
        } else {
            scope.put("deciding", whatIf.deciding()
                .map(rowsNeeded -> t.get("whatIf.deciding", rowsNeeded.size(), next.get().label(), plain(next.get().lowerBound()),
                    String.join(t.get("listSeparator"), rowsNeeded.stream().map(r -> r.node().path().toString()).toList())))
                .orElse(t.get("whatIf.unreachable", next.get().label(), plain(next.get().lowerBound()))));
        }
        return scope;
    }

    private List<Map<String, Object>> metrics() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<MetricResult> metrics = result.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            MetricResult metric = metrics.get(i);
            if (!metric.isComputable()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", metricName(metric));
            row.put("value", figure(plain(metric.percent(2).orElseThrow()), "/metrics/" + i + "/percent"));
            row.put("figures", metric.explanation());
            List<String> claimed = new ArrayList<>();
            for (Claim claim : evaluation.claims()) {
                if (claim.metric().equals(Optional.of(metric.metric()))) {
                    claim.percent().ifPresent(p -> claimed.add(plain(p) + "%"));
                }
            }
            row.put("claimed", String.join(t.get("listSeparator"), claimed));
            List<String> targets = new ArrayList<>();
            for (IndicatorNode node : evaluation.nodesByPath().values()) {
                if (node instanceof Indicator indicator && indicator.metric().equals(Optional.of(metric.metric()))) {
                    indicator.target().ifPresent(target -> targets.add(target.print()));
                }
            }
            row.put("target", String.join(t.get("listSeparator"), targets));
            rows.add(row);
        }
        return rows;
    }

    /** The budget's printed amounts, each with the pointer of its value in the result document. */
    private List<Map<String, Object>> budgetLines(DepartmentBudget budget) {
        Map<String, Optional<Amount>> figures = new LinkedHashMap<>();
        figures.put("yearStartBudget", budget.yearStartBudget());
        figures.put("adjustedBudget", budget.adjustedBudget());
        figures.put("income", budget.income());
        figures.put("expenditure", budget.expenditure());
        figures.put("basicExpenditure", budget.basicExpenditure());
        figures.put("personnelExpenditure", budget.personnelExpenditure());
        figures.put("publicExpenditure", budget.publicExpenditure());
        figures.put("projectExpenditure", budget.projectExpenditure());
        figures.put("carryOver", budget.carryOver());
        figures.put("threePublicBudget", budget.threePublicBudget());
        figures.put("threePublicExpenditure", budget.threePublicExpenditure());
        figures.put("publicFundsBudget", budget.publicFundsBudget());
        figures.put("procurementBudget", budget.procurementBudget());
        figures.put("procurementExpenditure", budget.procurementExpenditure());
        List<Map<String, Object>> lines = new ArrayList<>();
        figures.forEach((name, amount) -> amount.ifPresent(a -> {
            Map<String, Object> line = figure(plain(a.number()), "/evaluation/budget/" + name + "/amount");
            line.put("name", t.get("budget." + name));
            line.put("unit", a.unit().toString());
            lines.add(line);
        }));
        return lines;
    }

    /**
     * The reason a metric is not computable, in the page's language: the library gives it in English,
     * naming the figures in Chinese; a reason of a form not known here is shown as given.
     */
    private String reason(String english) {
        if (!t.zh()) {
            return english;
        }
        for (Map.Entry<String, String> form : REASONS_ZH.entrySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(form.getKey()).matcher(english);
            if (m.matches()) {
                return m.replaceFirst(form.getValue());
            }
        }
        return english;
    }

    private static final Map<String, String> REASONS_ZH = Map.of(
        "(.+) is not given", "未列$1",
        "the report gives no budget", "报告未列预算",
        "the denominator is zero \\((.*)\\)", "分母为零（$1）",
        "no project is listed", "未列项目",
        "no project is marked completed", "没有标为已完结的项目",
        "(.+) is computed from the projects, not the budget", "$1按项目计算，而非按预算");

    private String metricName(MetricResult metric) {
        return t.zh() ? metric.metric().chineseName() : t.get("metric." + metric.metric().name());
    }

    private Bars metricChart() {
        Bars bars = new Bars(t.get("chart.metrics")).legend("computed", t.get("col.computed")).legend("reported", t.get("col.claimed"));
        for (MetricResult metric : result.metrics()) {
            if (!metric.isComputable()) {
                continue;
            }
            BigDecimal percent = metric.percent(2).orElseThrow();
            List<Bars.Bar> list = new ArrayList<>();
            list.add(new Bars.Bar(percent, "computed", plain(percent) + "%"));
            for (Claim claim : evaluation.claims()) {
                if (claim.metric().equals(Optional.of(metric.metric()))) {
                    claim.percent().ifPresent(p -> list.add(new Bars.Bar(p, "reported", plain(p) + "%")));
                }
            }
            bars.group(metricName(metric), "", list);
        }
        return bars;
    }

    private List<Map<String, Object>> projects(Map<String, List<String>> anchorsByLocation) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Project> projects = evaluation.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            String ptr = "/evaluation/projects/" + i;
            row.put("label", project.number().orElse(""));
            row.put("name", project.name());
            row.put("approved", figure(plain(project.approved().number()), ptr + "/approved/amount"));
            row.put("executed", figure(plain(project.executed().number()), ptr + "/executed/amount"));
            row.put("unit", project.executed().unit().toString());
            project.executionRate().percent(2).ifPresent(p -> row.put("rate", plain(p) + "%"));
            project.status().ifPresent(s -> row.put("status", t.get("status." + s.name())));
            row.put("mark", mark(project));
            List<String> anchors = anchorsByLocation.getOrDefault("projects[" + i + "]", List.of());
            if (!anchors.isEmpty()) {
                row.put("findings", links(anchors));
                row.put("hasFindings", true);
            }
            rows.add(row);
        }
        return rows;
    }

    /** @return "idle" for a project that executed nothing of a positive amount, "over-spent" above it, else empty */
    private String mark(Project project) {
        if (project.executed().isZero() && project.approved().signum() > 0) {
            return t.get("project.idle");
        }
        if (project.executed().compareTo(project.approved()) > 0) {
            return t.get("project.overspent");
        }
        return "";
    }

    /** The projects by approved amount, largest first, in 万元. */
    private Bars projectChart() {
        Bars bars = new Bars(t.get("chart.projects")).legend("points", t.get("col.approved")).legend("computed", t.get("col.executed"));
        List<Project> sorted = new ArrayList<>(evaluation.projects());
        sorted.sort(Comparator.comparing((Project p) -> p.approved().wanYuan()).reversed());
        for (Project project : sorted) {
            String mark = mark(project);
            bars.group(project.label(), mark, List.of(
                new Bars.Bar(project.approved().wanYuan(), "points", plain(project.approved().wanYuan()) + " 万元"),
                new Bars.Bar(project.executed().wanYuan(), mark.isEmpty() ? "computed" : "marked",
                    plain(project.executed().wanYuan()) + " 万元")));
        }
        return bars;
    }

    private List<Map<String, Object>> findings() {
        Map<Finding.Severity, List<Map<String, Object>>> bySeverity = new EnumMap<>(Finding.Severity.class);
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", anchor(i));
            item.put("number", i + 1);
            item.put("code", finding.code().name());
            item.put("location", finding.location());
            item.put("message", t.zh() ? finding.messageZh() : finding.messageEn());
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> figure : finding.figures().entrySet()) {
                Map<String, Object> f = figure(plain(figure.getValue()), "/findings/" + i + "/figures/" + figure.getKey());
                f.put("name", figure.getKey());
                figures.add(f);
            }
            item.put("figures", figures);
            item.put("hasFigures", !figures.isEmpty());
            bySeverity.computeIfAbsent(finding.severity(), s -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        bySeverity.forEach((severity, items) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("severity", t.get("severity." + severity.name()));
            group.put("style", severity.name().toLowerCase(java.util.Locale.ROOT));
            group.put("count", items.size());
            group.put("items", items);
            groups.add(group);
        });
        return groups;
    }

    /** A number as printed and the JSON Pointer of its value in the result document. */
    static Map<String, Object> figure(String text, String pointer) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("text", text);
        figure.put("ptr", pointer);
        return figure;
    }

    static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    static String signed(BigDecimal number) {
        return (number.signum() > 0 ? "+" : "") + number.toPlainString();
    }


    static String percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
