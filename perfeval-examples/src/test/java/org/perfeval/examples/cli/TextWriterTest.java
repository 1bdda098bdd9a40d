package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWriterTest {

    @Test
    void columnsOfChineseAndLatinTextLineUpOnATerminal() {
        // A Chinese character takes two columns: 预算执行 is 8 wide, "合计" 4, "x" 1.
        Page page = new Page().table("指标", "得分").row("预算执行", "10.00").row("合计", "9").row("x", "100.00").end();
        assertEquals(""
            + "  指标" + " ".repeat(8) + "得分\n"
            + "  预算执行" + " ".repeat(3) + "10.00\n"
            + "  合计" + " ".repeat(11) + "9\n"
            + "  x" + " ".repeat(9) + "100.00\n", TextWriter.write(page));
    }

    @Test
    void headingsAreUnderlinedToTheirWidth() {
        assertEquals("得分 Score\n----------\n", TextWriter.write(new Page().heading(2, "得分 Score")));
    }
}
