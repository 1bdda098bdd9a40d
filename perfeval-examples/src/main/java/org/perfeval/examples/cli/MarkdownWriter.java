package org.perfeval.examples.cli;

import java.util.List;

/** Prints a {@link Page} as GitHub-flavoured Markdown: {@code #} headings, pipe tables. */
final class MarkdownWriter {
    private MarkdownWriter() {}

    static String write(Page page) {
        StringBuilder text = new StringBuilder();
        for (Page.Block block : page.blocks()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (block instanceof Page.Heading heading) {
                text.append("#".repeat(heading.level())).append(' ').append(escape(heading.text())).append('\n');
            } else if (block instanceof Page.Paragraph paragraph) {
                // Two trailing spaces keep the paragraph's own line breaks.
                List<String> lines = paragraph.lines();
                for (int i = 0; i < lines.size(); i++) {
                    text.append(escape(lines.get(i))).append(i < lines.size() - 1 ? "  \n" : "\n");
                }
            } else if (block instanceof Page.Bullets bullets) {
                for (List<String> item : bullets.items()) {
                    for (int i = 0; i < item.size(); i++) {
                        text.append(i == 0 ? "- " : "  ").append(escape(item.get(i))).append(i < item.size() - 1 ? "  \n" : "\n");
                    }
                }
            } else if (block instanceof Page.Table table) {
                table(table, text);
            }
        }
        return text.toString();
    }

    private static void table(Page.Table table, StringBuilder text) {
        row(table.headers(), text);
        text.append('|');
        for (Page.Align align : table.aligns()) {
            text.append(align == Page.Align.RIGHT ? " ---: |" : " --- |");
        }
        text.append('\n');
        table.rows().forEach(row -> row(row, text));
        if (!table.notes().isEmpty()) {
            text.append('\n');
            table.notes().forEach(note -> text.append(escape(note)).append("  \n"));
        }
    }

    private static void row(List<String> cells, StringBuilder text) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(escape(cell)).append(" |");
        }
        text.append('\n');
    }

    /** Every text of the page, the document's included, is printed through {@link MarkdownText}. */
    private static String escape(String text) {
        return MarkdownText.escape(text);
    }
}
