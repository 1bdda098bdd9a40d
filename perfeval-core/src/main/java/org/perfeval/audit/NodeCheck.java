package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.Actual;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Target;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * The reported scores against what the rule set gives: scores above the points as scored, outside a
 * qualitative band, above the rule's for a missed target, below it without a reason; and deviation
 * notes the rule set requires (S13). Needs the engine's results.
 */
final class NodeCheck {
    private final Tree tree;
    private final Limits limits;
    private final FindingList out;

    /** @param tree the report's tree with the engine's result of every node */
    NodeCheck(Tree tree, Limits limits, FindingList out) {
        this.tree = tree;
        this.limits = limits;
        this.out = out;
    }

    /** Checks every node in report order, parents before children. */
    void run() {
        for (int i = 0; i < tree.size(); i++) {
            IndicatorNode node = tree.node(i);
            NodeResult result = tree.result(i);
            checkPoints(result);
            if (node instanceof Indicator) {
                checkLeaf((Indicator) node, result);
            } else {
                checkGroup(result, i);
            }
        }
    }

    private void checkPoints(NodeResult r) {
        BigDecimal reported = r.reportedScore().orElse(null);
        if (reported == null) {
            return;
        }
        if (limits.pointsAbove(reported, r.points())) {
            out.add(FindingCode.SCORE_EXCEEDS_POINTS, r.path().toString(),
                r.path() + " 自评得分 " + Printed.plain(reported) + " 超过其分值 " + Printed.plain(r.points()) + "（"
                    + sourceZh(r.pointsSource()) + "）",
                r.path() + " reports " + Printed.plain(reported) + ", above its " + Printed.plain(r.points()) + " points ("
                    + sourceEn(r.pointsSource()) + ")",
                Figures.of("reportedScore", reported).and("points", r.points()));
        }
    }

    private void checkLeaf(Indicator indicator, NodeResult r) {
        if (r.status() == RuleOutcome.Status.NOT_APPLICABLE) {
            return;
        }
        if (r.notComputable().isPresent()) {
            // The rule gives nothing to compare the reported score with; ROW_NOT_SCORABLE says why.
            if (r.deviationNoteRequired() && indicator.deviationNote().isEmpty()) {
                reportMissingNote(indicator, r);
            }
            return;
        }
        BigDecimal reported = r.reportedScore().orElse(null);
        if (reported != null) {
            ScoreBand band = r.band().orElse(null);
            if (band != null) {
                checkBand(indicator, r, band, reported);
            } else if (r.targetStatus() == TargetStatus.MISSED
                    && limits.pointsAbove(reported, r.awarded())) {
                String where = r.path().toString();
                out.add(FindingCode.FULL_POINTS_FOR_MISSED_TARGET, where,
                    where + " 未达成目标（" + targetAndActualZh(indicator) + "），规则给 " + Printed.plain(r.awarded())
                        + " 分，报告却自评 " + Printed.plain(reported) + " 分",
                    where + " misses its target (" + targetAndActualEn(indicator) + "); the rule gives "
                        + Printed.plain(r.awarded()) + " points but the report gives itself " + Printed.plain(reported),
                    Figures.of("reportedScore", reported).and("awarded", r.awarded()).and("points", r.points()));
            } else if (limits.pointsAbove(r.awarded(), reported)
                    && indicator.deviationNote().isEmpty()) {
                String where = r.path().toString();
                out.add(FindingCode.POINTS_DEDUCTED_UNEXPLAINED, where,
                    where + " 自评 " + Printed.plain(reported) + " 分，低于规则给出的 " + Printed.plain(r.awarded())
                        + " 分，且未说明扣分原因",
                    where + " reports " + Printed.plain(reported) + ", below the " + Printed.plain(r.awarded())
                        + " points the rule gives, with no deviation note to explain the deduction",
                    Figures.of("reportedScore", reported).and("awarded", r.awarded()).and("points", r.points()));
            }
        }
        if (r.deviationNoteRequired() && indicator.deviationNote().isEmpty()) {
            reportMissingNote(indicator, r);
        }
    }

    private void checkBand(Indicator indicator, NodeResult r, ScoreBand band, BigDecimal reported) {
        if (reported.compareTo(r.awarded()) == 0) {
            // What the rule itself gives, rounded, is never outside: a band of a few hundredths may hold no value at 2 places.
            return;
        }
        boolean below = limits.pointsAbove(band.lower(), reported);
        boolean above = band.upperInclusive()
            ? limits.pointsAbove(reported, band.upper())
            : reported.compareTo(band.upper()) >= 0;
        if (!below && !above) {
            return;
        }
        String interval = "[" + Printed.plain(band.lower()) + ", " + Printed.plain(band.upper()) + (band.upperInclusive() ? "]" : ")");
        out.add(FindingCode.SCORE_OUTSIDE_BAND, r.path().toString(),
            r.path() + " 实际完成为“" + indicator.actual().print() + "”（" + band.rating().canonicalWords() + "），自评 "
                + Printed.plain(reported) + " 分不在该档 " + interval + " 内",
            r.path() + " is rated \"" + indicator.actual().print() + "\" (" + band.rating().canonicalWords() + "); its reported "
                + Printed.plain(reported) + " lies outside that rating's band " + interval,
            Figures.of("reportedScore", reported).and("bandLower", band.lower()).and("bandUpper", band.upper())
                .and("points", r.points()));
    }

