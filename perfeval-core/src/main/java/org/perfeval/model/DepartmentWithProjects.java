package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A department's table (部门整体支出绩效自评表) with the tables of its projects (项目支出绩效自评表), as a
 * department's report may carry them. Each is scored and audited on its own; the department's figures
 * are checked against its projects'.
 *
 * @param department the department's table, of kind {@link TableKind#DEPARTMENT}
 * @param projects its projects' tables, each of kind {@link TableKind#PROJECT}, names distinct
 */
public record DepartmentWithProjects(SelfEvaluationTable department, List<SelfEvaluationTable> projects) {
    /** Most project tables one department carries. */
    public static final int MAX_PROJECTS = 10_000;

    /**
     * Checks the kinds and that no project is given twice; see the record's description.
     *
     * @param department see the record's description
     * @param projects see the record's description
     * @throws IllegalArgumentException if a table is of the wrong kind, a project name repeats, or
     *     there are more than {@value #MAX_PROJECTS} projects
     */
    public DepartmentWithProjects {
        requireNonNull(department, "department");
        projects = List.copyOf(requireNonNull(projects, "projects"));
        if (department.kind() != TableKind.DEPARTMENT) {
            throw new IllegalArgumentException("the department's table must be of kind DEPARTMENT but " + department.name()
                + " is " + department.kind());
        }
        if (projects.size() > MAX_PROJECTS) {
            throw new IllegalArgumentException("a department carries at most " + MAX_PROJECTS + " project tables but has "
                + projects.size());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            SelfEvaluationTable p = projects.get(i);
            if (p.kind() != TableKind.PROJECT) {
                throw new IllegalArgumentException("projects[" + i + "] must be a PROJECT table but " + p.name() + " is "
                    + p.kind());
            }
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("projects[" + i + "] repeats the project " + p.name());
            }
        }
    }
}
