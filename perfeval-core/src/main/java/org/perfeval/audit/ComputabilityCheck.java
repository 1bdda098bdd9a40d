package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.UnscorablePolicy;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.scoring.Trace;
import org.perfeval.scoring.spi.RuleOutcome;

/**
 * What the rules could not compute and what they did not compute themselves: the report's fit to the
 * rule set, rows their rule cannot score, points a policy gives instead of a rule, and a total that is
 * not computable. The fit needs only the report; the rest needs the scores.
 */
final class ComputabilityCheck {
    private final RuleSet ruleSet;
    private final FindingList out;

    ComputabilityCheck(RuleSet ruleSet, FindingList out) {
        this.ruleSet = ruleSet;
        this.out = out;
    }

    void fit(Evaluation evaluation) {
        List<RuleSet.Mismatch> mismatches = ruleSet.mismatches(evaluation);
        for (RuleSet.Mismatch m : mismatches) {
            out.add(FindingCode.RULE_SET_MISMATCH, m.location(), m.messageZh(), m.messageEn(), Figures.none());
        }
    }

    void scores(ScoreSheet sheet) {
        for (NodeResult node : sheet.nodes()) {
            if (node.leaf() && node.status() == RuleOutcome.Status.NOT_SCORABLE) {
                notScorable(node);
            }
            node.trace().policy().ifPresent(policy -> fromPolicy(node, policy));
        }
        sheet.totalNotComputable().ifPresent(reason -> out.add(FindingCode.TOTAL_NOT_COMPUTABLE, "total",
            "总分与等级不可计算，因为" + reasonZh(sheet),
            "Total and grade not computable, because " + reason,
            Figures.of("maximum", sheet.maximum())));
    }

    /** The reason of {@link ScoreSheet#totalNotComputable()} in Chinese, found in the same order. */
    private static String reasonZh(ScoreSheet sheet) {
        StringBuilder absent = new StringBuilder();
        sheet.unearnedCategories().forEach((name, points) -> {
            if (points.signum() > 0) {
                absent.append(absent.length() == 0 ? "" : "、").append(name).append("（").append(Printed.plain(points))
                    .append(" 分）");
            }
        });
        if (absent.length() > 0) {
            return "报告没有" + absent + "，规则集也未规定缺少时如何计分";
        }
        List<String> leaves = new java.util.ArrayList<>();
        for (NodeResult node : sheet.nodes()) {
            if (node.leaf() && node.notComputable().isPresent()) {
                leaves.add(node.path().toString());
            }
        }
        if (!leaves.isEmpty()) {
            java.util.Collections.sort(leaves);
            return "总分依赖不可计算的指标：" + String.join("、", leaves);
        }
        return "报告中没有适用的指标，没有计入总分的分值";
    }

    private void notScorable(NodeResult node) {
        String path = node.path().toString();
        String rule = node.trace().ruleId();
        String reason = node.trace().note().orElse("not scorable");
        String zh;
        String en;
        String why = reasonZh(node);
        if (node.notComputable().isPresent()) {
            zh = "不可计算，其所在的指标组与总分亦不可计算";
            en = "it is not computable, nor is anything that depends on it";
        } else if (ruleSet.unscorable() == UnscorablePolicy.REPORTED_SCORE) {
            zh = "按规则集政策取其自评得分";
            en = "the rule set's policy takes the score the report gives itself";
        } else {
            zh = "按规则集政策（" + ruleSet.unscorable() + "）计 " + Printed.plain(node.awarded()) + " 分";
            en = "the rule set's policy (" + ruleSet.unscorable() + ") gives it " + Printed.plain(node.awarded()) + " points";
        }
        out.add(FindingCode.ROW_NOT_SCORABLE, path,
            path + " 无法按规则 " + rule + " 评分" + why + "；" + zh,
            path + " cannot be scored by rule " + rule + " (" + reason + "); " + en,
            node.notComputable().isPresent() ? Figures.of("points", node.points())
                : Figures.of("points", node.points()).and("awarded", node.awarded()));
    }

    /** @return the kind of reason in Chinese, for the reasons the engine gives in English */
    private static String reasonZh(NodeResult node) {
        String note = node.trace().note().orElse("");
        return note.contains("is blank") ? "（实际值为空）"
            : note.contains("illegible") ? "（实际值无法辨认）"
            : note.contains("cut off") ? "（实际值被截断）"
            : note.contains(" is text") ? "（实际值为文字，目标为数值）"
            : note.startsWith("the actual is in ") ? "（实际值与目标的计量单位不同）"
            : note.startsWith("no rule") ? "（规则集没有适用于该指标的规则）"
            : note.contains("is not computable") ? "（所需数据无法计算）"
            : "";
    }

    private void fromPolicy(NodeResult node, Trace.Policy policy) {
        String path = node.path().toString();
        BigDecimal awarded = node.awarded();
        String what;
        switch (policy) {
            case UNSCORABLE_ZERO:
                what = "the rule set's policy for rows its rule cannot score (0)";
                break;
            case UNSCORABLE_REPORTED_SCORE:
                what = "the rule set's policy for rows its rule cannot score (the reported score)";
                break;
            default:
                what = "the rule " + node.trace().ruleId() + ", which takes the score the report gives itself";
                break;
        }
        out.add(FindingCode.POINTS_FROM_POLICY, path,
            path + " 的 " + Printed.plain(awarded) + " 分来自规则集的政策（" + policy + "），而非依据所报数据的评分公式",
            path + " gets " + Printed.plain(awarded) + " points from " + what + ", not from a rule's formula over printed figures",
            Figures.of("awarded", awarded).and("points", node.points()));
    }
}
