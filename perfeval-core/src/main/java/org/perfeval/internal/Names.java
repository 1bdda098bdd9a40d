package org.perfeval.internal;

/**
 * Name matching of categories and path patterns: a trailing {@code 指标} is ignored, so that
 * {@code 产出} and {@code 产出指标} name one category, as reports print both.
 */
public final class Names {
    private static final String SUFFIX = "指标";

    private Names() {}

    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            // Names that differ from their first character differ without their 指标 too.
            return false;
        }
        int length = coreLength(a);
        return length == coreLength(b) && a.regionMatches(0, b, 0, length);
    }

    private static int coreLength(String name) {
        return name.length() > SUFFIX.length() && name.endsWith(SUFFIX) ? name.length() - SUFFIX.length() : name.length();
    }
}
