package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/** The floor of the scoring benchmark is only a floor if it computes what the engine computes. */
class FloorTest {
    private static final Evaluator ENGINE = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());

    @ParameterizedTest(name = "{0} indicators, seed {1}")
    @CsvSource({"10, 1", "50, 1", "200, 1", "10, 7", "50, 7", "200, 7", "50, 42", "4, 3"})
    void awardsWhatTheEngineAwardsToEveryNode(int indicators, long seed) {
        Evaluation evaluation = Reports.evaluation(indicators, seed);
        EvaluationResult result = ENGINE.evaluate(evaluation);
        Floor floor = Floor.score(evaluation);

        BigDecimal[] engine = result.nodes().stream().map(NodeResult::awarded).toArray(BigDecimal[]::new);
        assertArrayEquals(engine, floor.awarded());
        assertEquals(result.total(), Optional.of(floor.total()));
        assertEquals(result.grade().orElseThrow().label(), floor.grade());
    }
}
