package org.perfeval.examples.cli;

import java.util.List;

/** Prints a {@link Page} as plain text for a terminal: aligned columns, underlined headings. */
final class TextWriter {
    private static final String GAP = "  ";

    private TextWriter() {}

    static String write(Page page) {
        StringBuilder text = new StringBuilder();
        for (Page.Block block : page.blocks()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (block instanceof Page.Heading heading) {
                text.append(heading.text()).append('\n')
                    .append((heading.level() == 1 ? "=" : "-").repeat(Width.of(heading.text()))).append('\n');
            } else if (block instanceof Page.Paragraph paragraph) {
                paragraph.lines().forEach(line -> text.append(line).append('\n'));
            } else if (block instanceof Page.Bullets bullets) {
                bullets.items().forEach(item -> text.append("  - ").append(item.replace("\n", "\n    ")).append('\n'));
            } else if (block instanceof Page.Table table) {
                table(table, text);
            }
        }
        return text.toString();
    }

    private static void table(Page.Table table, StringBuilder text) {
        int[] widths = new int[table.headers().size()];
        measure(table.headers(), widths);
        table.rows().forEach(row -> measure(row, widths));
        line(table.headers(), table.aligns(), widths, text);
        table.rows().forEach(row -> line(row, table.aligns(), widths, text));
        table.notes().forEach(note -> text.append(note).append('\n'));
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], Width.of(cells.get(i)));
        }
    }

    private static void line(List<String> cells, List<Page.Align> aligns, int[] widths, StringBuilder text) {
        StringBuilder line = new StringBuilder(GAP);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - Width.of(cell));
            if (i > 0) {
                line.append(GAP);
            }
            line.append(aligns.get(i) == Page.Align.RIGHT ? padding + cell : cell + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
