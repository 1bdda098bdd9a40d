package org.perfeval.examples.cli;

/**
 * Text of a document made safe for a Markdown page: first escaped as for a terminal
 * ({@link TerminalText}: no control or format character, no line break inside a name), then every
 * character that Markdown or the HTML it allows would read as syntax is escaped: {@code <}, {@code >}
 * and {@code &} as HTML entities (no {@code <script>}, {@code <img onerror>} or {@code <svg onload>}
 * reaches the page as markup), and the backslash, backtick, {@code |}, emphasis, link, heading and
 * list characters with a backslash.
 */
final class MarkdownText {
    private MarkdownText() {}

    /**
     * @param text any text, not null
     * @return the text as literal Markdown: it renders as the text itself, in a paragraph or in a
     *     table cell
     */
    static String escape(String text) {
        String safe = TerminalText.escape(text);
        StringBuilder out = new StringBuilder(safe.length() + 8);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                case '-', '+', '=' -> out.append(i == 0 ? "\\" : "").append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
