package org.perfeval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.rules.Category;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoringEngine;

/**
 * What the engine and the audit do with a document grows with the document, not faster, and says the
 * same in every JVM: the texts they repeat are bounded, each project is held to a claim once, and a
 * rule set the engine cannot use is a lint problem, not another exception.
 */
class BoundedWorkTest {

    @Test
    void anIndicatorNameIsAtMostTwoHundredCharacters() {
        assertDoesNotThrow(() -> leaf("名".repeat(IndicatorNode.MAX_NAME_LENGTH)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> leaf("名".repeat(IndicatorNode.MAX_NAME_LENGTH + 1)));
        assertTrue(e.getMessage().startsWith("indicator name must be at most 200 characters but has 201: \"名名"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndicatorGroup.builder().name("组".repeat(201))
            .addChildren(leaf("叶")).build());
    }

    @Test
    void aClaimQuoteIsAtMostFiveHundredCharacters() {
        assertDoesNotThrow(() -> Claim.of(Metric.EXECUTION_RATE, BigDecimal.TEN, "句".repeat(Claim.MAX_QUOTE_LENGTH)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Claim.of(Metric.EXECUTION_RATE, BigDecimal.TEN, "句".repeat(Claim.MAX_QUOTE_LENGTH + 1)));
        assertEquals("claim quote must be at most 500 characters but has 501 (预算执行率)", e.getMessage());
    }

    @Test
    void eachProjectIsHeldToTheCompletedProjectsClaimsOnce() {
        // Three projects marked completed: one executed nothing, one 50%, one in full; two claims of 100%.
        Evaluation evaluation = Evaluation.builder().unit("单位").year(2022).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addProjects(project("甲", "10", "0"), project("乙", "10", "5"), project("丙", "10", "10"))
            .addClaims(completed("100", "已完结项目执行率100%"), completed("100", "项目均已按期完成，执行率100%"))
            .build();
        List<Finding> findings = Audit.of(Profiles.departmentOverall()).audit(evaluation);
        List<String> atProjects = findings.stream().map(Finding::location).filter(l -> l.startsWith("projects[")).toList();
        assertEquals(List.of("projects[0]", "projects[1]"), atProjects.stream().sorted().toList());
        assertTrue(findings.stream().filter(f -> f.location().equals("projects[0]")).allMatch(
            f -> f.messageZh().contains("已完结项目执行率100%")), "the first claim is the one quoted");
    }

    @Test
    void aClaimThatIsNotOneHundredPercentDoesNotHoldBackTheOneThatIs() {
        Evaluation evaluation = Evaluation.builder().unit("单位").year(2022).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addProjects(project("乙", "10", "5"))
            .addClaims(completed("95", "已完结项目执行率95%"), completed("100", "已完结项目执行率100%"))
            .build();
        List<Finding> findings = Audit.of(Profiles.departmentOverall()).audit(evaluation);
        assertEquals(1, findings.stream().filter(f -> f.location().equals("projects[0]")).count(), findings.toString());
    }

    @Test
    void aCategoryNoIndicatorCanHaveIsALintProblemNotAnotherException() {
        for (String name : List.of("预算执行\u3000", " 预算执行", "类".repeat(IndicatorNode.MAX_NAME_LENGTH + 1))) {
            RuleSet ruleSet = ruleSet().addCategories(
                    Category.builder().name(name).points(BigDecimal.TEN).rule(RuleSpec.of("budget-execution")).build(),
                    Category.of("投入管理", BigDecimal.valueOf(20)), Category.of("产出指标", BigDecimal.valueOf(40)),
                    Category.of("效益指标", BigDecimal.valueOf(30)))
                .addAllBindings(Profiles.byDirection()).build();
            InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> ScoringEngine.of(ruleSet, RuleRegistry.builtIns()));
            assertEquals(List.of(LintProblem.Code.BAD_CATEGORY_NAME), e.problems().stream().map(LintProblem::code).toList());
            assertEquals("categories[0]", e.problems().get(0).where());
        }
    }

    @Test
    void aRuleSaysWhichParametersItKnowsInOneOrder() {
        // The names come from a Set.of, whose order changes from one JVM to the next; the message must not.
        RuleSpec spec = RuleSpec.builder().name("qualitative").putNumbers("weight", BigDecimal.ONE).build();
        RuleSet ruleSet = ruleSet().addBindings(RuleBinding.byDirection(Direction.QUALITATIVE, spec)).build();
        List<String> messages = RuleRegistry.builtIns().lint(ruleSet).stream()
            .filter(p -> p.code() == LintProblem.Code.BAD_PARAMETERS).map(LintProblem::message).toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).endsWith("takes no parameter [weight]; it knows [achieved, partial, position]"), messages.get(0));
    }

    private static RuleSet.Builder ruleSet() {
        return RuleSet.builder().id("t").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2020, 1, 1));
    }

    private static Indicator leaf(String name) {
        return Indicator.builder().name(name).actual(Actual.parse("1")).build();
    }

    private static Project project(String name, String approved, String executed) {
        return Project.builder().name(name).approved(Amount.ofWanYuan(new BigDecimal(approved)))
            .executed(Amount.ofWanYuan(new BigDecimal(executed))).status(Project.Status.COMPLETED).build();
    }

    private static Claim completed(String percent, String quote) {
        return Claim.of(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, new BigDecimal(percent), quote);
    }
}
