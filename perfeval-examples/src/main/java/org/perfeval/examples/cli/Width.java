package org.perfeval.examples.cli;

/**
 * How many terminal columns a text takes: Chinese characters and full-width forms take two, the rest
 * one. Enough to line up a table of Chinese indicator names with numbers, and to keep lines within
 * a terminal's width.
 */
final class Width {
    private Width() {}

    /** @return the columns {@code text} takes on a terminal */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += columns(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /** @return 2 for a wide character, 0 for a combining mark or an invisible format character, else 1 */
    static int columns(int c) {
        if (isWide(c)) {
            return 2;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT ? 0 : 1;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the common blocks. */
    static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F
            || c >= 0x2E80 && c <= 0x303E
            || c >= 0x3041 && c <= 0x33FF
            || c >= 0x3400 && c <= 0x4DBF
            || c >= 0x4E00 && c <= 0x9FFF
            || c >= 0xA000 && c <= 0xA4CF
            || c >= 0xAC00 && c <= 0xD7A3
            || c >= 0xF900 && c <= 0xFAFF
            || c >= 0xFE30 && c <= 0xFE4F
            || c >= 0xFF00 && c <= 0xFF60
            || c >= 0xFFE0 && c <= 0xFFE6
            || c >= 0x20000 && c <= 0x3FFFD;
    }
}
