package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.Portfolio;
import org.perfeval.evaluation.PortfolioEvaluator;
import org.perfeval.evaluation.PortfolioResult;
import org.perfeval.model.DepartmentWithProjects;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * A department with its projects' tables. The department is 绥阳县太白镇 2021 and the projects are five of
 * the bundled project forms: an assembled example (they come from other places), which is what makes
 * the department's 项目支出 too small for them.
 */
class PortfolioTest {
    private static final List<String> PROJECTS = List.of("01-yongde-2022.json", "03-zhongjiang-2022.json",
        "04-langfang-2019.json", "06-xiaoxian-2023.json", "07-shidian-2021.json");

    private static PortfolioResult evaluate() throws IOException {
        List<SelfEvaluationTable> projects = new ArrayList<>();
        for (String file : PROJECTS) {
            projects.add(SeedTableTest.table(file));
        }
        DepartmentWithProjects report = new DepartmentWithProjects(SeedTableTest.table("09-suiyang-2021.json"), projects);
        return PortfolioEvaluator.of(Profiles.departmentOverall(), Profiles.ministryProject(), RuleRegistry.builtIns())
            .evaluate(report);
    }

    @Test
    void eachProjectIsScoredOnItsOwnAndCountedByGrade() throws IOException {
        PortfolioResult r = evaluate();
        assertEquals(5, r.projects().size());
        Portfolio p = r.portfolio();
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        byGrade.put("优", 1);
        byGrade.put("良", 0);
        byGrade.put("中", 0);
        byGrade.put("差", 0);
        assertEquals(byGrade, p.projectsByGrade(), "only 永德's form is whole and scorable (99.80 优)");
        assertEquals(4, p.notScored(), "03 has actuals that repeat their targets; 04, 06 and 07 are cut off");
        assertEquals(0, new BigDecimal("38.766462").compareTo(p.approvedByGrade().get("优")), "387664.62 元");
        assertEquals(0, new BigDecimal("1572.68").compareTo(p.approvedByGrade().get(Portfolio.NOT_SCORED)),
            "20 + 43.2 + 9.48 + 1500");
        assertEquals(0, new BigDecimal("66.72").compareTo(p.executedByGrade().get(Portfolio.NOT_SCORED)),
            "20 + 37.24 + 9.48 + 0.00");
    }

    @Test
    void theTenMostSevereFindingsNameTheirProjects() throws IOException {
        List<String> top = new ArrayList<>();
        for (Portfolio.ProjectFinding f : evaluate().portfolio().topFindings()) {
            top.add(f.project() + ": " + f.finding().code() + "@" + f.finding().location());
        }
        assertEquals(List.of(
            "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装: REPORTED_TOTAL_MISMATCH@reportedTotal",
            "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装: POINTS_DO_NOT_ADD_UP@totalPoints",
            "办公宿舍楼、食堂及餐厅暖通改造经费: FULL_POINTS_FOR_MISSED_TARGET@产出指标/数量指标/指标1工程资金金额",
            "办公宿舍楼、食堂及餐厅暖通改造经费: FULL_POINTS_FOR_MISSED_TARGET@budget.rows[0]",
            "义务教育营养改善计划专项资金: POINTS_DEDUCTED_UNEXPLAINED@产出指标/时效指标/资金到位及时率",
            "义务教育营养改善计划专项资金: POINTS_DEDUCTED_UNEXPLAINED@效益指标/社会效益指标/政策知晓率",
            "义务教育营养改善计划专项资金: DEVIATION_UNEXPLAINED@效益指标/社会效益指标/政策知晓率",
            "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装: ROW_NOT_SCORABLE@产出指标/数量指标/安装坡面水标尺",
            "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装: ROW_NOT_SCORABLE@产出指标/数量指标/水标尺宽度",
            "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装: ROW_NOT_SCORABLE@产出指标/时效指标/及时(按期)开工率"),
            top);
    }

    @Test
    void theDepartmentsProjectSpendingIsCheckedAgainstItsProjects() throws IOException {
        PortfolioResult r = evaluate();
        List<String> found = new ArrayList<>();
        r.departmentAgainstProjects().forEach(f -> found.add(f.code() + "@" + f.location() + " " + f.figures()));
        assertEquals(List.of("BUDGET_IDENTITY_BROKEN@budget.rows[2] {projects=1611.446462, department=187.36, difference=1424.086462}"),
            found, "the projects' budgets exceed 项目支出 187.36; their 105.486462 executed stays under 353.75");
        assertEquals(List.of("BUDGET_SCORE_REPEATED@budget.rows[1]", "BUDGET_SCORE_REPEATED@budget.rows[2]"),
            SeedTableTest.findings(r.department()), "the department's own audit is unchanged");
    }

    @Test
    void aProjectGivenTwiceIsRefused() throws IOException {
        SelfEvaluationTable p = SeedTableTest.table("01-yongde-2022.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DepartmentWithProjects(
            SeedTableTest.table("09-suiyang-2021.json"), List.of(p, p)));
        assertEquals("projects[1] repeats the project 义务教育营养改善计划专项资金", e.getMessage());
    }
}
