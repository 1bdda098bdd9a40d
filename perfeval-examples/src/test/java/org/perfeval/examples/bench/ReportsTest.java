package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.TargetStatus;

/** The generated reports have the size asked for, are reproducible, and score like real ones. */
class ReportsTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 10, 50, 200})
    void haveTheLeavesAndProjectsAskedFor(int indicators) {
        Evaluation evaluation = Reports.evaluation(indicators, 1);
        long leaves = evaluation.nodesByPath().values().stream().filter(IndicatorNode::isLeaf).count();
        assertEquals(indicators, leaves);
        assertEquals(Reports.PROJECTS, evaluation.projects().size());
    }

    @Test
    void sameSeedSameReportOtherSeedAnother() {
        assertEquals(Reports.evaluation(50, 9), Reports.evaluation(50, 9));
        assertNotEquals(Reports.evaluation(50, 9), Reports.evaluation(50, 10));
    }

    @Test
    void everyLeafIsScoredAndSomeTargetsAreMissed() {
        EvaluationResult result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns())
            .evaluate(Reports.evaluation(200, 1));
        assertTrue(result.nodes().stream().allMatch(n -> n.status() == RuleOutcome.Status.SCORED));
        long missed = result.nodes().stream().filter(n -> n.targetStatus() == TargetStatus.MISSED).count();
        assertTrue(missed > 10 && missed < 70, "missed targets: " + missed);
        assertTrue(!result.findings().isEmpty(), "a realistic report gives the audit something to say");
    }
}
