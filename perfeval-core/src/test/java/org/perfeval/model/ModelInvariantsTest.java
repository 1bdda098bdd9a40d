package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Construction rejects what no report can state, with a message that names the value and where it sits. */
class ModelInvariantsTest {

    private static void assertRejected(Executable construction, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "\"" + fragment + "\" not in: " + e.getMessage());
        }
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    private static Indicator.Builder leaf(String name) {
        return Indicator.builder().name(name).target(Target.parse("≥90%")).actual(Actual.parse("95%"));
    }

    private static Evaluation.Builder evaluation() {
        return evaluation(2022);
    }

    private static Evaluation.Builder evaluation(int year) {
        return Evaluation.builder().unit("某单位").year(year).kind(EvaluationKind.DEPARTMENT_OVERALL);
    }

    @Test
    void negativeBudgetAmountsNameTheField() {
        assertRejected(() -> DepartmentBudget.builder().expenditure(Amount.ofWanYuan("-1")).build(),
            "budget.expenditure", "-1 万元");
        assertRejected(() -> DepartmentBudget.builder().putIncomeBySource("财政拨款收入", Amount.ofWanYuan("-0.01")).build(),
            "财政拨款收入", "-0.01");
        assertRejected(() -> DepartmentBudget.builder().staff(-1).build(), "budget.staff", "-1");
    }

    @Test
    void negativeProjectAmountsNameTheProject() {
        assertRejected(() -> Project.builder().number("7").name("更换区中心机房 UPS 网络等保整改")
                .approved(Amount.ofWanYuan("281.36")).executed(Amount.ofWanYuan("-0.5")).build(),
            "executed", "(7) 更换区中心机房 UPS 网络等保整改", "-0.5");
    }

    @Test
    void negativePointsAndScoresNameTheIndicator() {
        assertRejected(() -> leaf("标兵奖").points(dec("-2")).build(), "points", "-2", "标兵奖");
        assertRejected(() -> leaf("标兵奖").reportedScore(dec("-0.5")).build(), "reported score", "-0.5", "标兵奖");
        assertRejected(() -> IndicatorGroup.builder().name("产出指标").points(dec("-40")).addChildren(leaf("标兵奖").build())
            .build(), "points", "-40", "产出指标");
    }

    @Test
    void reportedScoreAbovePointsIsReadAsPrinted() {
        // A printed error (the form's total written into the row) is read; the audit reports it on the row.
        Indicator row = leaf("预算执行").points(dec("10")).reportedScore(dec("96")).build();
        assertEquals(Optional.of(dec("96")), row.reportedScore());
        assertEquals(Optional.of(dec("10")), row.points());
        assertDoesNotThrow(() -> leaf("预算执行").points(dec("10")).reportedScore(dec("10.00")).build());
    }

    @Test
    void duplicateSiblingNames() {
        assertRejected(() -> IndicatorGroup.builder().name("满意度")
            .addChildren(leaf("服务对象满意度").build(), leaf("服务对象满意度").build()).build(),
            "服务对象满意度", "满意度");
        assertRejected(() -> evaluation().addIndicators(leaf("预算执行").build(), leaf("预算执行").build()).build(),
            "预算执行");
        // The same name under different parents is fine.
        assertDoesNotThrow(() -> evaluation()
            .addIndicators(IndicatorGroup.builder().name("产出指标").addChildren(leaf("数量").build()).build())
            .addIndicators(IndicatorGroup.builder().name("效益指标").addChildren(leaf("数量").build()).build())
            .build());
    }

    @Test
    void duplicateCodesAnywhereInTheTree() {
        assertRejected(() -> evaluation()
            .addIndicators(IndicatorGroup.builder().name("产出指标").addChildren(leaf("数量").code("OUT-01").build()).build())
            .addIndicators(IndicatorGroup.builder().name("效益指标").addChildren(leaf("满意度").code("OUT-01").build()).build())
            .build(), "OUT-01", "效益指标/满意度");
    }

    @Test
    void duplicateProjects() {
        Project project = Project.builder().number("5").name("互联网费用")
            .approved(Amount.ofWanYuan("94.16")).executed(Amount.ofWanYuan("94.16")).build();
        assertRejected(() -> evaluation().addProjects(project, project).build(), "(5) 互联网费用");
    }

    @Test
    void emptyGroupNamesTheGroup() {
        assertRejected(() -> IndicatorGroup.builder().name("履职效益").build(), "履职效益", "at least one child");
    }

    @Test
    void namesMustBeUsableInPaths() {
        assertRejected(() -> leaf("产出/数量").build(), "产出/数量");
        assertRejected(() -> leaf(" 数量").build(), "\" 数量\"");
    }

    @ParameterizedTest
    @CsvSource({"1948", "2101", "0", "-2022", "20222"})
    void yearOutOfRange(int year) {
        assertRejected(() -> evaluation(year).build(), "year", String.valueOf(year));
    }

    @ParameterizedTest
    @CsvSource({"1949", "2021", "2100"})
    void yearInRange(int year) {
        assertEquals(year, evaluation(year).build().year());
    }

    @Test
    void reportedTotalMustNotBeNegative() {
        assertRejected(() -> evaluation().reportedTotal(dec("-98.15")).build(), "reported total", "-98.15");
    }

    @Test
    void amountIsMoneyOnly() {
        assertRejected(() -> Amount.of(BigDecimal.ONE, Unit.PERCENT), "%");
    }

    @Test
    void unitSymbolsAreShortAndHoldNoDigitOrSpace() {
        assertRejected(() -> Unit.of("万 元"), "万 元");
        assertRejected(() -> Unit.of("m2"), "m2");
        assertRejected(() -> Unit.of(""), "\"\"");
    }

    @Test
    void gradeScaleListsEveryProblemAtOnce() {
        GradeScale broken = GradeScale.builder().id("broken").maximum(dec("100"))
            .addGrades(Grade.of("优", dec("90"), dec("100")), Grade.of("良", dec("80"), dec("89")),
                Grade.of("中", dec("55"), dec("80")), Grade.of("差", dec("0"), dec("60")))
            .build();
        List<String> problems = broken.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertAll(
            () -> assertTrue(problems.stream().anyMatch(p -> p.contains("[89, 90)")), problems::toString),
            () -> assertTrue(problems.stream().anyMatch(p -> p.contains("overlaps") && p.contains("中")), problems::toString));
    }

    @Test
    void gradeScaleThatStopsShortOfTheMaximum() {
        GradeScale shortScale = GradeScale.builder().id("short").maximum(dec("100"))
            .addGrades(Grade.of("及格", dec("60"), dec("95")), Grade.of("不及格", dec("0"), dec("60"))).build();
        assertEquals(List.of("grade scale short: no grade covers [95, 100]"), shortScale.problems());
    }

    @Test
    void standardScaleHasNoProblem() {
        assertEquals(List.of(), GradeScale.standard().problems());
        assertEquals(List.of(), GradeScale.omb().problems());
    }

    @ParameterizedTest
    @CsvSource({"89.99, 良", "90, 优", "90.00, 优", "100, 优", "98.15, 优", "80, 良", "79.99, 中", "60, 中",
        "59.99, 差", "0, 差"})
    void standardGrades(String score, String grade) {
        assertEquals(grade, GradeScale.standard().gradeOf(dec(score)).label());
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "100.01"})
    void scoresOutsideTheScaleNameTheScore(String score) {
        assertRejected(() -> GradeScale.standard().gradeOf(dec(score)), score, "cn-mof-2020");
    }

    @Test
    void gradeBoundsMustIncrease() {
        assertRejected(() -> Grade.of("优", dec("100"), dec("90")), "优", "100", "90");
    }
}
