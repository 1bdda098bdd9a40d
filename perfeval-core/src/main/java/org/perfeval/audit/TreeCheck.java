package org.perfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.scoring.NodeResult;

/**
 * The arithmetic of the indicator tree and the total: points that add up, reported scores that add
 * up and stay within the points, printed score rates and the reported grade. With the engine's
 * results a node's points are the points as scored (stated, from the rule set or allocated); without
 * them, the points the report states.
 */
final class TreeCheck {
    private final Evaluation evaluation;
    private final Tree tree;
    private final Map<IndicatorPath, NodeResult> results;
    private final Limits limits;
    private final FindingList out;

    /**
     * @param results the engine's results by path, those of categories the report lacks included; empty to
     *     check the report alone
     */
    TreeCheck(Evaluation evaluation, Tree tree, Map<IndicatorPath, NodeResult> results, Limits limits, FindingList out) {
        this.evaluation = evaluation;
        this.tree = tree;
        this.results = results;
        this.limits = limits;
        this.out = out;
    }

    void run() {
        checkTotal();
        checkTopPoints();
        if (results.isEmpty()) {
            // Without the engine's points (NodeCheck's case), each row is held to the points it states.
            for (int i = 0; i < tree.size(); i++) {
                checkStatedPoints(tree.node(i), tree.path(i));
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            if (tree.node(i) instanceof IndicatorGroup) {
                checkGroup((IndicatorGroup) tree.node(i), i);
            } else if (tree.node(i).reportedScore().isPresent() && tree.node(i).reportedRate().isPresent()) {
                checkRate(tree.node(i), points(i), tree.path(i));
            }
        }
    }

    private Optional<BigDecimal> points(int i) {
        return Optional.ofNullable(pointsOrNull(i));
    }

    /** @return the points the rule set gives node {@code i}, else those the report states, else null */
    private BigDecimal pointsOrNull(int i) {
        NodeResult result = tree.result(i);
        return result != null ? result.points() : tree.node(i).points().orElse(null);
    }

    private boolean sumsChildren(int i) {
        NodeResult result = tree.result(i);
        return result != null ? result.trace().ruleId().equals(Limits.WEIGHTED_SUM) : limits.groupsAreSums;
    }

    // ---- the total ----

    private void checkTotal() {
        if (evaluation.reportedTotal().isEmpty()) {
            return;
        }
        BigDecimal total = evaluation.reportedTotal().get();
        BigDecimal maximum = limits.gradeScale.maximum();
        if (total.compareTo(maximum) > 0) {
            out.add(FindingCode.SCORE_EXCEEDS_POINTS, "reportedTotal",
                "自评总分 " + Printed.plain(total) + " 超过满分 " + Printed.plain(maximum),
                "The reported total " + Printed.plain(total) + " is above the maximum " + Printed.plain(maximum),
                Figures.of("reportedTotal", total).and("maximum", maximum));
        } else {
            checkGrade(total);
        }
        if (evaluation.reportedTotalRate().isPresent() && maximum.signum() > 0) {
            checkTotalRate(total, maximum, evaluation.reportedTotalRate().get());
        }
        List<IndicatorNode> tops = evaluation.indicators();
        if (tops.isEmpty() || !limits.totalIsSum) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean all = !hasUnlistedCategory();
        for (IndicatorNode top : tops) {
            if (top.reportedScore().isPresent()) {
                sum = sum.add(top.reportedScore().get());
            } else {
                all = false;
            }
        }
        if (all ? !Printed.matches(total, sum, limits.pointsTolerance) && !matchesRescaled(total, sum)
                : limits.pointsAbove(sum, total)) {
            out.add(FindingCode.REPORTED_TOTAL_MISMATCH, "reportedTotal",
                "自评总分 " + Printed.plain(total) + (all ? " 不等于" : " 低于已列出的") + "各一级指标自评得分之和 " + Printed.plain(sum),
                "The reported total " + Printed.plain(total) + (all ? " is not the sum of the reported category scores, "
                    : " is below the sum of the category scores reported, ") + Printed.plain(sum),
                Figures.of("reportedTotal", total).and("categoryScoreSum", sum).and("difference", total.subtract(sum))
                    .and("tolerance", limits.pointsTolerance));
        }
    }

    /** A category of the rule set that the report does not list, scored by the engine: its reported score is unknown. */
    private boolean hasUnlistedCategory() {
        if (results.size() == tree.size()) {
            // A result for every node of the report and for nothing else.
            return false;
        }
        for (NodeResult result : results.values()) {
            if (result.path().depth() == 1 && !evaluation.nodesByPath().containsKey(result.path())) {
                return true;
            }
        }
        return false;
    }

    /** Under S12 a total may be rescaled to the applicable points: Σ reported × maximum / Σ applicable. */
    private boolean matchesRescaled(BigDecimal total, BigDecimal sum) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal applicable = BigDecimal.ZERO;
        for (NodeResult result : results.values()) {
            if (result.path().depth() == 1) {
                points = points.add(result.points());
                applicable = applicable.add(result.applicablePoints());
            }
        }
        if (applicable.signum() == 0 || applicable.compareTo(points) == 0) {
            return false;
        }
        BigDecimal rescaled = Decimals.ratio(sum.multiply(limits.gradeScale.maximum()), applicable);
        return Printed.matches(total, rescaled, limits.pointsTolerance);
    }

