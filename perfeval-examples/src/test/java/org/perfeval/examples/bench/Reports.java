package org.perfeval.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.perfeval.model.Project;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * Department-overall reports of any size, built the same way for the same size and seed, for
 * benchmarks and load tests. They look like the Jinshui report, scaled: the categories 预算执行 (a
 * leaf scored from the budget), 投入管理 20, 产出指标 40 and 效益指标 30; second-level groups of three
 * to six leaves; targets and actuals in the printed forms of real reports ({@code ≥98%}, {@code ≤80},
 * {@code ≤365天}, {@code 12 月}, {@code ≥50个}, {@code ≤90万元}, qualitative words; {@code 100%},
 * {@code -31.55%}, {@code 达成预期指标}, {@code 部分达成年度指标并具有一定效果}), about one target in six
 * missed and half of those explained; points stated under 产出指标, allocated elsewhere; reported
 * scores on groups, on leaves with stated points, and a reported total and grade; a budget block, 25
 * projects and two claims.
 *
 * <p>Targets and actuals are read from printed strings, as a document's reader would.
 */
public final class Reports {
    /** Projects in every report. */
    public static final int PROJECTS = 25;

    private static final String[] QUALITATIVE_WORDS = {"符合", "科学", "合理", "完整", "真实", "合规", "健全", "公开", "规范", "高", "好"};
    private static final String[] STEMS = {"工作任务完成率", "服务事项办结率", "窗口服务质量达标率", "系统运行保障", "政务公开及时率",
        "人员培训覆盖率", "业务经费执行", "群众满意度", "投诉处理及时率", "网上办件率", "材料精简率", "一次办结率",
        "档案管理规范性", "资产管理规范性", "预算编制完整性"};
    private static final String[] GROUPS_INPUT = {"工作目标管理", "预算和财务管理", "绩效管理", "资产管理", "制度建设"};
    private static final String[] GROUPS_OUTPUT = {"重点工作任务完成", "履职目标实现", "数量指标", "质量指标", "时效指标", "成本指标"};
    private static final String[] GROUPS_OUTCOME = {"履职效益", "社会效益", "可持续影响", "满意度"};
    private static final String ACHIEVED = "达成预期指标";
    private static final String PARTIAL = "部分达成年度指标并具有一定效果";

    private final Random random;

