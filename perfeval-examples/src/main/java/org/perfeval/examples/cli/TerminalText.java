package org.perfeval.examples.cli;

/**
 * Text of a document made safe for a terminal: every character that is not printed as itself is
 * written as a visible escape such as {@code \u001B}. That is every control character (C0, DEL, C1:
 * ESC, BEL, a newline or carriage return inside a name), every format character (bidi overrides,
 * isolates and marks, zero-width spaces and joiners, the byte-order mark) and the line and paragraph
 * separators. A document cannot then move the cursor, clear the screen, retitle the window, reorder
 * what is printed or start a line of its own that would pass for the tool's output.
 */
final class TerminalText {
    private TerminalText() {}

    /**
     * @param text any text, not null
     * @return the text with every character that a terminal would not print as itself escaped; the
     *     text itself when it has none
     */
    static String escape(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (needsEscape(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (needsEscape(cp)) {
                String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
                out.append(cp <= 0xFFFF ? "\\u" + "0000".substring(hex.length()) + hex : "\\u{" + hex + "}");
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** @return whether a code point would not print as itself */
    static boolean needsEscape(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE
            || type == Character.UNASSIGNED;
    }
}
