package org.perfeval.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;

/** Rearranging evaluations for property tests: reversed siblings, one leaf replaced, one actual changed. */
public final class Trees {
    private Trees() {}

    /**
     * @param evaluation an evaluation, not null
     * @return the same evaluation with the siblings of every level, the top included, in reverse order
     */
    public static Evaluation reversed(Evaluation evaluation) {
        return copy(evaluation, reversed(evaluation.indicators()));
    }

    /**
     * @param evaluation an evaluation, not null
     * @param path the path of one of its leaves, not null
     * @param leaf the leaf to put there, with the same name, not null
     * @return the same evaluation with that leaf replaced
     * @throws IllegalArgumentException if the evaluation has no leaf at that path or the names differ
     */
    public static Evaluation withLeaf(Evaluation evaluation, IndicatorPath path, Indicator leaf) {
        requireNonNull(leaf, "leaf");
        IndicatorNode old = evaluation.nodesByPath().get(requireNonNull(path, "path"));
        if (!(old instanceof Indicator) || !old.name().equals(leaf.name())) {
            throw new IllegalArgumentException("no leaf " + leaf.name() + " at " + path + " to replace");
        }
        return copy(evaluation, replaced(evaluation.indicators(), path.names(), 0, leaf));
    }

    /**
     * @param indicator a leaf, not null
     * @param actual the actual it should have, not null
     * @return the same leaf with that actual
     */
    public static Indicator withActual(Indicator indicator, Actual actual) {
        return Indicator.builder().name(indicator.name()).code(indicator.code()).points(indicator.points())
            .reportedScore(indicator.reportedScore()).target(indicator.target()).unit(indicator.unit())
            .actual(requireNonNull(actual, "actual")).deviationNote(indicator.deviationNote()).core(indicator.core())
            .statedDirection(indicator.statedDirection()).build();
    }

    private static Evaluation copy(Evaluation evaluation, List<IndicatorNode> indicators) {
        return Evaluation.builder().unit(evaluation.unit()).year(evaluation.year()).kind(evaluation.kind())
            .title(evaluation.title()).budget(evaluation.budget()).addAllProjects(evaluation.projects())
            .addAllIndicators(indicators).reportedTotal(evaluation.reportedTotal())
            .reportedGrade(evaluation.reportedGrade()).addAllClaims(evaluation.claims()).build();
    }

    private static IndicatorGroup group(IndicatorGroup g, List<IndicatorNode> children) {
        return IndicatorGroup.builder().name(g.name()).code(g.code()).points(g.points())
            .reportedScore(g.reportedScore()).reportedRate(g.reportedRate()).addAllChildren(children).build();
    }

    private static List<IndicatorNode> reversed(List<IndicatorNode> nodes) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            out.add(node instanceof IndicatorGroup ? group((IndicatorGroup) node, reversed(((IndicatorGroup) node).children()))
                : node);
        }
        Collections.reverse(out);
        return out;
    }

    private static List<IndicatorNode> replaced(List<IndicatorNode> nodes, List<String> names, int depth, Indicator leaf) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            if (!node.name().equals(names.get(depth))) {
                out.add(node);
            } else if (depth == names.size() - 1) {
                out.add(leaf);
            } else {
                IndicatorGroup g = (IndicatorGroup) node;
                out.add(group(g, replaced(g.children(), names, depth + 1, leaf)));
            }
        }
        return out;
    }
}
