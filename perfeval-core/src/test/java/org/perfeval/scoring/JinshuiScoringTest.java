package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * Jinshui 2021 under the department-overall profile. Every listed target is met (checked by hand
 * against the report's indicator table), so every category earns its full points: 100.00, 优,
 * beside the report's own 10 / 20 / 39.35 / 28.8 = 98.15, 优.
 */
class JinshuiScoringTest {
    private static final Evaluation JINSHUI = SeedReports.jinshui2021();
    private static final EvaluationResult RESULT =
        Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(JINSHUI);

    @Test
    void everyCategoryEarnsItsFullPointsBesideTheReportedScores() {
        assertCategory("预算执行", "10", "10");
        assertCategory("投入管理", "20", "20");
        assertCategory("产出指标", "40", "39.35");
        assertCategory("效益指标", "30", "28.8");
    }

    @Test
    void totalAndGradeBesideTheReportedOnes() {
        assertEquals(Optional.of(new BigDecimal("100.00")), RESULT.total());
        assertEquals("优", RESULT.grade().orElseThrow().label());
        assertEquals(Optional.of(new BigDecimal("98.15")), RESULT.reportedTotal());
        assertEquals(Optional.of("优"), RESULT.reportedGrade());
        assertEquals(0, RESULT.totalDifference().get().compareTo(new BigDecimal("-1.85")));
    }

    @Test
    void outputRateIsReportedAt98375PercentAndComputedAt100() {
        NodeResult outputs = RESULT.node("产出指标").orElseThrow();
        assertEquals(0, outputs.reportedRate().get().compareTo(new BigDecimal("98.375")));
        assertEquals(0, outputs.rate().get().compareTo(new BigDecimal("100")));
        assertEquals(0, outputs.difference().get().compareTo(new BigDecimal("-0.65")));
    }

    @Test
    void budgetExecutionIsScoredFromTheBudgetBlock() {
        NodeResult budget = RESULT.node("预算执行").orElseThrow();
        assertEquals("budget-execution", budget.trace().ruleId());
        // 918.886283 / 918.886283 万元
        assertEquals(0, budget.trace().inputs().get("rate").compareTo(BigDecimal.ONE));
        assertEquals(PointsSource.RULE_SET, budget.pointsSource());
    }

    @Test
    void leavesShareTheirCategoryEquallyAndTheSharesAddUpExactly() {
        // 产出指标 40 → two second-level groups of 20; 履职目标实现 has 9 leaves: 20 / 9 = 2.22…,
        // two of them get 2.23 so that the nine add up to 20.00.
        NodeResult tasks = RESULT.node("产出指标/履职目标实现").orElseThrow();
        assertEquals(0, tasks.points().compareTo(new BigDecimal("20")));
        List<NodeResult> leaves = leavesUnder("产出指标/履职目标实现");
        assertEquals(9, leaves.size());
        BigDecimal sum = leaves.stream().map(NodeResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal("20")));
        long high = leaves.stream().filter(l -> l.points().compareTo(new BigDecimal("2.23")) == 0).count();
        long low = leaves.stream().filter(l -> l.points().compareTo(new BigDecimal("2.22")) == 0).count();
        assertEquals(2, high);
        assertEquals(7, low);
        assertTrue(leaves.stream().allMatch(l -> l.pointsSource() == PointsSource.ALLOCATED));
    }

    @Test
    void everyLeafMeetsItsTargetAndNeedsNoDeviationNote() {
        List<NodeResult> leaves = RESULT.nodes().stream().filter(NodeResult::leaf)
            .filter(l -> !l.name().equals("预算执行")).collect(java.util.stream.Collectors.toList());
        // 投入管理 3 + 12 + 4, 产出指标 2 + 9, 效益指标 2 + 2
        assertEquals(34, leaves.size());
        for (NodeResult leaf : leaves) {
            assertEquals(TargetStatus.MET, leaf.targetStatus(), leaf.path().toString());
            assertEquals(0, leaf.awarded().compareTo(leaf.points()), leaf.path().toString());
            assertTrue(leaf.deviationReasons().isEmpty(), leaf.path().toString());
        }
    }

    @Test
    void qualitativeLeavesCarryTheirBand() {
        NodeResult leaf = RESULT.node("投入管理/工作目标管理/年度履职目标相关性").orElseThrow();
        assertEquals("qualitative", leaf.trace().ruleId());
        ScoreBand band = leaf.band().orElseThrow();
        assertTrue(band.contains(leaf.points()));
        assertEquals(0, band.lower().compareTo(leaf.points().multiply(new BigDecimal("0.8"))));
    }

    @Test
    void resultListsEveryNodeInReportOrderAndTheMetrics() {
        assertEquals(JINSHUI.nodesByPath().keySet().stream().collect(java.util.stream.Collectors.toList()),
            RESULT.nodes().stream().map(NodeResult::path).collect(java.util.stream.Collectors.toList()));
        assertEquals(JINSHUI.metrics(), RESULT.metrics());
    }

    @Test
    void resultCarriesTheAuditOfItsOwnNodes() {
        assertEquals(org.perfeval.audit.Audit.of(Profiles.departmentOverall()).audit(RESULT.scores()),
            RESULT.findings());
        assertTrue(RESULT.findings().stream().anyMatch(f ->
            f.code() == org.perfeval.audit.FindingCode.POINTS_DEDUCTED_UNEXPLAINED && f.location().equals("产出指标")),
            RESULT.findings()::toString);
    }

    @Test
    void theProfileLintsCleanAgainstTheReport() {
        assertEquals(List.of(), RuleRegistry.builtIns().lint(Profiles.departmentOverall(), JINSHUI));
    }

    private static void assertCategory(String name, String points, String reported) {
        NodeResult node = RESULT.node(name).orElseThrow();
        assertEquals(0, node.points().compareTo(new BigDecimal(points)), name);
        assertEquals(0, node.awarded().compareTo(new BigDecimal(points)), name);
        assertEquals(2, node.awarded().scale(), name + " is rounded to 2 places");
        assertEquals(0, node.reportedScore().get().compareTo(new BigDecimal(reported)), name);
    }

    private static List<NodeResult> leavesUnder(String path) {
        return RESULT.nodes().stream()
            .filter(n -> n.leaf() && n.path().toString().startsWith(path + "/"))
            .collect(java.util.stream.Collectors.toList());
    }

    @Test
    void aTraceRebuiltFromItsPartsEqualsTheEngines() {
        Trace trace = RESULT.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace();
        assertEquals(trace, Trace.of(trace.ruleId(), trace.ruleSetId(), trace.ruleSetVersion(), trace.formula(),
            trace.inputs(), trace.raw(), trace.rounded(), trace.note()));
    }
}
