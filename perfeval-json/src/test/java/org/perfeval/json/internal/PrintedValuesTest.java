package org.perfeval.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.ValueFormatException;
import org.perfeval.model.Actual;
import org.perfeval.model.Target;

/** Values read once and kept are the values the model reads, every time; the store stays bounded. */
class PrintedValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"≥98%", "≤80", "≤365天", "12 月", "1 期", "＞＝９０％", "80-90%", "符合", " ≥99 ", "≥100百分比"})
    void aTargetIsWhatTheModelReads(String printed) {
        Target first = PrintedValues.TARGETS.apply(printed);
        assertEquals(Target.parse(printed), first);
        assertSame(first, PrintedValues.TARGETS.apply(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%", "-31.55%", "50", "达成预期指标", "部分达成年度指标并具有一定效果", "完成", "不适用", "", "  "})
    void anActualIsWhatTheModelReads(String printed) {
        assertEquals(Actual.parse(printed), PrintedValues.ACTUALS.apply(printed));
        assertEquals(Actual.parse(printed), PrintedValues.ACTUALS.apply(printed));
    }

    @Test
    void textThatDoesNotReadFailsEveryTimeAndIsNotKept() {
        int before = PrintedValues.TARGETS.size();
        ValueFormatException first = assertThrows(ValueFormatException.class, () -> PrintedValues.TARGETS.apply("≥abc%"));
        ValueFormatException second = assertThrows(ValueFormatException.class, () -> PrintedValues.TARGETS.apply("≥abc%"));
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(PrintedValues.TARGETS.size() <= before, "a refused text is not kept");
    }

    @Test
    void longTextIsReadButNotKept() {
        String printed = "在项目计划完成时间内完成且通过验收并形成完整的档案资料".repeat(2);
        assertTrue(printed.length() > PrintedValues.MAX_TEXT);
        assertEquals(Target.parse(printed), PrintedValues.TARGETS.apply(printed));
        assertEquals(Target.parse(printed), PrintedValues.TARGETS.apply(printed));
    }

    @Test
    void theStoreNeverHoldsMoreThanItsBound() {
        for (int i = 0; i < 3 * PrintedValues.MAX_ENTRIES; i++) {
            String printed = i + "%";
            assertEquals(Actual.parse(printed), PrintedValues.ACTUALS.apply(printed));
            assertTrue(PrintedValues.ACTUALS.size() <= PrintedValues.MAX_ENTRIES);
        }
    }
}
