package org.perfeval.internal;

import java.util.List;

/**
 * A compiled path pattern: segments separated by {@code /}; {@code *} matches one name, {@code **}
 * any number of names (none included); other segments match a name as {@link Names#same} does.
 * Matching compares strings; no regular expression.
 */
public final class PathPattern {
    private static final int LITERAL = 0;
    private static final int ONE = 1;
    private static final int ANY = 2;

    private final String text;
    private final String[] segments;
    private final int[] kinds;

    private PathPattern(String text, String[] segments, int[] kinds) {
        this.text = text;
        this.segments = segments;
        this.kinds = kinds;
    }

    /**
     * @return the pattern
     * @throws IllegalArgumentException naming the fault if the text is malformed
     */
    public static PathPattern parse(String text) {
        if (text.isEmpty() || text.startsWith("/") || text.endsWith("/")) {
            throw new IllegalArgumentException("path pattern \"" + text + "\" must be names separated by '/'");
        }
        String[] segments = text.split("/", -1);
        int[] kinds = new int[segments.length];
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isBlank() || !s.strip().equals(s)) {
                throw new IllegalArgumentException("path pattern \"" + text + "\" has an empty or padded segment");
            }
            if (s.equals("**")) {
                kinds[i] = ANY;
            } else if (s.equals("*")) {
                kinds[i] = ONE;
            } else if (s.indexOf('*') >= 0) {
                throw new IllegalArgumentException("path pattern \"" + text + "\" uses '*' inside the segment \"" + s
                    + "\"; only whole segments * and ** are wildcards");
            } else {
                kinds[i] = LITERAL;
            }
        }
        return new PathPattern(text, segments, kinds);
    }

    public boolean matches(List<String> names) {
        return match(0, names, 0);
    }

    private boolean match(int p, List<String> names, int n) {
        while (p < segments.length) {
            if (kinds[p] == ANY) {
                if (p == segments.length - 1) {
                    return true;
                }
                for (int k = n; k <= names.size(); k++) {
                    if (match(p + 1, names, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= names.size() || kinds[p] == LITERAL && !Names.same(segments[p], names.get(n))) {
                return false;
            }
            p++;
            n++;
        }
        return n == names.size();
    }

    @Override
    public String toString() {
        return text;
    }
}
