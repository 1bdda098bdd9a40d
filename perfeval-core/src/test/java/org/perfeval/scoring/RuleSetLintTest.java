package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.scoring.Scorer.d;
import static org.perfeval.scoring.Scorer.leaf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.rules.Allocation;
import org.perfeval.rules.Category;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem.Code;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/** Lint returns every problem at once, as values; the engine refuses a rule set that is not clean. */
class RuleSetLintTest {

    private static final RuleSet BROKEN = RuleSet.builder()
        .id("broken").version("0").jurisdiction("测试")
        .effectiveFrom(LocalDate.of(2022, 1, 1)).effectiveUntil(LocalDate.of(2021, 12, 31))
        .addCategories(Category.of("产出", d("50")), Category.of("产出指标", d("30")),
            Category.builder().name("满意度").points(d("10")).putWhenAbsent("收益", d("4")).build())
        .addBindings(
            RuleBinding.byPath("产出/**", RuleSpec.of("postive")),
            RuleBinding.byPath("产出/*x", RuleSpec.of("positive")),
            RuleBinding.byDirection(Direction.POSITIVE, RuleSpec.of("positive")),
            RuleBinding.builder().by(RuleBinding.By.DIRECTION).value("UPWARD").rule(RuleSpec.of("positive")).build(),
            RuleBinding.byDirection(Direction.POSITIVE, RuleSpec.of("reverse-linear")),
            RuleBinding.byPath("效益/**", RuleSpec.builder().name("qualitative").putNumbers("position", d("2")).build()))
        .groupAggregator(RuleSpec.of("median"))
        .gradeScale(GradeScale.builder().id("gappy").maximum(d("100"))
            .addGrades(Grade.of("A", d("85"), d("100")), Grade.of("B", d("60"), d("80")), Grade.of("C", d("0"), d("65")))
            .build())
        .build();

    private static Set<Code> codes(List<LintProblem> problems) {
        return problems.stream().map(LintProblem::code).collect(Collectors.toSet());
    }

    @Test
    void reportsEveryProblemOfTheRuleSetAtOnce() {
        List<LintProblem> problems = RuleRegistry.builtIns().lint(BROKEN);
        assertEquals(Set.of(Code.BAD_EFFECTIVE_DATES, Code.BAD_GRADE_SCALE, Code.POINTS_DO_NOT_ADD_UP,
            Code.DUPLICATE_CATEGORY, Code.BAD_REDISTRIBUTION, Code.UNKNOWN_RULE, Code.BAD_SELECTOR,
            Code.DUPLICATE_BINDING, Code.BAD_PARAMETERS, Code.UNKNOWN_AGGREGATOR), codes(problems));
        // the gap [80, 85) and the overlap of C with B
        assertEquals(2, problems.stream().filter(p -> p.code() == Code.BAD_GRADE_SCALE).count(), problems.toString());
        // "收益" is no category, and 4 of 10 points moved
        assertEquals(2, problems.stream().filter(p -> p.code() == Code.BAD_REDISTRIBUTION).count(), problems.toString());
        LintProblem unknown = problems.stream().filter(p -> p.code() == Code.UNKNOWN_RULE).findFirst().orElseThrow();
        assertEquals("bindings[0]", unknown.where());
        assertTrue(unknown.message().contains("postive"));
    }

    @Test
    void theEngineRefusesItListingEveryProblem() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
            () -> org.perfeval.scoring.ScoringEngine.of(BROKEN, RuleRegistry.builtIns()));
        assertEquals(RuleRegistry.builtIns().lint(BROKEN), e.problems());
        assertTrue(e.getMessage().contains("postive") && e.getMessage().contains("median"), e.getMessage());
    }

    @Test
    void theBuiltInProfilesLintClean() {
        assertEquals(List.of(), RuleRegistry.builtIns().lint(Profiles.departmentOverall()));
        assertEquals(List.of(), RuleRegistry.builtIns().lint(Profiles.ministryProject()));
    }

    @Test
    void anEmptyRegistryKnowsNoRule() {
        assertTrue(codes(RuleRegistry.empty().lint(Profiles.departmentOverall()))
            .containsAll(Set.of(Code.UNKNOWN_RULE, Code.UNKNOWN_AGGREGATOR)));
    }

    @Test
    void againstAnEvaluationItFindsWhatTheBindingsMatch() {
        RuleSet rules = RuleSet.builder().id("t").version("1").jurisdiction("测试").effectiveFrom(LocalDate.of(2023, 1, 1))
            .kind(EvaluationKind.PROJECT)
            .addCategories(Category.of("产出指标", d("60")), Category.of("满意度指标", d("40")))
            .addBindings(
                RuleBinding.byPath("产出/*/甲", RuleSpec.of("positive")),
                RuleBinding.byPath("产出/**", RuleSpec.of("positive")),
                RuleBinding.byPath("成本指标/**", RuleSpec.of("reverse-linear")),
                RuleBinding.byCode("NONE-1", RuleSpec.of("positive")))
            .allocation(Allocation.builder().putWeights("产出/数量/丁", d("2")).build())
            .build();
        Evaluation evaluation = Scorer.evaluation(
            IndicatorGroup.builder().name("产出指标").addChildren(IndicatorGroup.builder().name("数量")
                .addChildren(leaf("甲", "≥1", "1", null)).build()).build(),
            IndicatorGroup.builder().name("效益指标").addChildren(leaf("乙", "≥1", "1", null)).build());
        List<LintProblem> problems = RuleRegistry.builtIns().lint(rules, evaluation);
        assertEquals(Set.of(Code.NOT_EFFECTIVE, Code.WRONG_KIND, Code.CATEGORY_NOT_FOUND, Code.NODE_WITHOUT_CATEGORY,
            Code.BINDING_CONFLICT, Code.BINDING_MATCHES_NOTHING, Code.NO_RULE, Code.WEIGHT_MATCHES_NOTHING),
            codes(problems), problems.toString());
        assertEquals(List.of("bindings[2]", "bindings[3]"), problems.stream()
            .filter(p -> p.code() == Code.BINDING_MATCHES_NOTHING).map(LintProblem::where).collect(Collectors.toList()));
        assertEquals("产出指标/数量/甲", problems.stream().filter(p -> p.code() == Code.BINDING_CONFLICT)
            .findFirst().orElseThrow().where());
        assertEquals("效益指标/乙", problems.stream().filter(p -> p.code() == Code.NO_RULE)
            .findFirst().orElseThrow().where());
    }

    @Test
    void theMinistryProfileAgainstADepartmentReportSaysWhatDoesNotFit() {
        Set<Code> codes = codes(RuleRegistry.builtIns().lint(Profiles.ministryProject(), SeedReports.jinshui2021()));
        assertTrue(codes.containsAll(Set.of(Code.WRONG_KIND, Code.NODE_WITHOUT_CATEGORY)), codes.toString());
    }
}
