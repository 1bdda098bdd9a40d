package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Page} as plain text for a terminal: aligned columns, underlined headings, and no
 * line wider than {@value #WIDTH} display columns (a Chinese character takes two). Prose wraps; a
 * table too wide for the line narrows its widest text columns and wraps their cells onto lines of
 * their own, under the cell they continue.
 */
final class TextWriter {
    /** The most display columns a line takes. */
    static final int WIDTH = 100;
    private static final String GAP = "  ";
    /** A text column is not narrowed below this: a few words still fit. */
    private static final int NARROWEST = 16;

    private TextWriter() {}

    static String write(Page page) {
        StringBuilder text = new StringBuilder();
        for (Page.Block block : page.blocks()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (block instanceof Page.Heading heading) {
                String title = TerminalText.escape(heading.text());
                for (String line : Wrap.lines(title, WIDTH)) {
                    text.append(line).append('\n');
                }
                int underline = Math.min(WIDTH, Width.of(title));
                text.append((heading.level() == 1 ? "=" : "-").repeat(underline)).append('\n');
            } else if (block instanceof Page.Paragraph paragraph) {
                paragraph.lines().forEach(line -> wrapped(TerminalText.escape(line), "", "", text));
            } else if (block instanceof Page.Bullets bullets) {
                for (List<String> item : bullets.items()) {
                    wrapped(TerminalText.escape(item.get(0)), "  - ", "    ", text);
                    for (int i = 1; i < item.size(); i++) {
                        wrapped(TerminalText.escape(item.get(i)), "    ", "    ", text);
                    }
                }
            } else if (block instanceof Page.Table table) {
                table(table, text);
            }
        }
        return text.toString();
    }

    /** Appends {@code line} wrapped to the width, its first line after {@code first}, the others after {@code rest}. */
    private static void wrapped(String line, String first, String rest, StringBuilder text) {
        List<String> lines = Wrap.lines(line, WIDTH - Width.of(rest));
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
    }

    private static void table(Page.Table original, StringBuilder text) {
        Page.Table table = new Page.Table(escaped(original.headers()), original.aligns(),
            original.rows().stream().map(TextWriter::escaped).toList(), escaped(original.notes()));
        int[] widths = new int[table.headers().size()];
        measure(table.headers(), widths);
        table.rows().forEach(row -> measure(row, widths));
        narrow(widths, table.aligns());
        line(table.headers(), table.aligns(), widths, text);
        table.rows().forEach(row -> line(row, table.aligns(), widths, text));
        table.notes().forEach(note -> wrapped(note, "", "", text));
    }

    /** Every text of the page, the document's included, is printed through {@link TerminalText}. */
    private static List<String> escaped(List<String> cells) {
        return cells.stream().map(TerminalText::escape).toList();
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], Width.of(cells.get(i)));
        }
    }

    /**
     * Narrows the widest left-aligned columns (text, not figures) until the table fits, if it can; the
     * first column, which names the row, only when the others cannot give enough.
     */
    private static void narrow(int[] widths, List<Page.Align> aligns) {
        narrow(widths, aligns, 1);
        narrow(widths, aligns, 0);
    }

    private static void narrow(int[] widths, List<Page.Align> aligns, int from) {
        while (total(widths) > WIDTH) {
            int widest = -1;
            for (int i = from; i < widths.length; i++) {
                if (aligns.get(i) == Page.Align.LEFT && widths[i] > NARROWEST && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
        }
    }

    private static int total(int[] widths) {
        int total = GAP.length() * widths.length;
        for (int width : widths) {
            total += width;
        }
        return total;
    }

    private static void line(List<String> cells, List<Page.Align> aligns, int[] widths, StringBuilder text) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = Wrap.lines(cells.get(i), widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder(GAP);
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = wrapped.get(i);
                String cell = row < lines.size() ? lines.get(row) : "";
                String padding = " ".repeat(Math.max(0, widths[i] - Width.of(cell)));
                if (i > 0) {
                    line.append(GAP);
                }
                line.append(aligns.get(i) == Page.Align.RIGHT ? padding + cell : cell + padding);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
