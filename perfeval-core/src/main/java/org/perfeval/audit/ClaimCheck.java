package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Actual;
import org.perfeval.model.Claim;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Metric;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;
import org.perfeval.model.Unit;

/**
 * Printed metrics against the report's own figures: the claims of the prose ({@link Claim}), the
 * projects a completed-projects claim speaks for, and the actuals of indicators named after a
 * {@link Metric}. A printed value that matches the framework formula or an accepted variant is
 * fine; one that matches only a known non-framework reading is a definition mismatch; one that
 * matches nothing is contradicted.
 */
final class ClaimCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Evaluation evaluation;
    private final Limits limits;
    private final FindingList out;
    /** Each project is held once to the completed-projects claims: repeating it per claim makes findings grow as their product. */
    private boolean idleProjectsChecked;
    private boolean completedRatesChecked;
    /** Each metric computed once: a report may make many claims, and a project metric sums every project. */
    private final Map<Metric, MetricResult> metrics = new EnumMap<>(Metric.class);
    private final Map<Metric, Figures> projectSums = new EnumMap<>(Metric.class);

    ClaimCheck(Evaluation evaluation, Limits limits, FindingList out) {
        this.evaluation = evaluation;
        this.limits = limits;
        this.out = out;
    }

    /** Checks the actuals of indicators named after a metric, in report order. */
    void runIndicators() {
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : evaluation.nodesByPath().entrySet()) {
            if (!(entry.getValue() instanceof Indicator)) {
                continue;
            }
            Indicator indicator = (Indicator) entry.getValue();
            Optional<Metric> metric = indicator.metric();
            if (metric.isEmpty() || !(indicator.actual() instanceof Actual.Measured)) {
                continue;
            }
            Actual.Measured actual = (Actual.Measured) indicator.actual();
            boolean percent = actual.unit().map(Unit::isPercent)
                .orElseGet(() -> indicator.unit().map(Unit::isPercent).orElse(false));
            MetricResult result = metric(metric.get());
            if (percent && result.isComputable()) {
                String path = entry.getKey().toString();
                judge(path, metric.get(), actual.value(), result,
                    "指标 " + path + " 的实际完成值为 " + actual.print(),
                    "Indicator " + path + " gives " + actual.print() + " as its actual");
            }
        }
    }

    /** Checks the claims in report order, each followed by the projects it speaks for. */
    void runClaims() {
        List<Claim> claims = evaluation.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String location = "claims[" + i + "]";
            if (claim.metric().isEmpty()) {
                checkSubject(claim, location);
                continue;
            }
            Metric metric = claim.metric().get();
            BigDecimal percent = claim.percent().get();
            MetricResult result = metric(metric);
            if (result.isComputable()) {
                judge(location, metric, percent, result, "报告称“" + claim.quote() + "”",
                    "The report claims \"" + claim.quote() + "\"");
            } else {
                out.add(FindingCode.CLAIM_UNVERIFIABLE, location,
                    "报告称“" + claim.quote() + "”，但未给出核对所需的数据：" + metric.chineseName() + " 无法计算（"
                        + Reasons.zh(result.explanation()) + "）",
                    "The report claims \"" + claim.quote() + "\" but gives no figures to check it: "
                        + metric.chineseName() + " cannot be computed (" + result.explanation() + ")",
                    Figures.of("printedPercent", percent));
            }
            if (metric == Metric.COMPLETED_PROJECTS_EXECUTION_RATE) {
                checkProjects(claim);
            }
        }
    }

    /**
     * A claim about a subject rather than a metric: checked against the indicator of that name (its
     * measured actual), or against the count of projects it names (项目个数, 已完结项目个数); else
     * unverifiable.
     */
    private void checkSubject(Claim claim, String location) {
        String subject = claim.subject().get();
        BigDecimal claimed = claim.percent().orElseGet(() -> claim.figure().get().value());
        BigDecimal behind = null;
        String whatZh = null;
        String whatEn = null;
        Indicator indicator = indicatorNamed(subject);
        if (indicator != null && indicator.actual() instanceof Actual.Measured) {
            behind = ((Actual.Measured) indicator.actual()).value();
            whatZh = "指标 " + subject + " 的实际完成值为 " + indicator.actual().print();
            whatEn = "the indicator " + subject + " gives " + indicator.actual().print() + " as its actual";
        } else if (claim.figure().isPresent() && !evaluation.projects().isEmpty() && PROJECT_COUNT.contains(subject)) {
            behind = BigDecimal.valueOf(evaluation.projects().size());
            whatZh = "报告列出 " + behind + " 个项目";
            whatEn = "the report lists " + behind + " projects";
        } else if (claim.figure().isPresent() && !evaluation.projects().isEmpty() && COMPLETED_COUNT.contains(subject)) {
            behind = BigDecimal.valueOf(evaluation.projects().stream()
                .filter(p -> p.status().equals(Optional.of(Project.Status.COMPLETED))).count());
            whatZh = "报告将 " + behind + " 个项目列为已完结";
            whatEn = "the report marks " + behind + " projects completed";
        }
        if (behind == null) {
            out.add(FindingCode.CLAIM_UNVERIFIABLE, location,
                "报告称“" + claim.quote() + "”，但未给出核对 " + subject + " " + claim.printedValue() + " 所需的数据",
                "The report claims \"" + claim.quote() + "\" but gives no figures behind " + subject + " "
                    + claim.printedValue() + " to check it",
                claim.percent().isPresent() ? Figures.of("printedPercent", claimed) : Figures.of("printedValue", claimed));
            return;
        }
        if (Printed.matches(claimed, behind, claim.percent().isPresent() ? limits.percentTolerance : BigDecimal.ZERO)) {
            return;
        }
        out.add(FindingCode.CLAIMED_VALUE_MISMATCH, location,
            "报告称“" + claim.quote() + "”（" + subject + " " + claim.printedValue() + "），而" + whatZh,
            "The report claims \"" + claim.quote() + "\" (" + subject + " " + claim.printedValue() + ") where " + whatEn,
            Figures.of("claimed", claimed).and("reported", behind));
    }

    private static final List<String> PROJECT_COUNT = List.of("项目个数", "项目数", "项目数量");
    private static final List<String> COMPLETED_COUNT = List.of("已完结项目个数", "已完结项目数", "已完成项目个数");

    /** @return the one leaf named {@code name} anywhere in the tree, or null if none or several */
    private Indicator indicatorNamed(String name) {
        Indicator found = null;
        for (IndicatorNode node : evaluation.nodesByPath().values()) {
            if (node instanceof Indicator && node.name().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = (Indicator) node;
            }
        }
        return found;
    }

    private void judge(String location, Metric metric, BigDecimal printed, MetricResult result, String subjectZh,
            String subjectEn) {
        BigDecimal exact = Decimals.toPercent(result.ratio().get());
        if (Printed.matches(printed, exact, limits.percentTolerance)) {
            return;
        }
        Optional<MetricReadings.Reading> variant = MetricReadings.acceptedVariant(metric, evaluation.budget());
        if (variant.isPresent() && Printed.matches(printed, variant.get().percent, limits.percentTolerance)) {
            return;
        }
        BigDecimal computed = Printed.percent(result.ratio().get(), printed);
        Figures figures = operands(metric, Figures.of("printedPercent", printed).and("computedPercent", computed));
        String formula = metric.chineseName() + " = " + metric.formula() + " = ";
        String formulaZh = formula + explanation(metric, figures, result, true) + " = " + Printed.plain(computed) + "%";
        String formulaEn = formula + explanation(metric, figures, result, false) + " = " + Printed.plain(computed) + "%";
        Optional<MetricReadings.Reading> reading = MetricReadings.nonFramework(metric, evaluation.budget());
        if (reading.isPresent() && Printed.matches(printed, reading.get().percent, limits.percentTolerance)) {
            out.add(FindingCode.METRIC_DEFINITION_MISMATCH, location,
                subjectZh + "，而按框架公式 " + formulaZh + "；" + Printed.plain(printed) + "% 是“" + reading.get().zh
                    + "”的口径，这是常见的非框架做法，不是框架的定义",
                subjectEn + " where the framework formula gives " + formulaEn + "; " + Printed.plain(printed)
                    + "% is the common non-framework reading \"" + reading.get().en + "\", not the framework's definition",
                figures);
            return;
        }
        out.add(FindingCode.CLAIMED_VALUE_MISMATCH, location,
            subjectZh + "，但按报告自身数据 " + formulaZh,
            subjectEn + " but its own figures give " + formulaEn,
            figures);
    }

    /** The computation in figures: the model's for budget metrics, the project sums in 万元 for project metrics. */
    private static String explanation(Metric metric, Figures figures, MetricResult result, boolean zh) {
        if (metric != Metric.PROJECTS_EXECUTION_RATE && metric != Metric.COMPLETED_PROJECTS_EXECUTION_RATE) {
            return result.explanation();
        }
        String division = Printed.plain(figures.map().get("executed")) + " / " + Printed.plain(figures.map().get("approved"))
            + " 万元";
        String count = Printed.plain(figures.map().get("projects"));
        return zh ? division + "（" + count + " 个项目）" : division + " (" + count + " projects)";
    }

    private MetricResult metric(Metric metric) {
        return metrics.computeIfAbsent(metric, evaluation::metric);
    }

    private Figures operands(Metric metric, Figures figures) {
        if (metric == Metric.PROJECTS_EXECUTION_RATE || metric == Metric.COMPLETED_PROJECTS_EXECUTION_RATE) {
            Figures sums = projectSums.computeIfAbsent(metric, this::projectSums);
            return figures.and("executed", sums.map().get("executed")).and("approved", sums.map().get("approved"))
                .and("projects", sums.map().get("projects"));
        }
        return evaluation.budget().map(b -> MetricReadings.operands(metric, b, figures)).orElse(figures);
    }

    private Figures projectSums(Metric metric) {
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO;
        int count = 0;
        for (Project p : evaluation.projects()) {
            if (metric == Metric.PROJECTS_EXECUTION_RATE || p.status().equals(Optional.of(Project.Status.COMPLETED))) {
                executed = executed.add(p.executed().wanYuan());
                approved = approved.add(p.approved().wanYuan());
                count++;
            }
        }
        return Figures.of("executed", executed).and("approved", approved).and("projects", BigDecimal.valueOf(count));
    }

    /**
     * A claim about the completed projects: for "every finished project executed 100%", each project
     * marked completed whose own execution is not 100%; for any such claim, each project that
     * executed nothing of its budget and that the report does not call unfinished. A project is held
     * to the first claim that speaks for it only: a report that repeats the claim gets each finding once.
     */
    private void checkProjects(Claim claim) {
        // Only "every finished project executed 100%" speaks for each project; a lower rate is an aggregate.
        BigDecimal percent = claim.percent().get();
        boolean eachProject = !completedRatesChecked && Printed.matches(percent, HUNDRED, limits.percentTolerance);
        boolean idle = !idleProjectsChecked;
        if (!eachProject && !idle) {
            return;
        }
        completedRatesChecked |= eachProject;
        idleProjectsChecked = true;
        List<Project> projects = evaluation.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            Optional<Project.Status> status = p.status();
            boolean completed = status.isPresent() && status.get() == Project.Status.COMPLETED;
            boolean unmarked = status.isEmpty();
            if ((completed || unmarked) && p.executed().isZero() && !p.approved().isZero()) {
                if (idle) {
                    reportIdle(claim, p, i, completed);
                }
                continue;
            }
            if (!eachProject || !completed) {
                continue;
            }
            MetricResult rate = p.executionRate();
            if (!rate.isComputable()) {
                continue;
            }
            BigDecimal exact = Decimals.toPercent(rate.ratio().get());
            if (!Printed.matches(percent, exact, limits.percentTolerance)) {
                reportRate(claim, p, i, rate.ratio().get(), exact);
            }
        }
    }

    private void reportIdle(Claim claim, Project p, int i, boolean completed) {
        out.add(FindingCode.CLAIMED_VALUE_MISMATCH, "projects[" + i + "]",
            "项目 " + p.label() + " 批复 " + p.approved() + "，执行 0，报告却" + (completed ? "将其列为已完结" : "未将其列为未完结")
                + "，与“" + claim.quote() + "”不符",
            "Project " + p.label() + " executed nothing of its " + p.approved() + " approved, yet the report "
                + (completed ? "counts it as completed" : "does not call it unfinished") + ", against the claim \""
                + claim.quote() + "\"",
            amounts(p).and("executionPercent", BigDecimal.ZERO.setScale(2)).and("claimedPercent", claim.percent().get()));
    }

    private void reportRate(Claim claim, Project p, int i, BigDecimal ratio, BigDecimal exact) {
        BigDecimal claimed = claim.percent().get();
        BigDecimal shown = Printed.percent(ratio, claimed);
        boolean below = exact.compareTo(claimed) < 0;
        String division = Printed.plain(p.executed().wanYuan()) + " / " + Printed.plain(p.approved().wanYuan()) + " 万元";
        out.add(FindingCode.CLAIMED_VALUE_MISMATCH, "projects[" + i + "]",
            "项目 " + p.label() + " 标为已完结，执行率 " + Printed.plain(shown) + "%（" + division + "），" + (below ? "低于" : "高于") + "报告所称的 " + Printed.plain(claimed)
                + "%（“" + claim.quote() + "”）",
            "Project " + p.label() + " is marked completed but executed " + Printed.plain(shown) + "% ("
                + division + "), " + (below ? "below" : "above") + " the "
                + Printed.plain(claimed) + "% the report claims (\"" + claim.quote() + "\")",
            amounts(p).and("executionPercent", shown).and("claimedPercent", claimed));
    }

    private static Figures amounts(Project p) {
        return Figures.of("approved", p.approved().wanYuan()).and("executed", p.executed().wanYuan());
    }
}
