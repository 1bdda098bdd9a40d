package org.perfeval.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;

/**
 * Embeds the scoring engine: an application builds a project self-evaluation (项目支出绩效自评) from
 * its own data, scores it under the ministry's built-in rule set and reads the result: the computed
 * total and grade beside the reported ones, each category's points, how one indicator was scored,
 * and what the audit finds.
 *
 * <p>Run it with {@code java -cp perfeval.jar org.perfeval.examples.EmbedTheEngine}.
 */
public final class EmbedTheEngine {
    private static final RuleSet RULE_SET = Profiles.ministryProject();
    /** One engine per rule set, made once and shared: it is immutable and thread-safe, and audits every result. */
    private static final Evaluator ENGINE = Evaluator.of(RULE_SET, RuleRegistry.builtIns());

    private EmbedTheEngine() {}

    /**
     * Scores the example evaluation and prints the result on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        EvaluationResult result = ENGINE.evaluate(evaluation());
        print(result, System.out);
    }

    /**
     * A project self-evaluation as an application would assemble it from its records: the project's
     * budget, an indicator table with targets and actuals as the form prints them, and the score
     * the unit gave itself.
     *
     * @return the evaluation
     */
    static Evaluation evaluation() {
        IndicatorGroup outputs = IndicatorGroup.builder().name("产出指标")
            .addChildren(group("数量指标", leaf("窗口服务人员", "≥20", "人", "22", "25")))
            .addChildren(group("质量指标", leaf("办件准确率", "≥98%", "%", "97%", "25")))
            .build();
        IndicatorGroup outcomes = IndicatorGroup.builder().name("效益指标")
            .addChildren(group("社会效益指标", leaf("群众有效投诉", "≤10", "次", "12", "30")))
            .build();
        IndicatorGroup satisfaction = IndicatorGroup.builder().name("满意度指标")
            .addChildren(group("服务对象满意度指标", leaf("服务对象满意度", "≥90%", "%", "95%", "10")))
            .build();
        return Evaluation.builder()
            .unit("示例区政务服务中心")
            .year(2024)
            .kind(EvaluationKind.PROJECT)
            .title("政务服务大厅运行保障项目 项目支出绩效自评表")
            .addProjects(Project.builder()
                .name("政务服务大厅运行保障项目")
                .approved(Amount.ofWanYuan("100"))
                .executed(Amount.ofWanYuan("92.5"))
                .status(Project.Status.COMPLETED)
                .build())
            .addIndicators(outputs, outcomes, satisfaction)
            .reportedTotal(new BigDecimal("95"))
            .reportedGrade("优")
            .build();
    }

    /**
     * Prints what an application typically shows of a result.
     *
     * @param result the result, not null
     * @param out where to print, not null
     */
    static void print(EvaluationResult result, PrintStream out) {
        List<Finding> findings = result.findings();
        Evaluation evaluation = result.evaluation();
        out.println(evaluation.unit() + " " + evaluation.year() + " " + evaluation.kind().chineseName()
            + ", under " + result.ruleSetId() + " version " + result.ruleSetVersion());
        out.println(result.total().map(t -> "computed " + t.toPlainString() + " of " + result.maximum().toPlainString()
                + ", " + result.grade().orElseThrow().label())
            .orElseGet(() -> "computed total not computable, because " + result.totalNotComputable().orElseThrow()));
        out.println("reported " + result.reportedTotal().map(BigDecimal::toPlainString).orElse("nothing")
            + result.reportedGrade().map(g -> " " + g).orElse(""));
        for (NodeResult category : result.categories()) {
            out.println("  " + category.name() + " " + category.awarded().toPlainString() + " of "
                + category.points().toPlainString());
        }
        result.node("产出指标/质量指标/办件准确率")
            .ifPresent(node -> out.println("办件准确率: " + node.trace().explain()));
        result.node("效益指标/社会效益指标/群众有效投诉")
            .ifPresent(node -> out.println("群众有效投诉: " + node.trace().explain()));
        for (Finding finding : findings) {
            out.println(finding.severity() + " " + finding.code() + " at " + finding.location() + ": " + finding.messageEn());
        }
    }

    private static IndicatorGroup group(String name, Indicator... leaves) {
        return IndicatorGroup.builder().name(name).addChildren(leaves).build();
    }

    private static Indicator leaf(String name, String target, String unit, String actual, String points) {
        return Indicator.builder()
            .name(name)
            .target(Target.parse(target))
            .unit(Unit.of(unit))
            .actual(Actual.parse(actual))
            .points(new BigDecimal(points))
            .build();
    }
}
