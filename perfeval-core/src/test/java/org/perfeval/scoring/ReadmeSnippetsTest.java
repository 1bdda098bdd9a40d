package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;
import org.perfeval.rules.Category;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;
import org.perfeval.scoring.spi.ScoringRule;
import org.perfeval.scoring.spi.TargetStatus;

/** The snippets offered for the README, run as written. */
class ReadmeSnippetsTest {

    @Test
    void quickStartScoreAnEvaluation() {
        Evaluation evaluation = SeedReports.jinshui2021();

        Evaluator engine = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        EvaluationResult result = engine.evaluate(evaluation);

        result.total();                       // Optional[100.00]
        result.grade().orElseThrow().label(); // 优
        result.reportedTotal();               // Optional[98.15]
        NodeResult outputs = result.node("产出指标").orElseThrow();
        outputs.awarded();                    // 40.00
        outputs.reportedScore();              // Optional[39.35]
        outputs.rate();                       // Optional[100.0000]
        outputs.reportedRate();               // Optional[98.375]
        result.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace().explain();
        // reverse-linear (cn-jinshui-department-2021 1): B ≤ A → w with A=50, B=50, w=2.22 = 2.22 → 2.22

        assertEquals(Optional.of(new BigDecimal("100.00")), result.total());
        assertEquals("优", result.grade().orElseThrow().label());
        assertEquals(new BigDecimal("40.00"), outputs.awarded());
        assertEquals("reverse-linear (cn-jinshui-department-2021 1): B ≤ A → w with A=50, B=50, w=2.22 = 2.22 → 2.22",
            result.node("产出指标/履职目标实现/标兵奖").orElseThrow().trace().explain());
    }

    /**
     * A custom rule: full points up to {@code limit} × target; beyond it, a target set too low, the
     * points are cut by {@code cut} (a fraction). Pure and immutable: it holds only its parameters.
     */
    static final class OverTargetRule implements ScoringRule {
        private final BigDecimal limit;
        private final BigDecimal cut;

        OverTargetRule(BigDecimal limit, BigDecimal cut) {
            this.limit = limit;
            this.cut = cut;
        }

        static ScoringRule create(RuleSpec spec) {
            spec.requireOnly(Set.of("limit", "cut"), Set.of(), false);
            BigDecimal cut = spec.requiredNumber("cut");
            if (cut.signum() < 0 || cut.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("rule over-target needs cut in [0, 1] but has " + cut);
            }
            return new OverTargetRule(spec.requiredNumber("limit"), cut);
        }

        @Override
        public RuleOutcome score(Indicator indicator, ScoringContext context) {
            if (!(indicator.target().orElse(null) instanceof Target.Quantitative)
                    || !(indicator.actual() instanceof Actual.Measured)) {
                return RuleOutcome.notScorable("over-target needs a numeric target and a measured actual");
            }
            BigDecimal a = ((Target.Quantitative) indicator.target().get()).value();
            BigDecimal b = ((Actual.Measured) indicator.actual()).value();
            BigDecimal w = context.points();
            boolean tooFar = b.compareTo(a.multiply(limit)) >= 0;
            return RuleOutcome.builder()
                .awarded(tooFar ? w.subtract(w.multiply(cut)) : w)
                .formula(tooFar ? "B ≥ limit × A → (1 − cut) × w" : "B < limit × A → w")
                .input("A", a).input("B", b).input("w", w)
                .compared(b, a)
                .targetStatus(b.compareTo(a) >= 0 ? TargetStatus.MET : TargetStatus.MISSED)
                .build();
        }
    }

    @Test
    void writeACustomRule() {
        RuleRegistry registry = RuleRegistry.builtIns().with("over-target", OverTargetRule::create);

        RuleSet ruleSet = RuleSet.builder()
            .id("gx-2023").version("1").jurisdiction("广西").effectiveFrom(java.time.LocalDate.of(2023, 1, 1))
            .addCategories(Category.of("产出指标", new BigDecimal("100")))
            .addBindings(RuleBinding.byPath("产出指标/数量指标/**", RuleSpec.builder().name("over-target")
                .putNumbers("limit", new BigDecimal("1.3")).putNumbers("cut", new BigDecimal("0.2")).build()))
            .addAllBindings(Profiles.byDirection())
            .build();
        List<LintProblem> problems = registry.lint(ruleSet);   // [] : every name known, every parameter valid

        Evaluation evaluation = Evaluation.builder().unit("某单位").year(2023)
            .kind(org.perfeval.model.EvaluationKind.PROJECT)
            .addIndicators(org.perfeval.model.IndicatorGroup.builder().name("产出指标")
                .addChildren(org.perfeval.model.IndicatorGroup.builder().name("数量指标")
                    .addChildren(Indicator.builder().name("培训人次").target(Target.parse("≥100"))
                        .actual(Actual.parse("150")).build())
                    .build())
                .build())
            .build();
        EvaluationResult result = Evaluator.of(ruleSet, registry).evaluate(evaluation);
        result.total();                       // 80.00: 150 ≥ 1.3 × 100, so 100 − 20%

        assertEquals(List.of(), problems);
        assertEquals(Optional.of(new BigDecimal("80.00")), result.total());
        assertEquals("over-target", result.node("产出指标/数量指标/培训人次").orElseThrow().trace().ruleId());
    }

    @Test
    void readAsPrintedInventNothing() {
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        Evaluation guancheng = SeedReports.guancheng2022();

        EvaluationResult result = evaluator.evaluate(guancheng);   // a report with no indicator table
        result.total();                // Optional.empty
        result.totalNotComputable();   // Optional[the report has no 投入管理 (20 points), 产出指标 (40 points), 效益指标 (30 points) and …]

        assertEquals(Optional.empty(), result.total());
        assertEquals(Optional.of("the report has no 投入管理 (20 points), 产出指标 (40 points), 效益指标 (30 points) and the "
            + "rule set does not say how an absent category counts"), result.totalNotComputable());

        RuleSet ruleSet = Profiles.ministryProject();
        RuleRegistry registry = RuleRegistry.builtIns();
        Evaluation report = guancheng;
        Evaluator strict = Evaluator.of(ruleSet, registry).strict();   // also ScoringEngine.strict()
        org.junit.jupiter.api.Assertions.assertThrows(org.perfeval.rules.RuleSetMismatchException.class,
            () -> strict.evaluate(report));   // a department report under the project rule set
    }
}
