package org.perfeval.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;

/** Rearranging evaluations for property tests. */
public final class Trees {
    private Trees() {}

    /**
     * @param evaluation an evaluation
     * @return the same evaluation with the siblings of every level, the top included, in reverse order
     */
    public static Evaluation reversed(Evaluation evaluation) {
        return Evaluation.builder().unit(evaluation.unit()).year(evaluation.year()).kind(evaluation.kind())
            .title(evaluation.title()).budget(evaluation.budget()).addAllProjects(evaluation.projects())
            .addAllIndicators(reversed(evaluation.indicators())).reportedTotal(evaluation.reportedTotal())
            .reportedGrade(evaluation.reportedGrade()).addAllClaims(evaluation.claims()).build();
    }

    private static List<IndicatorNode> reversed(List<IndicatorNode> nodes) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            if (node instanceof IndicatorGroup) {
                IndicatorGroup g = (IndicatorGroup) node;
                out.add(IndicatorGroup.builder().name(g.name()).code(g.code()).points(g.points())
                    .reportedScore(g.reportedScore()).reportedRate(g.reportedRate())
                    .addAllChildren(reversed(g.children())).build());
            } else {
                out.add(node);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
