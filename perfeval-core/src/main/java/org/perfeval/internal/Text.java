package org.perfeval.internal;

/** Text normalisation for printed values. Not API. */
public final class Text {
    private Text() {}

    /**
     * Folds full-width ASCII forms (０-９, ＋, －, ．, ％, ＞, ＜, ＝, space) to their half-width forms
     * and removes every kind of white space inside the text.
     */
    public static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            } else if (c == '\u2212') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
