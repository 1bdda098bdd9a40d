package org.perfeval.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.model.Direction;
import org.perfeval.model.EvaluationKind;

/**
 * Two rule sets in code: the ministry's project rules (also shipped as the rule pack
 * {@code cn-mof-project-2020} of perfeval-json's {@code RulePacks}) and an example department layout.
 * Both bind the ministry platform's rules by direction: positive → S1
 * {@code positive}, reverse → S3 {@code reverse-linear}, equality → S4 {@code equality},
 * qualitative → S5 {@code qualitative} (band top); both round to 2 places half-up, grade 优/良/中/差 at
 * 90/80/60, leave not-applicable indicators out and rescale the total (S12), score an actual that
 * cannot be scored 0, and require a deviation note for every missed target.
 *
 * <p>Category names match with or without a trailing 指标 ({@code 产出} and {@code 产出指标} alike).
 */
public final class Profiles {
    private Profiles() {}

    /**
     * The ministry's project self-evaluation (项目支出绩效自评, 财预〔2020〕10号): 预算执行率 10, scored by
     * {@code budget-execution} from the projects' 全年执行数 / 全年预算数 (also when the indicator table
     * has no such row); 产出指标 50; 效益指标 30; 满意度指标 10. Without a 满意度 category its 10 points go
     * to 产出 and 效益, 5 each (the split is this profile's choice: the weights are recalled from the
     * 办法, not read in the original; change it as data where a jurisdiction says otherwise).
     *
     * @return the rule set {@code cn-mof-project-2020}
     */
    public static RuleSet ministryProject() {
        return RuleSet.builder()
            .id("cn-mof-project-2020")
            .version("1")
            .jurisdiction("中华人民共和国财政部")
            .title("项目支出绩效自评 (财预〔2020〕10号)")
            .effectiveFrom(LocalDate.of(2020, 2, 25))
            .kind(EvaluationKind.PROJECT)
            .addCategories(
                Category.builder().name("预算执行率").points(points(10)).rule(RuleSpec.of("budget-execution")).build(),
                Category.of("产出指标", points(50)),
                Category.of("效益指标", points(30)),
                Category.builder().name("满意度指标").points(points(10))
                    .putWhenAbsent("产出指标", points(5)).putWhenAbsent("效益指标", points(5)).build())
            .addBindings(RuleBinding.byPath("预算执行率/**", RuleSpec.of("budget-execution")))
            .addAllBindings(byDirection())
            .build();
    }

    /**
     * An example rule set, not an official rule pack: the layout was seen in one published report and
     * in no published rule. The department-overall layout of the Jinshui 2021 report (部门整体绩效自评, 郑州市金水区): 预算执行 10,
     * scored by {@code budget-execution} from the budget's 支出合计 / 调整预算数 (also when the indicator
     * table has no such row, as in the Jinshui report); 投入管理 20; 产出指标 40; 效益指标 30. Leaves that
     * state no points share their group's equally, level by level.
     *
     * @return the rule set {@code cn-jinshui-department-2021}
     */
    public static RuleSet departmentOverall() {
        return RuleSet.builder()
            .id("cn-jinshui-department-2021")
            .version("1")
            .jurisdiction("郑州市金水区")
            .title("部门整体绩效自评 (金水区 2021 layout: an example from one published report, not an official rule pack)")
            .effectiveFrom(LocalDate.of(2021, 1, 1))
            .kind(EvaluationKind.DEPARTMENT_OVERALL)
            .addCategories(
                Category.builder().name("预算执行").points(points(10)).rule(RuleSpec.of("budget-execution")).build(),
                Category.of("投入管理", points(20)),
                Category.of("产出指标", points(40)),
                Category.of("效益指标", points(30)))
            .addBindings(RuleBinding.byPath("预算执行/**", RuleSpec.of("budget-execution")))
            .addAllBindings(byDirection())
            .build();
    }

    /** @return the ministry platform's rules by direction: S1, S3, S4, S5 */
    public static List<RuleBinding> byDirection() {
        return List.of(
            RuleBinding.byDirection(Direction.POSITIVE, RuleSpec.of("positive")),
            RuleBinding.byDirection(Direction.REVERSE, RuleSpec.of("reverse-linear")),
            RuleBinding.byDirection(Direction.EQUAL, RuleSpec.of("equality")),
            RuleBinding.byDirection(Direction.QUALITATIVE, RuleSpec.of("qualitative")));
    }

    private static BigDecimal points(int points) {
        return BigDecimal.valueOf(points);
    }
}
