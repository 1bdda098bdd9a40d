package org.perfeval.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.perfeval.audit.Finding;

/**
 * A department's table and its projects' tables, each scored and audited on its own, the findings of
 * the department's figures against its projects', and the {@link Portfolio}.
 *
 * @param department the department's table's result
 * @param projects each project table's result, in the order given
 * @param departmentAgainstProjects findings where the department's figures and its projects' disagree
 * @param portfolio the projects summed up
 */
public record PortfolioResult(TableResult department, List<TableResult> projects, List<Finding> departmentAgainstProjects,
        Portfolio portfolio) {
    /**
     * Copies the lists; nothing may be null.
     *
     * @param department see the record's description
     * @param projects see the record's description
     * @param departmentAgainstProjects see the record's description
     * @param portfolio see the record's description
     */
    public PortfolioResult {
        requireNonNull(department, "department");
        projects = List.copyOf(requireNonNull(projects, "projects"));
        departmentAgainstProjects = List.copyOf(requireNonNull(departmentAgainstProjects, "departmentAgainstProjects"));
        requireNonNull(portfolio, "portfolio");
    }
}