    private Reports(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param leaves the number of leaf indicators, at least 4 (预算执行 and one under each other category)
     * @param seed the seed; the same size and seed give an equal evaluation
     * @return a department-overall evaluation with {@code leaves} leaves and {@value #PROJECTS} projects
     */
    public static Evaluation evaluation(int leaves, long seed) {
        if (leaves < 4) {
            throw new IllegalArgumentException("a report needs at least 4 leaves but was asked for " + leaves);
        }
        return new Reports(seed).build(leaves);
    }

    private Evaluation build(int leaves) {
        int rest = leaves - 1;
        int inputs = Math.max(1, rest * 2 / 9);
        int outputs = Math.max(1, rest * 4 / 9);
        int outcomes = rest - inputs - outputs;
        IndicatorNode execution = Indicator.builder().name("预算执行").points(points(10)).reportedScore(points(10))
            .actual(Actual.missing()).build();
        IndicatorGroup input = category("投入管理", 20, inputs, GROUPS_INPUT, false);
        IndicatorGroup output = category("产出指标", 40, outputs, GROUPS_OUTPUT, true);
        IndicatorGroup outcome = category("效益指标", 30, outcomes, GROUPS_OUTCOME, false);
        BigDecimal total = BigDecimal.TEN.add(input.reportedScore().get()).add(output.reportedScore().get())
            .add(outcome.reportedScore().get());
        List<Project> projects = projects();
        return Evaluation.builder()
            .unit("某市某区政务服务中心" + (1 + random.nextInt(999)))
            .year(2021 + random.nextInt(4))
            .kind(EvaluationKind.DEPARTMENT_OVERALL)
            .title("部门整体绩效自评报告")
            .budget(budget(projects))
            .addAllProjects(projects)
            .addIndicators(execution, input, output, outcome)
            .reportedTotal(total)
            .reportedGrade(total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良" : "中")
            .addClaims(Claim.of(Metric.COMPLETED_PROJECTS_EXECUTION_RATE, points(100), "已完结的项目预算执行率100%"),
                Claim.of(Metric.THREE_PUBLIC_CONTROL_RATE, points(100), "“三公经费”控制率100%"))
            .build();
    }

    /** A category of second-level groups holding {@code leaves} leaves; scores lose a point per missed target. */
    private IndicatorGroup category(String name, int points, int leaves, String[] groupNames, boolean stated) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = leaves; left > 0; ) {
            int size = Math.min(left, 3 + random.nextInt(4));
            sizes.add(size);
            left -= size;
        }
        BigDecimal[] groupPoints = split(points(points), sizes.size());
        IndicatorGroup.Builder category = IndicatorGroup.builder().name(name).points(points(points));
        BigDecimal score = BigDecimal.ZERO;
        for (int g = 0; g < sizes.size(); g++) {
            String groupName = groupNames[g % groupNames.length] + (g < groupNames.length ? "" : String.valueOf(g / groupNames.length + 1));
            IndicatorGroup group = group(groupName, stated ? groupPoints[g] : null, groupPoints[g], sizes.get(g), stated);
            score = score.add(group.reportedScore().get());
            category.addChildren(group);
        }
        return category.reportedScore(score).reportedRate(score.multiply(BigDecimal.valueOf(100))
            .divide(points(points), 2, RoundingMode.HALF_UP)).build();
    }

    private IndicatorGroup group(String name, BigDecimal statedPoints, BigDecimal points, int leaves, boolean stated) {
        BigDecimal[] leafPoints = split(points, leaves);
        IndicatorGroup.Builder group = IndicatorGroup.builder().name(name);
        if (statedPoints != null) {
            group.points(statedPoints);
        }
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        for (int i = 0; i < leaves; i++) {
            Indicator.Builder leaf = Indicator.builder().name(STEMS[random.nextInt(STEMS.length)] + (i + 1));
            boolean missed = leaf(leaf);
            if (stated) {
                BigDecimal reported = missed ? leafPoints[i].multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.DOWN)
                    : leafPoints[i];
                leaf.points(leafPoints[i]).reportedScore(reported);
                score = score.add(reported);
            } else if (missed) {
                deducted = deducted.add(points.signum() > 0 ? new BigDecimal("0.5").min(points) : BigDecimal.ZERO);
            }
            group.addChildren(leaf.build());
        }
        if (!stated) {
            score = points.subtract(deducted).max(BigDecimal.ZERO);
        }
        return group.reportedScore(score).build();
    }

    /** Fills a leaf's target, unit, actual and deviation note; @return whether its target is missed */
    private boolean leaf(Indicator.Builder leaf) {
        boolean missed = random.nextInt(6) == 0;
        switch (random.nextInt(8)) {
            case 0:
            case 1:
                leaf.target(Target.parse("≥" + (90 + random.nextInt(10)))).unit(Unit.PERCENT)
                    .actual(Actual.parse(missed ? (80 + random.nextInt(9)) + "." + random.nextInt(10) + "%" : "100%"));
                break;
            case 2:
                leaf.target(Target.parse("≥" + (20 + random.nextInt(80)) + "个"))
                    .actual(Actual.parse(missed ? random.nextInt(19) + "个" : (100 + random.nextInt(50)) + "个"));
                break;
            case 3:
                leaf.target(Target.parse("≤80")).unit(Unit.PERCENT)
                    .actual(Actual.parse(missed ? (81 + random.nextInt(100)) + "%" : "-" + random.nextInt(40) + "." + (10 + random.nextInt(90)) + "%"));
                break;
            case 4:
                leaf.target(Target.parse("≤365天")).actual(Actual.parse(missed ? "400天" : (200 + random.nextInt(165)) + "天"));
                break;
            case 5:
                leaf.target(Target.parse("12 月")).actual(Actual.parse(missed ? (6 + random.nextInt(6)) + " 月" : "12 月"));
                break;
            case 6:
                leaf.target(Target.parse("≤" + (50 + random.nextInt(50)) + "万元"))
                    .actual(Actual.parse(missed ? (100 + random.nextInt(20)) + "." + random.nextInt(100) + "万元" : (10 + random.nextInt(40)) + "万元"));
                break;
            default:
                String word = QUALITATIVE_WORDS[random.nextInt(QUALITATIVE_WORDS.length)];
                leaf.target(Target.qualitative(word)).unit(Unit.QUALITATIVE)
                    .actual(Actual.parse(missed ? PARTIAL : random.nextBoolean() ? ACHIEVED : word));
        }
        if (missed && random.nextBoolean()) {
            leaf.deviationNote("受疫情影响，部分工作推迟至下一年度完成");
        }
        return missed;
    }

