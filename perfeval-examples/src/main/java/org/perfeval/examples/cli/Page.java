package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a command prints, independent of the output format: headings, paragraphs, bullet lists and
 * tables. {@link TextWriter} and {@link MarkdownWriter} print it; the content is decided once.
 */
final class Page {
    /** One block of the page. */
    sealed interface Block permits Heading, Paragraph, Bullets, Table {}

    /** A heading; level 1 is a report's title, level 2 a section. */
    record Heading(int level, String text) implements Block {}

    /** Lines that belong together, printed as they are. */
    record Paragraph(List<String> lines) implements Block {}

    /**
     * A bulleted list; each item is one or more lines, the first after the bullet, the others
     * continuing it. A line break inside a line is text, printed escaped, never a new line.
     */
    record Bullets(List<List<String>> items) implements Block {}

    /** How a column's cells line up. */
    enum Align { LEFT, RIGHT }

    /** A table with a header row and notes printed under it. */
    record Table(List<String> headers, List<Align> aligns, List<List<String>> rows, List<String> notes) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return blocks;
    }

    Page heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Page paragraph(String... lines) {
        blocks.add(new Paragraph(List.of(lines)));
        return this;
    }

    /** Adds a list of one-line items. */
    Page bullets(List<String> items) {
        return bulletItems(items.stream().map(List::of).toList());
    }

    /** Adds a list of items of one or more lines each. */
    Page bulletItems(List<List<String>> items) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items)));
        }
        return this;
    }

    Page add(Page other) {
        blocks.addAll(other.blocks);
        return this;
    }

    /** Starts a table; {@link TableBuilder#end()} adds it to this page. */
    TableBuilder table(String... headers) {
        return new TableBuilder(this, List.of(headers));
    }

    /** Collects a table's rows. */
    static final class TableBuilder {
        private final Page page;
        private final List<String> headers;
        private final List<Align> aligns;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private TableBuilder(Page page, List<String> headers) {
            this.page = page;
            this.headers = headers;
            this.aligns = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                aligns.add(i == 0 ? Align.LEFT : Align.RIGHT);
            }
        }

        TableBuilder align(Align... aligns) {
            this.aligns.clear();
            this.aligns.addAll(Arrays.asList(aligns));
            return this;
        }

        TableBuilder row(String... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
            }
            rows.add(List.of(cells));
            return this;
        }

        TableBuilder note(String note) {
            notes.add(note);
            return this;
        }

        Page end() {
            page.blocks.add(new Table(headers, List.copyOf(aligns), List.copyOf(rows), List.copyOf(notes)));
            return page;
        }
    }
}
