package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths are map keys everywhere results are looked up: equal paths hash alike, however they were made. */
class IndicatorPathTest {

    @Test
    void aPathHashesAsTheListOfItsNames() {
        IndicatorPath path = IndicatorPath.root().child("产出指标").child("履职目标实现").child("标兵奖");
        assertEquals(List.of("产出指标", "履职目标实现", "标兵奖").hashCode(), path.hashCode());
        assertEquals(List.of().hashCode(), IndicatorPath.root().hashCode());
    }

    @Test
    void parsedAndBuiltPathsAreEqualAndPrintAlike() {
        IndicatorPath built = IndicatorPath.root().child("产出指标").child("标兵奖");
        IndicatorPath parsed = IndicatorPath.parse("产出指标/标兵奖");
        assertEquals(built, parsed);
        assertEquals(built.hashCode(), parsed.hashCode());
        assertEquals("产出指标/标兵奖", built.toString());
        assertSame(built.toString(), built.toString());
        assertNotEquals(built, IndicatorPath.parse("产出指标/标兵"));
        assertNotEquals(built, IndicatorPath.parse("产出指标"));
    }
}
