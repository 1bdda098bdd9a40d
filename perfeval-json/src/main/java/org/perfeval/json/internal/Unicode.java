package org.perfeval.json.internal;

/**
 * Well-formed text: a Java string may hold a surrogate without its pair (JSON lets <code>"&#92;ud800"</code>
 * escape one), which is no Unicode character, has no UTF-8 form and would turn into {@code ?} when
 * written. The reader refuses such text; messages and written documents escape it.
 */
public final class Unicode {
    private Unicode() {}

    /**
     * @param text any text, not null
     * @return the index of the first surrogate that is not one half of a pair, or -1 if there is none
     */
    public static int unpairedSurrogate(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Most text (Chinese included) lies below the surrogates: one comparison per character.
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param text any text, not null
     * @return the text with every unpaired surrogate written as its JSON escape (<code>&#92;udfff</code>); the
     *     same instance if there is none
     */
    public static String escapeUnpairedSurrogates(String text) {
        int first = unpairedSurrogate(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 10).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("\\u").append(Integer.toHexString(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