    private List<Project> projects() {
        List<Project> projects = new ArrayList<>(PROJECTS);
        for (int i = 1; i <= PROJECTS; i++) {
            BigDecimal approved = BigDecimal.valueOf(1_000 + random.nextInt(50_000), 2);
            int percent = i % 8 == 0 ? 60 + random.nextInt(40) : 100;
            BigDecimal executed = approved.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            projects.add(Project.builder()
                .number("(" + i + ")")
                .name(STEMS[i % STEMS.length].replace("率", "") + "项目" + i)
                .purpose("保障" + STEMS[(i * 7) % STEMS.length] + "工作正常开展")
                .yearStartBudget(Amount.ofWanYuan(approved))
                .approved(Amount.ofWanYuan(approved))
                .executed(Amount.ofWanYuan(executed))
                .status(i > PROJECTS - 4 ? Project.Status.ONGOING : Project.Status.COMPLETED)
                .build());
        }
        return projects;
    }

    private DepartmentBudget budget(List<Project> projects) {
        BigDecimal project = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO;
        for (Project p : projects) {
            project = project.add(p.executed().number());
            approved = approved.add(p.approved().number());
        }
        BigDecimal personnel = BigDecimal.valueOf(50_000 + random.nextInt(50_000), 2);
        BigDecimal office = BigDecimal.valueOf(5_000 + random.nextInt(10_000), 2);
        BigDecimal basic = personnel.add(office);
        BigDecimal expenditure = basic.add(project);
        BigDecimal adjusted = basic.add(approved);
        BigDecimal carryOver = adjusted.subtract(expenditure);
        return DepartmentBudget.builder()
            .yearStartBudget(Amount.ofWanYuan(adjusted.multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.HALF_UP)))
            .adjustedBudget(Amount.ofWanYuan(adjusted))
            .income(Amount.ofWanYuan(adjusted))
            .putIncomeBySource("财政拨款收入", Amount.ofWanYuan(adjusted))
            .expenditure(Amount.ofWanYuan(expenditure))
            .basicExpenditure(Amount.ofWanYuan(basic))
            .personnelExpenditure(Amount.ofWanYuan(personnel))
            .publicExpenditure(Amount.ofWanYuan(office))
            .projectExpenditure(Amount.ofWanYuan(project))
            .carryOver(Amount.ofWanYuan(carryOver))
            .threePublicBudget(Amount.ofWanYuan(new BigDecimal("3.00")))
            .threePublicExpenditure(Amount.ofWanYuan(new BigDecimal("2.15")))
            .publicFundsBudget(Amount.ofWanYuan(office.add(BigDecimal.TEN)))
            .build();
    }

    /** Splits points into {@code n} shares of 2 places adding up exactly, the larger shares first. */
    private static BigDecimal[] split(BigDecimal points, int n) {
        long cents = points.movePointRight(2).longValueExact();
        BigDecimal[] shares = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            shares[i] = BigDecimal.valueOf(cents / n + (i < cents % n ? 1 : 0), 2);
        }
        return shares;
    }

    private static BigDecimal points(int points) {
        return BigDecimal.valueOf(points);
    }
}
