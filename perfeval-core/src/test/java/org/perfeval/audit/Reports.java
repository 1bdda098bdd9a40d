package org.perfeval.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Metric;
import org.perfeval.model.Target;
import org.perfeval.rules.AuditThresholds;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.scoring.ScoringEngine;

/** Small reports built for one check each, and the rule sets they are audited under. */
final class Reports {
    private Reports() {}

    /** The ministry platform's rules by direction, no categories: the report's points stand. */
    static RuleSet rules() {
        return rules(DeviationThresholds.missedTargetsOnly());
    }

    static RuleSet rules(DeviationThresholds deviation) {
        return rules(deviation, AuditThresholds.defaults());
    }

    static RuleSet rules(DeviationThresholds deviation, AuditThresholds audit) {
        return RuleSet.builder()
            .id("audit-test")
            .version("1")
            .jurisdiction("test")
            .effectiveFrom(LocalDate.of(2000, 1, 1))
            .addAllBindings(Profiles.byDirection())
            .deviation(deviation)
            .audit(audit)
            .build();
    }

    static ScoreSheet score(RuleSet rules, Evaluation evaluation) {
        return ScoringEngine.of(rules, RuleRegistry.builtIns()).score(evaluation);
    }

    /** Scores under {@link #rules()} and audits the result. */
    static List<Finding> auditScored(Evaluation evaluation) {
        return Audit.of(rules()).audit(score(rules(), evaluation));
    }

    /** Audits the report alone under {@link #rules()}. */
    static List<Finding> auditAlone(Evaluation evaluation) {
        return Audit.of(rules()).audit(evaluation);
    }

    static Evaluation.Builder report() {
        return Evaluation.builder().unit("测试单位").year(2022).kind(EvaluationKind.DEPARTMENT_OVERALL);
    }

    static Evaluation report(IndicatorNode... tops) {
        return report().addIndicators(tops).build();
    }

    static Indicator.Builder leaf(String name, String target, String actual) {
        return Indicator.builder().name(name).target(Target.parse(target)).actual(Actual.parse(actual));
    }

    static IndicatorGroup.Builder group(String name, IndicatorNode... children) {
        return IndicatorGroup.builder().name(name).addChildren(children);
    }

    static Evaluation withBudget(DepartmentBudget budget, Claim... claims) {
        return report().budget(budget).addClaims(claims).build();
    }

    static Claim claim(Metric metric, String percent) {
        return Claim.of(metric, new BigDecimal(percent), metric.chineseName() + percent + "%");
    }

    static Amount wan(String number) {
        return Amount.ofWanYuan(number);
    }

    static BigDecimal dec(String number) {
        return new BigDecimal(number);
    }

    static List<Finding> withCode(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).collect(Collectors.toList());
    }

    static List<String> locations(List<Finding> findings, FindingCode code) {
        return withCode(findings, code).stream().map(Finding::location).collect(Collectors.toList());
    }

    static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toList());
    }
}
