package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tool's text output the way a person does: by report, by line, by table row. */
final class Output {
    private Output() {}

    /**
     * @param text the whole output
     * @param title the start of a report's title line, such as {@code 郑州市金水区政务服务中心 2021}
     * @return the report's part of the output: from its title to the next title (a line followed by ====)
     */
    static String report(String text, String title) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int start = -1;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith(title) && lines.get(i + 1).startsWith("===")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            fail("no report titled " + title + " in\n" + text);
        }
        int end = lines.size();
        for (int i = start + 2; i + 1 < lines.size(); i++) {
            if (lines.get(i + 1).startsWith("===") && !lines.get(i).isEmpty()) {
                end = i;
                break;
            }
        }
        return String.join("\n", lines.subList(start, end));
    }

    /**
     * @param text some output
     * @param first the first cell of a table row
     * @return the row's cells, split where the table puts two or more spaces
     */
    static List<String> row(String text, String first) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> cells = Arrays.asList(line.strip().split(" {2,}"));
            if (cells.get(0).equals(first)) {
                if (!found.isEmpty()) {
                    fail("two rows start with " + first + " in\n" + text);
                }
                found = cells;
            }
        }
        if (found.isEmpty()) {
            fail("no row starts with " + first + " in\n" + text);
        }
        return found;
    }

    /** Asserts that one line of the text is exactly {@code line}. */
    static void assertLine(String text, String line) {
        long count = Arrays.stream(text.split("\n")).filter(line::equals).count();
        assertEquals(1, count, "the line \"" + line + "\" should appear once in\n" + text);
    }
}
