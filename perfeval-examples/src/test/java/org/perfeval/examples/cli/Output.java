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
     * @return the row's cells, split where the table puts two or more spaces; a cell wrapped onto the
     *     lines below (the first column blank there) is joined back, as a reader follows it
     */
    static List<String> row(String text, String first) {
        String[] lines = text.split("\n");
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = Arrays.asList(lines[i].strip().split(" {2,}"));
            if (cells.get(0).equals(first)) {
                if (found >= 0) {
                    fail("two rows start with " + first + " in\n" + text);
                }
                found = i;
            }
        }
        if (found < 0) {
            fail("no row starts with " + first + " in\n" + text);
        }
        List<int[]> starts = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        for (Fragment fragment : fragments(lines[found])) {
            starts.add(new int[] {fragment.column});
            cells.add(new StringBuilder(fragment.text));
        }
        for (int j = found + 1; j < lines.length; j++) {
            List<Fragment> fragments = fragments(lines[j]);
            if (fragments.isEmpty() || fragments.get(0).column <= starts.get(0)[0]) {
                break;
            }
            for (Fragment fragment : fragments) {
                int cell = 0;
                for (int k = 0; k < starts.size(); k++) {
                    if (starts.get(k)[0] <= fragment.column) {
                        cell = k;
                    }
                }
                StringBuilder joined = cells.get(cell);
                boolean wide = Width.of(fragment.text.substring(0, 1)) == 2
                    || joined.length() > 0 && Width.of(joined.substring(joined.length() - 1)) == 2;
                joined.append(wide ? "" : " ").append(fragment.text);
            }
        }
        List<String> row = new ArrayList<>();
        cells.forEach(cell -> row.add(cell.toString()));
        return row;
    }

    private record Fragment(int column, String text) {}

    /** @return the line's cells with the display column each starts at */
    private static List<Fragment> fragments(String line) {
        List<Fragment> fragments = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= line.length()) {
                break;
            }
            int start = i;
            while (i < line.length() && !(line.charAt(i) == ' ' && (i + 1 >= line.length() || line.charAt(i + 1) == ' '))) {
                i++;
            }
            fragments.add(new Fragment(Width.of(line.substring(0, start)), line.substring(start, i)));
        }
        return fragments;
    }

    /** @return the text with its wrapped prose joined: each line that continues the one above is put back on it */
    static String prose(String text) {
        return text.replaceAll("(?<=\\S)\n(?=[^\\s=-])", " ");
    }

    /** Asserts that one line of the text is exactly {@code line}. */
    static void assertLine(String text, String line) {
        long count = Arrays.stream(text.split("\n")).filter(line::equals).count();
        assertEquals(1, count, "the line \"" + line + "\" should appear once in\n" + text);
    }
}
