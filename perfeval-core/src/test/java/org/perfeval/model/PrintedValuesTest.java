package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.ValueFormatException;
import org.perfeval.fixtures.SeedReports;

/**
 * Every target and actual printed in the three seed reports, and the other forms real reports print
 * (full-width comparators and ％, 百分比, units after a space, rating words, blanks), reads to what a
 * reader of the report sees and prints back as printed.
 */
class PrintedValuesTest {

    static Stream<Arguments> quantitativeTargets() {
        return Stream.of(
            // text, comparator, value, unit symbol (null for none), spaced
            Arguments.of("≥98", Comparator.AT_LEAST, "98", null, false),
            Arguments.of("≥99", Comparator.AT_LEAST, "99", null, false),
            Arguments.of("≥90", Comparator.AT_LEAST, "90", null, false),
            Arguments.of("≥99%", Comparator.AT_LEAST, "99", "%", false),
            Arguments.of("≤80", Comparator.AT_MOST, "80", null, false),
            Arguments.of("≤50", Comparator.AT_MOST, "50", null, false),
            Arguments.of("≤365", Comparator.AT_MOST, "365", null, false),
            Arguments.of("≤365天", Comparator.AT_MOST, "365", "天", false),
            Arguments.of("0%", Comparator.NONE, "0", "%", false),
            Arguments.of("100%", Comparator.NONE, "100", "%", false),
            Arguments.of("1", Comparator.NONE, "1", null, false),
            Arguments.of("12", Comparator.NONE, "12", null, false),
            Arguments.of("=12", Comparator.EXACTLY, "12", null, false),
            Arguments.of("1 期", Comparator.NONE, "1", "期", true),
            Arguments.of("12 月", Comparator.NONE, "12", "月", true),
            Arguments.of("≥50个", Comparator.AT_LEAST, "50", "个", false),
            Arguments.of("≤90万元", Comparator.AT_MOST, "90", "万元", false),
            Arguments.of("≤30 万元", Comparator.AT_MOST, "30", "万元", true),
            Arguments.of("≥100百分比", Comparator.AT_LEAST, "100", "百分比", false),
            Arguments.of("≥98 %", Comparator.AT_LEAST, "98", "%", true),
            // full-width forms
            Arguments.of("＞95%", Comparator.MORE_THAN, "95", "%", false),
            Arguments.of("≧98", Comparator.AT_LEAST, "98", null, false),
            Arguments.of("≦30天", Comparator.AT_MOST, "30", "天", false),
            Arguments.of("＝12", Comparator.EXACTLY, "12", null, false),
            Arguments.of("≥99％", Comparator.AT_LEAST, "99", "％", false),
            Arguments.of("＞＝99.5％", Comparator.AT_LEAST, "99.5", "％", false),
            Arguments.of("＜5次", Comparator.LESS_THAN, "5", "次", false),
            Arguments.of(">=80", Comparator.AT_LEAST, "80", null, false),
            Arguments.of("<=3篇", Comparator.AT_MOST, "3", "篇", false),
            Arguments.of("-31.55%", Comparator.NONE, "-31.55", "%", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quantitativeTargets")
    void quantitativeTargetsReadAsPrintedAndPrintBack(String text, Comparator comparator, String value, String unit,
            boolean spaced) {
        Target target = Target.parse(text);
        assertEquals(Target.Kind.QUANTITATIVE, target.kind());
        Target.Quantitative quantity = (Target.Quantitative) target;
        assertAll(text,
            () -> assertEquals(comparator, quantity.comparator()),
            () -> assertEquals(new BigDecimal(value), quantity.value()),
            () -> assertEquals(Optional.ofNullable(unit).map(Unit::of), quantity.unit()),
            () -> assertEquals(spaced, quantity.spaced()),
            () -> assertEquals(text, target.print()));
    }

    @Test
    void percentInEveryPrintedForm() {
        assertTrue(((Target.Quantitative) Target.parse("≥99%")).isPercent());
        assertTrue(((Target.Quantitative) Target.parse("≥99％")).isPercent());
        assertTrue(((Target.Quantitative) Target.parse("≥100百分比")).isPercent());
        assertEquals(false, ((Target.Quantitative) Target.parse("≤365天")).isPercent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"符合", "科学", "合理", "完整", "真实", "合规", "健全", "公开", "规范", "高", "好", "效果明显",
        "严格执行相关制度规定", "在项目计划完成时间内完成"})
    void qualitativeTargetsAreWords(String word) {
        Target target = Target.parse(word);
        assertEquals(Target.Kind.QUALITATIVE, target.kind());
        assertEquals(word, ((Target.Qualitative) target).word());
        assertEquals(word, target.print());
        assertEquals(Optional.empty(), target.unit());
    }

    @Test
    void spacesInsideAreKeptAndSurroundingSpaceIsNot() {
        // The value, comparator and unit are what the report says; the text prints back as printed, stripped.
        Target.Quantitative spaced = (Target.Quantitative) Target.parse(" ≥ 98 % ");
        assertEquals(Comparator.AT_LEAST, spaced.comparator());
        assertEquals(new BigDecimal("98"), spaced.value());
        assertEquals(Optional.of(Unit.PERCENT), spaced.unit());
        assertEquals("≥ 98 %", spaced.print());
        assertEquals(spaced, Target.parse(spaced.print()));
    }

    @Test
    void rangeTargets() {
        Target.Range range = (Target.Range) Target.parse("80-90%");
        assertEquals(new BigDecimal("80"), range.lower());
        assertEquals(new BigDecimal("90"), range.upper());
        assertEquals("80-90%", range.print());
        assertEquals("1至3天", Target.parse("1至3天").print());
    }

    static Stream<Arguments> measuredActuals() {
        return Stream.of(
            Arguments.of("100%", "100", "%"),
            Arguments.of("-31.55%", "-31.55", "%"),
            Arguments.of("0%", "0", "%"),
            Arguments.of("95%", "95", "%"),
            Arguments.of("99%", "99", "%"),
            Arguments.of("90%", "90", "%"),
            Arguments.of("50", "50", null),
            Arguments.of("365", "365", null),
            Arguments.of("1", "1", null),
            Arguments.of("12", "12", null),
            Arguments.of("84.50%", "84.50", "%"),
            Arguments.of("100％", "100", "％"),
            Arguments.of("12 月", "12", "月"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measuredActuals")
    void measuredActualsReadAsPrintedAndPrintBack(String text, String value, String unit) {
        Actual actual = Actual.parse(text);
        assertEquals(Actual.Kind.MEASURED, actual.kind());
        Actual.Measured measured = (Actual.Measured) actual;
        assertAll(text,
            () -> assertEquals(new BigDecimal(value), measured.value()),
            () -> assertEquals(Optional.ofNullable(unit).map(Unit::of), measured.unit()),
            () -> assertEquals(text, actual.print()));
    }

    static Stream<Arguments> ratedActuals() {
        return Stream.of(
            Arguments.of("达成预期指标", Rating.ACHIEVED),
            Arguments.of("完成", Rating.ACHIEVED),
            Arguments.of("达成年度指标", Rating.ACHIEVED),
            Arguments.of("部分达成年度指标并具有一定效果", Rating.PARTIALLY_ACHIEVED),
            Arguments.of("未达成年度指标且效果较差", Rating.NOT_ACHIEVED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ratedActuals")
    void ratingWordsAreRatings(String text, Rating rating) {
        Actual actual = Actual.parse(text);
        assertEquals(Actual.Kind.RATED, actual.kind());
        assertEquals(rating, ((Actual.Rated) actual).rating());
        assertEquals(text, actual.print());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "　", " \n "})
    void blankCellsAreMissing(String text) {
        Actual actual = Actual.parse(text);
        assertEquals(Actual.Kind.MISSING, actual.kind());
        assertEquals("", actual.print());
    }

    @Test
    void otherWordsAreDescribedAndNotApplicableIsItsOwnKind() {
        assertEquals(Actual.Kind.DESCRIBED, Actual.parse("符合").kind());
        assertEquals("按时完成", Actual.parse("按时完成").print());
        assertEquals(Actual.Kind.NOT_APPLICABLE, Actual.parse("不适用").kind());
        assertEquals("不适用", Actual.parse("不适用").print());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥", "≥abc", "≥98%5", "≤", "＞＝", "≥98%5天", "≥1.2.3"})
    void unreadableTargetsNameTheText(String text) {
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> Target.parse(text));
        assertEquals(text, e.text());
        assertTrue(e.getMessage().contains("\"" + text + "\""), e::getMessage);
    }

    @Test
    void blankTargetIsRejected() {
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> Target.parse("  "));
        assertTrue(e.getMessage().contains("\"  \""), e::getMessage);
    }

    @Test
    void overLongTextIsRejectedNamingItsBeginningAndTheLimit() {
        String text = "≥" + "9".repeat(10) + "理".repeat(200);
        ValueFormatException target = assertThrows(ValueFormatException.class, () -> Target.parse(text));
        assertTrue(target.getMessage().contains(text.substring(0, 40)), target::getMessage);
        assertTrue(target.getMessage().contains("200"), target::getMessage);
        ValueFormatException actual = assertThrows(ValueFormatException.class, () -> Actual.parse(text));
        assertTrue(actual.getMessage().contains(text.substring(0, 40)), actual::getMessage);
    }

    @Test
    void numbersBeyondThePrecisionAReportNeedsAreRejected() {
        String digits = "1".repeat(35);
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> Target.parse("≥" + digits));
        assertTrue(e.getMessage().contains(digits), e::getMessage);
        assertThrows(ValueFormatException.class, () -> Actual.parse("0." + "1".repeat(13) + "%"));
    }

    @Test
    void directionOfTargetsWithoutComparatorComesFromWhatIsMeasured() {
        Evaluation jinshui = SeedReports.jinshui2021();
        assertAll(
            () -> assertEquals(Direction.REVERSE, leaf(jinshui, "投入管理/预算和财务管理/结转结余率").direction()),
            () -> assertEquals(Direction.POSITIVE, leaf(jinshui, "产出指标/履职目标实现/邮递费").direction()),
            () -> assertEquals(Direction.POSITIVE, leaf(jinshui, "产出指标/履职目标实现/系统维护费").direction()),
            // stated by the comparator, although a control rate is lower-is-better by name
            () -> assertEquals(Direction.POSITIVE, leaf(jinshui, "投入管理/预算和财务管理/“三公经费”控制率").direction()),
            () -> assertEquals(Direction.REVERSE, leaf(jinshui, "投入管理/预算和财务管理/预算调整率").direction()),
            () -> assertEquals(Direction.REVERSE, leaf(jinshui, "产出指标/履职目标实现/标兵奖").direction()),
            () -> assertEquals(Direction.QUALITATIVE, leaf(jinshui, "投入管理/工作目标管理/绩效指标合理性").direction()));
    }

    @Test
    void directionWithoutComparatorForNamesOutsideTheSeeds() {
        assertEquals(Direction.REVERSE, bare("公用经费控制率", "100%").direction());
        assertEquals(Direction.REVERSE, bare("在职人员控制率", "100%").direction());
        assertEquals(Direction.REVERSE, bare("单位成本", "5万元").direction());
        assertEquals(Direction.POSITIVE, bare("预算执行率", "100%").direction());
        assertEquals(Direction.POSITIVE, bare("群众满意度", "90%").direction());
        assertEquals(Direction.EQUAL, bare("结转结余率", "=0%").direction());
        assertEquals(Direction.POSITIVE, Indicator.builder().name("结转结余率").target(Target.parse("0%"))
            .actual(Actual.missing()).statedDirection(Direction.POSITIVE).build().direction());
    }

    private static Indicator bare(String name, String target) {
        return Indicator.builder().name(name).target(Target.parse(target)).actual(Actual.missing()).build();
    }

    private static Indicator leaf(Evaluation evaluation, String path) {
        return (Indicator) evaluation.nodesByPath().get(IndicatorPath.parse(path));
    }
}
