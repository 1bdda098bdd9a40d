package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given number of display columns ({@link Width}): between words
 * at spaces, and between any two Chinese characters, which need no space to be broken apart. A word
 * wider than a line is cut where the line ends.
 */
final class Wrap {
    /** Punctuation that may not start a line. */
    private static final String CLOSING = "）」』】〉》，。、；：！？,.;:!?)]}%";

    private Wrap() {}

    /**
     * @param text one line of text, without line breaks
     * @param width the most columns a line may take, at least 2
     * @return the lines, without trailing spaces; one empty line for an empty text
     */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (Width.of(text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == ' ') {
                int spaces = 0;
                while (i < text.length() && text.charAt(i) == ' ') {
                    spaces++;
                    i++;
                }
                // Spaces at the start of the text are its indentation; elsewhere they separate.
                if (used + spaces < width) {
                    line.append(" ".repeat(spaces));
                    used += spaces;
                } else {
                    used = flush(lines, line);
                }
                continue;
            }
            int end = i;
            if (Width.isWide(c)) {
                end += Character.charCount(c);
            } else {
                while (end < text.length() && text.charAt(end) != ' ' && !Width.isWide(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            // Closing punctuation stays with what it closes: no line starts with ） or ，.
            while (end < text.length() && CLOSING.indexOf(text.codePointAt(end)) >= 0) {
                end += Character.charCount(text.codePointAt(end));
            }
            String word = text.substring(i, end);
            int wordWidth = Width.of(word);
            if (used + wordWidth > width && used > 0) {
                used = flush(lines, line);
            }
            while (wordWidth > width) {
                int cut = cut(word, width);
                line.append(word, 0, cut);
                flush(lines, line);
                word = word.substring(cut);
                wordWidth = Width.of(word);
            }
            line.append(word);
            used += wordWidth;
            i = end;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            flush(lines, line);
        }
        return lines;
    }

    private static int flush(List<String> lines, StringBuilder line) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        return 0;
    }

    /** @return how many chars of {@code word} fill at most {@code width} columns, at least one code point */
    private static int cut(String word, int width) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            int w = Width.columns(c);
            if (used + w > width && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }
}
