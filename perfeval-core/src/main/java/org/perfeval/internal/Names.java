package org.perfeval.internal;

import java.text.Normalizer;

/**
 * Name matching of categories and path patterns, and the rules every indicator or category name
 * follows.
 *
 * <p>Two names are the same name ({@link #same}) when their {@link #key keys} are equal: the name in
 * Unicode normal form C, without invisible characters (controls, format characters such as zero-width
 * spaces and bidi marks, fillers, variation selectors) and without a trailing {@code 指标}, so that
 * {@code 产出} and {@code 产出指标} name one category, as reports print both. Sibling names are
 * duplicates when their {@link #canonical canonical forms} (the key without the 指标 rule) are equal.
 */
public final class Names {
    private static final String SUFFIX = "指标";

    private Names() {}

    /** @return whether two names are one name: equal {@link #key keys} */
    public static boolean same(String a, String b) {
        Work.steps(1);
        return a.equals(b) || key(a).equals(key(b));
    }

    /**
     * @param name a name, not null
     * @return its matching key: the {@link #canonical canonical form} without a trailing {@code 指标}
     *     (unless the name is no more than {@code 指标})
     */
    public static String key(String name) {
        String canonical = canonical(name);
        int length = canonical.length();
        Work.steps(1);
        return length > SUFFIX.length() && canonical.endsWith(SUFFIX) ? canonical.substring(0, length - SUFFIX.length())
            : canonical;
    }

    /**
     * @param name a name, not null
     * @return the name in normal form C without invisible characters; the name itself when it has
     *     none and is normalised already
     */
    public static String canonical(String name) {
        int i = 0;
        int n = name.length();
        boolean plain = true;
        while (i < n) {
            char c = name.charAt(i);
            if (c >= 0x300 && !isPlainCjk(c) || c < 0x20 || c >= 0x7F && c <= 0xA0 || c == 0xAD) {
                plain = false;
                break;
            }
            i++;
        }
        if (plain) {
            return name;
        }
        StringBuilder visible = new StringBuilder(n);
        name.codePoints().filter(cp -> !isInvisible(cp)).forEach(visible::appendCodePoint);
        String stripped = visible.toString();
        return Normalizer.isNormalized(stripped, Normalizer.Form.NFC) ? stripped
            : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** CJK ideographs and fullwidth forms: unchanged by NFC and never invisible. */
    private static boolean isPlainCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F && c != 0x3000 || c >= 0xFF01 && c <= 0xFF5E;
    }

    /**
     * @param cp a code point
     * @return whether it prints nothing visible: a control (Cc), a format character (Cf: zero-width
     *     spaces and joiners, bidi marks, the byte-order mark, soft hyphen), a line or paragraph
     *     separator, a Hangul filler, a variation selector or the combining grapheme joiner
     */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED && cp >= 0xE0000
            || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x034F
            || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp == 0x180E;
    }

    /** @return whether a code point overrides or isolates the text direction (U+202A–U+202E, U+2066–U+2069) */
    public static boolean isBidiOverride(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /**
     * @param text any text, not null
     * @return the text with every invisible character and bidi override written as {@code \\uXXXX}
     *     (or {@code \\u{XXXXX}} beyond the basic plane), for messages that quote a name
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isInvisible(cp) || isBidiOverride(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
                out.append(cp <= 0xFFFF ? "\\u" + "0000".substring(hex.length()) + hex : "\\u{" + hex + "}");
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * The rule every indicator and category name follows, beyond its length.
     *
     * @param name a name, not null
     * @return what is wrong with it, or null if nothing: blank, blank once its invisible characters
     *     are removed, surrounded by space, holding {@code /} or a bidi override
     */
    public static String problem(String name) {
        if (name.isBlank() || !name.strip().equals(name) || name.contains("/")) {
            return "must be non-blank, without surrounding space or '/'";
        }
        boolean prints = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (isBidiOverride(cp)) {
                return "must not hold a bidi override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders what is printed";
            }
            // One printing character is enough; the rest only need the bidi check.
            prints = prints || !isInvisible(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
            i += Character.charCount(cp);
        }
        if (!prints) {
            return "must print something: it is blank once its invisible and control characters are removed";
        }
        return null;
    }
}