    private void checkGrade(BigDecimal total) {
        if (evaluation.reportedGrade().isEmpty()) {
            return;
        }
        String reported = evaluation.reportedGrade().get().strip();
        String expected = limits.gradeScale.gradeOf(total).label();
        if (!reported.equals(expected)) {
            out.add(FindingCode.REPORTED_GRADE_MISMATCH, "reportedGrade",
                "自评等级“" + reported + "”与自评总分 " + Printed.plain(total) + " 对应的等级“" + expected + "”不符（等级表 "
                    + limits.gradeScale.id() + "）",
                "The reported grade \"" + reported + "\" is not the grade of the reported total " + Printed.plain(total)
                    + ", which is \"" + expected + "\" (grade scale " + limits.gradeScale.id() + ")",
                Figures.of("reportedTotal", total));
        }
    }

    private void checkTopPoints() {
        List<IndicatorNode> tops = evaluation.indicators();
        if (tops.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean all = true;
        for (IndicatorNode top : tops) {
            if (top.points().isPresent()) {
                sum = sum.add(top.points().get());
            } else {
                all = false;
            }
        }
        BigDecimal maximum = limits.gradeScale.maximum();
        BigDecimal excess = sum.subtract(maximum);
        if (all ? excess.abs().compareTo(limits.pointsTolerance) > 0 : excess.compareTo(limits.pointsTolerance) > 0) {
            out.add(FindingCode.POINTS_DO_NOT_ADD_UP, "",
                (all ? "一级指标分值之和 " : "已标分值的一级指标分值之和 ") + Printed.plain(sum) + (all ? " 不等于满分 " : " 已超过满分 ")
                    + Printed.plain(maximum),
                (all ? "The top-level indicators' points sum to " : "The top-level indicators that state points already sum to ")
                    + Printed.plain(sum) + (all ? ", not the maximum " : ", above the maximum ") + Printed.plain(maximum),
                Figures.of("pointsSum", sum).and("maximum", maximum).and("difference", excess));
        }
    }

    private void checkStatedPoints(IndicatorNode node, IndicatorPath path) {
        BigDecimal reported = node.reportedScore().orElse(null);
        BigDecimal points = node.points().orElse(null);
        if (reported != null && points != null && limits.pointsAbove(reported, points)) {
            out.add(FindingCode.SCORE_EXCEEDS_POINTS, path.toString(),
                path + " 自评得分 " + Printed.plain(reported) + " 超过其分值 " + Printed.plain(points) + "（报告所列分值）",
                path + " reports " + Printed.plain(reported) + ", above its " + Printed.plain(points) + " points (stated)",
                Figures.of("reportedScore", reported).and("points", points));
        }
    }

    // ---- groups ----

    private void checkGroup(IndicatorGroup group, int i) {
        IndicatorPath path = tree.path(i);
        // The report's own arithmetic first: a group that states points is held to them, even where the rule
        // set gives it others (a category moved by whenAbsent); the score checks hold it to those.
        Optional<BigDecimal> points = group.points();
        if (points.isEmpty()) {
            points = points(i);
        }
        // A scored group has the sum of its children's points already, from the same points in the same order.
        NodeResult scored = tree.result(i);
        BigDecimal summed = scored != null ? scored.childPointsSum().orElse(null) : null;
        BigDecimal childPoints = summed != null ? summed : BigDecimal.ZERO;
        boolean allPoints = true;
        boolean noPoints = true;
        BigDecimal childScores = BigDecimal.ZERO;
        boolean allScores = true;
        for (int c = i + 1; c < tree.end(i); c = tree.end(c)) {
            IndicatorNode child = tree.node(c);
            BigDecimal p = pointsOrNull(c);
            if (p != null) {
                if (summed == null) {
                    childPoints = childPoints.add(p);
                }
                noPoints = false;
            } else {
                allPoints = false;
            }
            BigDecimal score = child.reportedScore().orElse(null);
            if (score != null) {
                childScores = childScores.add(score);
            } else {
                allScores = false;
            }
        }
        boolean pointsAddUp = true;
        if (points.isPresent() && !noPoints) {
            BigDecimal excess = childPoints.subtract(points.get());
            if (allPoints ? excess.abs().compareTo(limits.pointsTolerance) > 0 : excess.compareTo(limits.pointsTolerance) > 0) {
                pointsAddUp = false;
                out.add(FindingCode.POINTS_DO_NOT_ADD_UP, path.toString(),
                    path + (allPoints ? " 的下级指标分值之和 " : " 已标分值的下级指标分值之和 ") + Printed.plain(childPoints)
                        + (allPoints ? " 不等于其分值 " : " 已超过其分值 ") + Printed.plain(points.get()),
                    "The children of " + path + (allPoints ? " have points summing to " : " that state points already sum to ")
                        + Printed.plain(childPoints) + (allPoints ? ", not its " : ", above its ") + Printed.plain(points.get())
                        + " points",
                    Figures.of("childPointsSum", childPoints).and("points", points.get()).and("difference", excess));
            }
        }
        boolean anyScore = allScores || childScores.signum() > 0;
        if (points.isPresent() && anyScore && limits.pointsAbove(childScores, points.get())) {
            out.add(FindingCode.SCORE_EXCEEDS_POINTS, path.toString(),
                path + " 的下级指标自评得分之和 " + Printed.plain(childScores) + " 超过其分值 " + Printed.plain(points.get()),
                "The scores reported for the children of " + path + " sum to " + Printed.plain(childScores)
                    + ", above its " + Printed.plain(points.get()) + " points",
                Figures.of("childScoreSum", childScores).and("points", points.get()));
        }
        BigDecimal reported = group.reportedScore().orElse(null);
        if (reported != null && anyScore && pointsAddUp && sumsChildren(i)) {
            checkGroupScore(reported, childScores, allScores, path);
        }
        if (reported != null && group.reportedRate().isPresent()) {
            checkRate(group, points, path);
        }
    }

    private void checkGroupScore(BigDecimal reported, BigDecimal childScores, boolean allScores, IndicatorPath path) {
        boolean mismatch = allScores
            ? !Printed.matches(reported, childScores, limits.pointsTolerance)
            : limits.pointsAbove(childScores, reported);
        if (mismatch) {
            out.add(FindingCode.REPORTED_TOTAL_MISMATCH, path.toString(),
                path + " 自评得分 " + Printed.plain(reported) + (allScores ? " 不等于" : " 低于已列出的") + "其下级指标自评得分之和 "
                    + Printed.plain(childScores),
                path + " reports " + Printed.plain(reported) + (allScores ? ", not the sum of its children's reported scores, "
                    : ", below the sum of the scores its children report, ") + Printed.plain(childScores),
                Figures.of("reportedScore", reported).and("childScoreSum", childScores)
                    .and("difference", reported.subtract(childScores)).and("tolerance", limits.pointsTolerance));
        }
    }

    private void checkRate(IndicatorNode group, Optional<BigDecimal> points, IndicatorPath path) {
        if (points.isEmpty() || points.get().signum() == 0) {
            return;
        }
        BigDecimal rate = group.reportedRate().get();
        BigDecimal score = group.reportedScore().get();
        BigDecimal computed = score.multiply(BigDecimal.valueOf(100)).divide(points.get(), Decimals.RATIO_SCALE, RoundingMode.HALF_EVEN);
        if (!Printed.matches(rate, computed, limits.percentTolerance)) {
            BigDecimal shown = computed.setScale(Math.max(2, rate.scale()), RoundingMode.HALF_UP);
            out.add(FindingCode.CLAIMED_VALUE_MISMATCH, path.toString(),
                path + " 得分率印为 " + Printed.plain(rate) + "%，而 " + Printed.plain(score) + " / " + Printed.plain(points.get())
                    + " = " + Printed.plain(shown) + "%",
                path + " prints a score rate of " + Printed.plain(rate) + "% where " + Printed.plain(score) + " / "
                    + Printed.plain(points.get()) + " gives " + Printed.plain(shown) + "%",
                Figures.of("reportedRate", rate).and("computedRate", shown).and("reportedScore", score).and("points", points.get()));
        }
    }

    /** The 得分率 of the total row: the reported total over the maximum. */
    private void checkTotalRate(BigDecimal total, BigDecimal maximum, BigDecimal rate) {
        BigDecimal computed = total.multiply(BigDecimal.valueOf(100)).divide(maximum, Decimals.RATIO_SCALE, RoundingMode.HALF_EVEN);
        if (!Printed.matches(rate, computed, limits.percentTolerance)) {
            BigDecimal shown = computed.setScale(Math.max(2, rate.scale()), RoundingMode.HALF_UP);
            out.add(FindingCode.CLAIMED_VALUE_MISMATCH, "reportedTotalRate",
                "合计得分率印为 " + Printed.plain(rate) + "%，而 " + Printed.plain(total) + " / " + Printed.plain(maximum)
                    + " = " + Printed.plain(shown) + "%",
                "The total row prints a score rate of " + Printed.plain(rate) + "% where " + Printed.plain(total) + " / "
                    + Printed.plain(maximum) + " gives " + Printed.plain(shown) + "%",
                Figures.of("reportedRate", rate).and("computedRate", shown).and("reportedTotal", total).and("maximum", maximum));
        }
    }
}
