package org.perfeval.evaluation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.audit.Finding;
import org.perfeval.audit.TableAudit;
import org.perfeval.model.Amount;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.DepartmentWithProjects;
import org.perfeval.model.Grade;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * Scores and audits a department's table and each of its projects' tables on its own, checks the
 * department's figures against its projects' ({@link TableAudit#departmentAgainstProjects}), and sums
 * the projects up in a {@link Portfolio}.
 *
 * <pre>{@code
 * PortfolioResult r = PortfolioEvaluator.of(Profiles.departmentOverall(), Profiles.ministryProject(),
 *     RuleRegistry.builtIns()).evaluate(department);
 * r.portfolio().projectsByGrade();     // {优=3, 良=1, 中=0, 差=0}
 * r.portfolio().notScored();           // 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PortfolioEvaluator {
    private final TableEvaluator departments;
    private final TableEvaluator projects;
    private final RuleSet projectBase;

    private PortfolioEvaluator(TableEvaluator departments, TableEvaluator projects, RuleSet projectBase) {
        this.departments = departments;
        this.projects = projects;
        this.projectBase = projectBase;
    }

    /**
     * @param departmentBase the rule set for the department's table, not null
     * @param projectBase the rule set for the projects' tables, whose grade scale the portfolio counts by, not null
     * @param registry the rules they may name, not null
     * @return the evaluator
     */
    public static PortfolioEvaluator of(RuleSet departmentBase, RuleSet projectBase, RuleRegistry registry) {
        return new PortfolioEvaluator(TableEvaluator.of(departmentBase, registry), TableEvaluator.of(projectBase, registry),
            requireNonNull(projectBase, "projectBase"));
    }

    /**
     * @param report the department with its projects, not null
     * @return every table's result, the department-against-projects findings and the portfolio
     */
    public PortfolioResult evaluate(DepartmentWithProjects report) {
        requireNonNull(report, "report");
        TableResult department = departments.evaluate(report.department());
        List<TableResult> results = new ArrayList<>();
        for (SelfEvaluationTable project : report.projects()) {
            results.add(projects.evaluate(project));
        }
        List<Finding> across = TableAudit.of(departments.ruleSetFor(report.department()))
            .departmentAgainstProjects(report.department(), report.projects());
        return new PortfolioResult(department, results, across, portfolio(results));
    }

    private Portfolio portfolio(List<TableResult> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> approved = new LinkedHashMap<>();
        Map<String, BigDecimal> executed = new LinkedHashMap<>();
        for (Grade grade : projectBase.gradeScale().grades()) {
            counts.put(grade.label(), 0);
            approved.put(grade.label(), BigDecimal.ZERO);
            executed.put(grade.label(), BigDecimal.ZERO);
        }
        approved.put(Portfolio.NOT_SCORED, BigDecimal.ZERO);
        executed.put(Portfolio.NOT_SCORED, BigDecimal.ZERO);
        int notScored = 0;
        List<Portfolio.ProjectFinding> findings = new ArrayList<>();
        for (TableResult r : results) {
            String key = r.grade().map(Grade::label).orElse(Portfolio.NOT_SCORED);
            if (r.grade().isPresent()) {
                counts.merge(key, 1, Integer::sum);
            } else {
                notScored++;
            }
            Optional<BudgetBlock> block = r.table().budget();
            block.flatMap(b -> amount(b, BudgetColumn.BUDGET).or(() -> amount(b, BudgetColumn.YEAR_START)))
                .ifPresent(a -> approved.merge(key, a, BigDecimal::add));
            block.flatMap(b -> amount(b, BudgetColumn.EXECUTED)).ifPresent(a -> executed.merge(key, a, BigDecimal::add));
            for (Finding f : r.findings()) {
                findings.add(new Portfolio.ProjectFinding(r.table().name(), f));
            }
        }
        // Stable: equal findings keep project order, then each project's own order.
        findings.sort(Comparator.comparingInt((Portfolio.ProjectFinding f) -> f.finding().severity().ordinal())
            .thenComparingInt(f -> f.finding().code().ordinal()));
        return new Portfolio(counts, notScored, approved, executed,
            findings.subList(0, Math.min(Portfolio.TOP_FINDINGS, findings.size())));
    }

    /** @return the total row's amount in the column, in 万元 */
    private static Optional<BigDecimal> amount(BudgetBlock block, BudgetColumn column) {
        return block.total().number(column).map(n -> Amount.of(n, block.unit()).wanYuan());
    }
}
