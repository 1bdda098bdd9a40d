package org.perfeval.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.internal.Names;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;

/**
 * One way in which a report does not fit the rule set it is scored under: a year outside the rule
 * set's effective dates, a report of another kind, or top-level rows of which none matches a category.
 * By default each is an audit finding ({@code RULE_SET_MISMATCH}) and the report is scored all the
 * same; an engine made {@code strict()} refuses the report instead ({@link RuleSetMismatchException}).
 *
 * @param kind what does not fit, not null
 * @param location the field of the report that does not fit: {@code year}, {@code kind} or {@code indicators}
 * @param messageZh the mismatch in Chinese, not null
 * @param messageEn the mismatch in English, not null
 */
public record Mismatch(Kind kind, String location, String messageZh, String messageEn) {

    /** What does not fit. */
    public enum Kind {
        /** The report's year is outside the rule set's effective dates. */
        NOT_EFFECTIVE,
        /** The report is of another kind than the rule set is for. */
        WRONG_KIND,
        /** The report has top-level rows and none of them matches a category of the rule set. */
        NO_CATEGORY_MATCHED
    }

    /** Checks the components; see the record's description. */
    public Mismatch {
        requireNonNull(kind, "kind");
        requireNonNull(location, "location");
        requireNonNull(messageZh, "messageZh");
        requireNonNull(messageEn, "messageEn");
    }

    /**
     * @param ruleSet the rule set, not null
     * @param evaluation the report, not null
     * @return every mismatch of the report with the rule set, in the order year, kind, categories; empty
     *     when it fits
     */
    public static List<Mismatch> of(RuleSet ruleSet, Evaluation evaluation) {
        requireNonNull(ruleSet, "ruleSet");
        requireNonNull(evaluation, "evaluation");
        List<Mismatch> found = new ArrayList<>(0);
        if (!ruleSet.isEffectiveIn(evaluation.year())) {
            String dates = ruleSet.effectiveFrom() + ruleSet.effectiveUntil().map(u -> " – " + u).orElse(" –");
            found.add(new Mismatch(Kind.NOT_EFFECTIVE, "year",
                "报告年度 " + evaluation.year() + " 不在规则集 " + ruleSet.id() + " 的有效期（" + dates + "）内",
                "The report is for " + evaluation.year() + ", outside the effective dates of rule set " + ruleSet.id()
                    + " (" + dates + ")"));
        }
        ruleSet.kind().filter(k -> k != evaluation.kind()).ifPresent(k -> found.add(new Mismatch(Kind.WRONG_KIND, "kind",
            "报告类型为" + evaluation.kind().chineseName() + "，而规则集 " + ruleSet.id() + " 适用于" + k.chineseName(),
            "The report is a " + evaluation.kind() + " evaluation; rule set " + ruleSet.id() + " is for " + k)));
        List<IndicatorNode> tops = evaluation.indicators();
        if (!tops.isEmpty() && !ruleSet.categories().isEmpty() && tops.stream()
                .noneMatch(top -> ruleSet.categories().stream().anyMatch(c -> Names.same(c.name(), top.name())))) {
            List<String> rows = tops.stream().map(IndicatorNode::name).toList();
            List<String> categories = ruleSet.categories().stream().map(Category::name).toList();
            found.add(new Mismatch(Kind.NO_CATEGORY_MATCHED, "indicators",
                "报告的一级指标 " + rows + " 与规则集 " + ruleSet.id() + " 的类别 " + categories + " 均不对应",
                "None of the report's top-level rows " + rows + " matches a category of rule set " + ruleSet.id() + ", "
                    + categories));
        }
        return found;
    }
}
