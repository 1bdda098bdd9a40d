package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grade prints the scores it covers: the top band of a scale includes the maximum, and says so. */
class GradeBandTest {

    @Test
    void theStandardScalePrintsItsTopBandClosed() {
        assertEquals("[优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60)]", GradeScale.standard().grades().toString());
        assertEquals("[Effective [85, 100], Moderately Effective [70, 85), Adequate [50, 70), Ineffective [0, 50)]",
            GradeScale.omb().grades().toString());
    }

    @Test
    void theMaximumAndTheScoreJustBelowABoundGetTheBandsThatPrintThem() {
        GradeScale scale = GradeScale.standard();
        assertEquals("优 [90, 100]", scale.gradeOf(dec("100")).toString());
        assertEquals("优 [90, 100]", scale.gradeOf(dec("100.00")).toString());
        assertEquals("优 [90, 100]", scale.gradeOf(dec("90")).toString());
        assertEquals("良 [80, 90)", scale.gradeOf(dec("89.99")).toString());
        assertEquals("差 [0, 60)", scale.gradeOf(dec("0")).toString());
    }

    @Test
    void aBandThatIncludesItsUpperBoundIsAnotherBand() {
        Grade open = Grade.of("良", dec("80"), dec("90"));
        Grade closed = open.includingUpperBound();
        assertFalse(open.includesUpperBound());
        assertTrue(closed.includesUpperBound());
        assertSame(closed, closed.includingUpperBound());
        assertEquals("良 [80, 90)", open.toString());
        assertEquals("良 [80, 90]", closed.toString());
        assertNotEquals(open, closed);
        assertTrue(open.compareTo(closed) < 0);
    }

    @Test
    void aScaleClosesTheBandThatReachesItsMaximumWhateverItWasGiven() {
        GradeScale given = GradeScale.builder().id("given").maximum(dec("100"))
            .addGrades(Grade.of("及格", dec("60"), dec("100.0")), Grade.of("不及格", dec("0"), dec("60"))).build();
        GradeScale closed = GradeScale.builder().id("given").maximum(dec("100"))
            .addGrades(Grade.of("及格", dec("60"), dec("100")).includingUpperBound(), Grade.of("不及格", dec("0"), dec("60")))
            .build();
        assertEquals(closed, given);
        assertEquals("[及格 [60, 100.0], 不及格 [0, 60)]", given.grades().toString());
        assertEquals(List.of(), given.problems());
    }

    @Test
    void aBandBelowTheMaximumThatIncludesItsUpperBoundOverlapsTheBandAbove() {
        GradeScale scale = GradeScale.builder().id("doubled").maximum(dec("100"))
            .addGrades(Grade.of("优", dec("90"), dec("100")), Grade.of("良", dec("60"), dec("90")).includingUpperBound(),
                Grade.of("差", dec("0"), dec("60")))
            .build();
        assertEquals(List.of("grade scale doubled: grade 优 [90, 100] overlaps [90, 90]"), scale.problems());
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }
}