    private void reportMissingNote(Indicator indicator, NodeResult r) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Figures figures = new Figures();
        numbers(indicator, figures);
        for (NodeResult.DeviationReason reason : r.deviationReasons()) {
            switch (reason) {
                case TARGET_MISSED:
                    zh.add("未达成目标");
                    en.add("misses its target");
                    break;
                case EXECUTION_RATE_LOW:
                    String below = limits.executionRateBelowPercent.map(Printed::plain).orElse("?");
                    zh.add("预算执行率低于 " + below + "%");
                    en.add("has a budget execution rate below " + below + "%");
                    limits.executionRateBelowPercent.ifPresent(p -> figures.and("executionRateBelowPercent", p));
                    break;
                default:
                    String far = limits.farAboveTargetPercent.map(Printed::plain).orElse("?");
                    zh.add("实际值达到目标值的 " + far + "% 以上");
                    en.add("has an actual at or above " + far + "% of its target");
                    limits.farAboveTargetPercent.ifPresent(p -> figures.and("farAboveTargetPercent", p));
                    break;
            }
        }
        out.add(FindingCode.DEVIATION_UNEXPLAINED, r.path().toString(),
            r.path() + " " + String.join("，", zh) + "（" + targetAndActualZh(indicator) + "），但未给出偏差原因",
            r.path() + " " + String.join(" and ", en) + " (" + targetAndActualEn(indicator) + ") but gives no deviation note",
            figures);
    }

    private void checkGroup(NodeResult r, int i) {
        BigDecimal reported = r.reportedScore().orElse(null);
        if (reported == null || r.status() != RuleOutcome.Status.SCORED) {
            return;
        }
        Below below = new Below();
        below.collect(i);
        if (limits.pointsAbove(r.awarded(), reported) && !below.noted && !below.reportedLower) {
            String where = r.path().toString();
            out.add(FindingCode.POINTS_DEDUCTED_UNEXPLAINED, where,
                where + " 自评 " + Printed.plain(reported) + " 分，低于规则给出的 " + Printed.plain(r.awarded()) + " 分"
                    + (below.missed.isEmpty() ? "（下级指标目标均已达成）" : "")
                    + "，而下级指标既无扣分也无偏差原因说明",
                where + " reports " + Printed.plain(reported) + ", below the " + Printed.plain(r.awarded())
                    + " points the rule gives" + (below.missed.isEmpty() ? " with every target under it met" : "")
                    + "; no indicator under it reports a lower score or gives a deviation note",
                Figures.of("reportedScore", reported).and("awarded", r.awarded()).and("points", r.points()));
        }
        if (limits.pointsAbove(reported, r.awarded()) && !below.missed.isEmpty()
                && !below.reported) {
            String where = r.path().toString();
            List<String> missed = below.missed.stream().sorted().toList(); // named alike whatever the sibling order
            out.add(FindingCode.FULL_POINTS_FOR_MISSED_TARGET, where,
                where + " 下有 " + missed.size() + " 项指标未达成目标（" + String.join("、", missed) + "），规则给 "
                    + Printed.plain(r.awarded()) + " 分，报告却自评 " + Printed.plain(reported) + " 分",
                where + " has " + missed.size() + " indicator(s) that miss their target (" + String.join(", ", missed)
                    + "); the rule gives " + Printed.plain(r.awarded()) + " points but the report gives itself "
                    + Printed.plain(reported),
                Figures.of("reportedScore", reported).and("awarded", r.awarded()).and("points", r.points())
                    .and("missedTargets", BigDecimal.valueOf(below.missed.size())));
        }
    }

    /** What lies below a group: notes, reported scores, missed targets. */
    private final class Below {
        boolean noted;
        boolean reported;
        boolean reportedLower;
        final List<String> missed = new ArrayList<>();

        /** Collects every node under group {@code g}, in report order. */
        void collect(int g) {
            for (int d = g + 1; d < tree.end(g); d++) {
                IndicatorNode node = tree.node(d);
                NodeResult r = tree.result(d);
                BigDecimal score = node.reportedScore().orElse(null);
                if (score != null) {
                    reported = true;
                    reportedLower |= limits.pointsAbove(r.awarded(), score);
                }
                if (node instanceof Indicator) {
                    noted |= ((Indicator) node).deviationNote().isPresent();
                    if (r.targetStatus() == TargetStatus.MISSED) {
                        missed.add(node.name());
                    }
                }
            }
        }
    }

    private static void numbers(Indicator indicator, Figures figures) {
        Target target = indicator.target().orElse(null);
        if (target instanceof Target.Quantitative) {
            figures.and("target", ((Target.Quantitative) target).value());
        }
        if (indicator.actual() instanceof Actual.Measured) {
            figures.and("actual", ((Actual.Measured) indicator.actual()).value());
        }
    }

    private static String targetAndActualZh(Indicator indicator) {
        return "目标 " + indicator.target().map(Target::print).orElse("未列") + "，实际 "
            + (indicator.actual().print().isEmpty() ? "空" : indicator.actual().print());
    }

    private static String targetAndActualEn(Indicator indicator) {
        return "target " + indicator.target().map(Target::print).orElse("none") + ", actual "
            + (indicator.actual().print().isEmpty() ? "blank" : indicator.actual().print());
    }

    private static String sourceZh(PointsSource source) {
        switch (source) {
            case STATED: return "报告所列分值";
            case IMPLIED: return "下级指标分值之和";
            case RULE_SET: return "规则集所定分值";
            default: return "按规则集分配的分值";
        }
    }

    private static String sourceEn(PointsSource source) {
        switch (source) {
            case STATED: return "stated";
            case IMPLIED: return "the sum of its children's";
            case RULE_SET: return "the rule set's";
            default: return "allocated by the rule set";
        }
    }
}
