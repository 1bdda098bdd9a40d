package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.fixtures.SeedReports;

/**
 * The engine's node results make their rate, target, deviation reasons and trace when asked: asked
 * from any thread, in any order, they are the same values, and a result equals one built with the
 * same attributes.
 */
class ScoredNodeTest {
    private static final ScoringEngine ENGINE = ScoringEngine.of(Profiles.departmentOverall(), RuleRegistry.builtIns());

    /** @return a builder's copy of a result, every attribute read from it */
    private static NodeResult copy(NodeResult r) {
        return NodeResult.builder().path(r.path()).code(r.code()).leaf(r.leaf()).points(r.points())
            .pointsSource(r.pointsSource()).statedPoints(r.statedPoints()).applicablePoints(r.applicablePoints())
            .awarded(r.awarded()).rate(r.rate()).reportedScore(r.reportedScore()).reportedRate(r.reportedRate())
            .status(r.status()).targetStatus(r.targetStatus()).band(r.band()).addAllDeviationReasons(r.deviationReasons())
            .deviationNote(r.deviationNote()).childPointsSum(r.childPointsSum()).trace(r.trace())
            .notComputable(r.notComputable()).build();
    }

    @Test
    void anEngineResultEqualsTheBuildersCopyOfItBothWaysWithTheSameHash() {
        for (Evaluation seed : List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022())) {
            for (NodeResult node : ENGINE.score(seed).nodes()) {
                NodeResult copy = copy(node);
                assertEquals(copy, node, node.toString());
                assertEquals(node, copy, node.toString());
                assertEquals(copy.hashCode(), node.hashCode(), node.toString());
            }
        }
    }

    @Test
    void resultsThatDifferInWhatIsMadeWhenAskedAreNotEqual() {
        List<NodeResult> nodes = ENGINE.score(SeedReports.jinshui2021()).nodes();
        NodeResult leaf = nodes.stream().filter(NodeResult::leaf).findFirst().orElseThrow();
        NodeResult copy = copy(leaf);
        NodeResult otherTrace = NodeResult.builder().path(copy.path()).code(copy.code()).leaf(true).points(copy.points())
            .pointsSource(copy.pointsSource()).statedPoints(copy.statedPoints()).applicablePoints(copy.applicablePoints())
            .awarded(copy.awarded()).rate(copy.rate()).reportedScore(copy.reportedScore()).reportedRate(copy.reportedRate())
            .status(copy.status()).targetStatus(copy.targetStatus()).band(copy.band())
            .addAllDeviationReasons(copy.deviationReasons()).deviationNote(copy.deviationNote())
            .childPointsSum(copy.childPointsSum()).trace(Trace.notComputable("x", "y", "1", "another trace"))
            .notComputable(copy.notComputable()).build();
        assertNotEquals(otherTrace, leaf);
        assertNotEquals(leaf, otherTrace);
    }

    @Test
    void whatIsMadeWhenAskedIsTheSameFromManyThreadsAtOnce() throws Exception {
        Evaluation seed = SeedReports.guancheng2022();
        List<NodeResult> expected = new ArrayList<>();
        for (NodeResult node : ENGINE.score(seed).nodes()) {
            expected.add(copy(node));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                List<NodeResult> shared = ENGINE.score(seed).nodes();
                List<Future<List<NodeResult>>> seen = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    seen.add(threads.submit(() -> {
                        List<NodeResult> copies = new ArrayList<>();
                        for (NodeResult node : shared) {
                            copies.add(copy(node));
                        }
                        return copies;
                    }));
                }
                for (Future<List<NodeResult>> copies : seen) {
                    assertEquals(expected, copies.get());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
