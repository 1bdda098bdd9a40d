package org.perfeval.internal;

import java.util.List;

/**
 * A compiled path pattern: segments separated by {@code /}; {@code *} matches one name, {@code **}
 * any number of names (none included); other segments match a name as {@link Names#same} does.
 *
 * <p>Matching runs the pattern as a set of states over the path, one name at a time, with no
 * recursion and no backtracking: its work is at most (segments + 1) × (names + 1) steps, whatever
 * the pattern's shape (repeated {@code **} between literals included). A pattern has at most
 * {@value #MAX_SEGMENTS} segments.
 */
public final class PathPattern {
    /**
     * Most segments in one pattern. An indicator tree has at most 12 levels, so a pattern with more
     * segments than this can only be repeated {@code **} or patterns that match nothing.
     */
    public static final int MAX_SEGMENTS = 32;

    private static final byte LITERAL = 0;
    private static final byte ONE = 1;
    private static final byte ANY = 2;

    private final String text;
    /** The matching keys ({@link Names#key}) of the literal segments; null for wildcards. */
    private final String[] keys;
    private final byte[] kinds;

    private PathPattern(String text, String[] keys, byte[] kinds) {
        this.text = text;
        this.keys = keys;
        this.kinds = kinds;
    }

    /**
     * @param text the pattern, such as {@code 产出指标/**}, not null
     * @return the pattern
     * @throws IllegalArgumentException naming the fault if the text is malformed or has more than
     *     {@value #MAX_SEGMENTS} segments
     */
    public static PathPattern parse(String text) {
        if (text.isEmpty() || text.startsWith("/") || text.endsWith("/")) {
            throw new IllegalArgumentException("path pattern \"" + clip(text) + "\" must be names separated by '/'");
        }
        int count = 1;
        for (int i = 0; i < text.length() && count <= MAX_SEGMENTS; i++) {
            if (text.charAt(i) == '/') {
                count++;
            }
        }
        if (count > MAX_SEGMENTS) {
            throw new IllegalArgumentException("path pattern \"" + clip(text) + "\" has more than " + MAX_SEGMENTS
                + " segments, the limit (RuleSet.MAX_PATTERN_SEGMENTS)");
        }
        String[] segments = text.split("/", -1);
        byte[] kinds = new byte[segments.length];
        String[] keys = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isBlank() || !s.strip().equals(s)) {
                throw new IllegalArgumentException("path pattern \"" + clip(text) + "\" has an empty or padded segment");
            }
            if (s.equals("**")) {
                kinds[i] = ANY;
            } else if (s.equals("*")) {
                kinds[i] = ONE;
            } else if (s.indexOf('*') >= 0) {
                throw new IllegalArgumentException("path pattern \"" + clip(text) + "\" uses '*' inside the segment \""
                    + clip(s) + "\"; only whole segments * and ** are wildcards");
            } else {
                kinds[i] = LITERAL;
                keys[i] = Names.key(s);
            }
        }
        return new PathPattern(text, keys, kinds);
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /**
     * @return the segments with each literal replaced by its {@link Names#key key}, joined with
     *     {@code /}: two patterns with equal keys match the same paths
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            if (i > 0 && kinds[i] == ANY && kinds[i - 1] == ANY) {
                continue;   // ** ** matches what ** matches
            }
            if (i > 0) {
                key.append('/');
            }
            key.append(kinds[i] == ANY ? "**" : kinds[i] == ONE ? "*" : keys[i]);
        }
        return key.toString();
    }

    /**
     * @return the key a path's first name must have for the pattern to match it, when the pattern
     *     starts with a name; null when it starts with {@code *} or {@code **} or has no segment
     */
    public String firstKey() {
        return kinds.length > 0 && kinds[0] == LITERAL ? keys[0] : null;
    }

    /** @return the number of segments */
    public int size() {
        return kinds.length;
    }

    /**
     * @param names a path's names from the top, not null
     * @return whether the pattern matches the whole path
     */
    public boolean matches(List<String> names) {
        String[] pathKeys = new String[names.size()];
        for (int i = 0; i < pathKeys.length; i++) {
            pathKeys[i] = Names.key(names.get(i));
        }
        return matchesKeys(pathKeys);
    }

    /**
     * As {@link #matches(List)}, for a path whose names are given as their {@link Names#key keys}
     * already (a caller matching one path against many patterns computes them once).
     *
     * @param pathKeys the keys of a path's names from the top, not null
     * @return whether the pattern matches the whole path
     */
    public boolean matchesKeys(String[] pathKeys) {
        int k = kinds.length;
        // reached[p]: the first p segments match the names read so far. Every name is read, even when
        // no state is left: the work is then exactly (segments + 1) × (2 × names + 1) steps.
        boolean[] reached = new boolean[k + 1];
        boolean[] next = new boolean[k + 1];
        reached[0] = true;
        close(reached);
        for (String key : pathKeys) {
            next[k] = false;
            for (int p = 0; p < k; p++) {
                next[p] = false;
            }
            for (int p = 0; p < k; p++) {
                if (reached[p]) {
                    byte kind = kinds[p];
                    if (kind == ANY) {
                        next[p] = true;   // ** takes this name and may take more
                    } else if (kind == ONE || keys[p].equals(key)) {
                        next[p + 1] = true;
                    }
                }
            }
            Work.steps(k + 1L);
            boolean[] swap = reached;
            reached = next;
            next = swap;
            close(reached);
        }
        return reached[k];
    }

    /** Lets every reached {@code **} match no name: reaches the segment after it. */
    private void close(boolean[] reached) {
        for (int p = 0; p < kinds.length; p++) {
            if (reached[p] && kinds[p] == ANY) {
                reached[p + 1] = true;
            }
        }
        Work.steps(kinds.length + 1L);
    }

    @Override
    public String toString() {
        return text;
    }
}
