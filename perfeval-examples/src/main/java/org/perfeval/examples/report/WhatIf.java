package org.perfeval.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;
import org.perfeval.scoring.NodeResult;

/**
 * What the computed total would be with a row at full points, and the fewest rows whose full points
 * would lift the total into the next grade. Computed only where the total is the plain sum of the
 * rows' points (every group the sum of its children, the total the sum of the categories, nothing
 * rescaled as not applicable); elsewhere it says why not, and shows nothing it did not compute.
 */
final class WhatIf {
    /** A row that lost points, and the total and grade with it at full points. */
    record Row(int index, NodeResult node, BigDecimal lost, BigDecimal total, Grade grade) {}

    private final EvaluationResult result;
    private final GradeScale scale;
    private final List<Row> rows = new ArrayList<>();
    private final Optional<String> notComputable;

    WhatIf(EvaluationResult result, GradeScale scale, Labels labels) {
        this.result = result;
        this.scale = scale;
        this.notComputable = result.total().isEmpty() ? Optional.of(result.scores().totalNotComputable().orElse(""))
            : sumsHold() ? Optional.empty() : Optional.of(labels.get("whatIf.notSum"));
        if (notComputable.isEmpty()) {
            List<NodeResult> nodes = result.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                NodeResult node = nodes.get(i);
                BigDecimal lost = node.applicablePoints().subtract(node.awarded());
                if (node.leaf() && lost.signum() > 0) {
                    BigDecimal total = result.total().orElseThrow().add(lost);
                    rows.add(new Row(i, node, lost, total, scale.gradeOf(total.min(scale.maximum()))));
                }
            }
            rows.sort(Comparator.comparing(Row::lost).reversed());
        }
    }

    /** @return why the what-if is not computed, if it is not */
    Optional<String> notComputable() {
        return notComputable;
    }

    /** @return the rows that lost points, the largest loss first */
    List<Row> rows() {
        return rows;
    }

    /** @return the grade above the computed one, if any */
    Optional<Grade> nextGrade() {
        Grade current = result.grade().orElseThrow();
        return scale.grades().stream()
            .filter(g -> g.lowerBound().compareTo(current.lowerBound()) > 0)
            .min(Comparator.comparing(Grade::lowerBound));
    }

    /**
     * @return the fewest rows whose full points lift the total to the next grade's lower bound (the
     *     largest losses first: no fewer rows can do it); empty if there is no next grade or all the
     *     rows together do not reach it
     */
    Optional<List<Row>> deciding() {
        Optional<Grade> next = nextGrade();
        if (next.isEmpty() || notComputable.isPresent()) {
            return Optional.empty();
        }
        BigDecimal needed = next.get().lowerBound().subtract(result.total().orElseThrow());
        BigDecimal gained = BigDecimal.ZERO;
        List<Row> chosen = new ArrayList<>();
        for (Row row : rows) {
            if (gained.compareTo(needed) >= 0) {
                break;
            }
            chosen.add(row);
            gained = gained.add(row.lost());
        }
        return gained.compareTo(needed) >= 0 ? Optional.of(chosen) : Optional.empty();
    }

    private boolean sumsHold() {
        if (result.applicablePoints().compareTo(result.maximum()) != 0 || !result.unearnedCategories().isEmpty()) {
            return false;
        }
        Map<List<String>, BigDecimal> childSums = new HashMap<>();
        for (NodeResult node : result.nodes()) {
            List<String> names = node.path().names();
            childSums.merge(names.subList(0, names.size() - 1), node.awarded(), BigDecimal::add);
        }
        for (NodeResult node : result.nodes()) {
            if (!node.leaf()) {
                BigDecimal children = childSums.getOrDefault(node.path().names(), BigDecimal.ZERO);
                if (children.compareTo(node.awarded()) != 0) {
                    return false;
                }
            }
        }
        return childSums.getOrDefault(List.of(), BigDecimal.ZERO).compareTo(result.total().orElseThrow()) == 0;
    }
}
