package org.perfeval.evaluation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.audit.Finding;

/**
 * A department's projects at a glance: how many got each grade and how many could not be scored,
 * the money approved (全年预算数) and executed (全年执行数) per grade in 万元, and the most severe
 * findings with their projects.
 *
 * @param projectsByGrade the number of projects per grade label, in the grade scale's order (best first),
 *     every grade listed
 * @param notScored the number of projects whose total is not computable
 * @param approvedByGrade the 全年预算数 of the projects per grade in 万元, with {@link #NOT_SCORED} for those
 *     not scored; a project that prints no amount adds nothing
 * @param executedByGrade the 全年执行数 per grade in 万元, as {@code approvedByGrade}
 * @param topFindings at most {@value #TOP_FINDINGS} findings, most severe first, then by code, then in
 *     project order
 */
public record Portfolio(Map<String, Integer> projectsByGrade, int notScored, Map<String, BigDecimal> approvedByGrade,
        Map<String, BigDecimal> executedByGrade, List<ProjectFinding> topFindings) {
    /** How many findings {@link #topFindings()} keeps. */
    public static final int TOP_FINDINGS = 10;
    /** The key of the projects not scored in the money maps. */
    public static final String NOT_SCORED = "not scored";

    /**
     * Copies the maps and the list, keeping their order.
     *
     * @param projectsByGrade see the record's description
     * @param notScored see the record's description
     * @param approvedByGrade see the record's description
     * @param executedByGrade see the record's description
     * @param topFindings see the record's description
     */
    public Portfolio {
        projectsByGrade = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(projectsByGrade, "projectsByGrade")));
        approvedByGrade = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(approvedByGrade, "approvedByGrade")));
        executedByGrade = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(executedByGrade, "executedByGrade")));
        topFindings = List.copyOf(requireNonNull(topFindings, "topFindings"));
    }

    /**
     * A finding about one project.
     *
     * @param project the project's name (项目名称)
     * @param finding the finding
     */
    public record ProjectFinding(String project, Finding finding) {
        /**
         * Checks that neither is null.
         *
         * @param project see the record's description
         * @param finding see the record's description
         */
        public ProjectFinding {
            requireNonNull(project, "project");
            requireNonNull(finding, "finding");
        }
    }
}
