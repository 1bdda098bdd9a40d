package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Mismatch;
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
        List<Mismatch> mismatches = Mismatch.of(ruleSet, evaluation);
        for (Mismatch m : mismatches) {
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
            "无法计算总分与等级：" + reason,
            "No total and no grade are computed: " + reason,
            Figures.of("maximum", sheet.maximum())));
    }

    private void notScorable(NodeResult node) {
        String path = node.path().toString();
        String rule = node.trace().ruleId();
        String reason = node.trace().note().orElse("not scorable");
        String zh;
        String en;
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
            path + " 无法按规则 " + rule + " 评分（" + reason + "）；" + zh,
            path + " cannot be scored by rule " + rule + " (" + reason + "); " + en,
            node.notComputable().isPresent() ? Figures.of("points", node.points())
                : Figures.of("points", node.points()).and("awarded", node.awarded()));
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
