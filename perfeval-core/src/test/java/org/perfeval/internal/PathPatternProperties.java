package org.perfeval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Path patterns match as the obvious backtracking matcher does, on every shape of pattern, and their
 * work grows at most linearly with the pattern and with the path: counted in steps, not timed.
 */
class PathPatternProperties {
    private static final List<String> NAMES = List.of("a", "b", "产出", "产出指标", "数量指标");

    @Property(tries = 3000)
    void matchesAsTheReferenceMatcher(@ForAll("patterns") List<String> pattern, @ForAll("paths") List<String> path) {
        PathPattern compiled = PathPattern.parse(String.join("/", pattern));
        assertEquals(reference(pattern, 0, path, 0), compiled.matches(path), pattern + " against " + path);
    }

    @Property(tries = 1000)
    void aPathWhoseFirstNameIsNotThePatternsFirstKeyIsNeverMatched(@ForAll("patterns") List<String> pattern,
            @ForAll("paths") List<String> path) {
        PathPattern compiled = PathPattern.parse(String.join("/", pattern));
        String first = compiled.firstKey();
        if (first == null || path.isEmpty()) {
            return;
        }
        if (!Names.key(path.get(0)).equals(first)) {
            assertFalse(compiled.matches(path), pattern + " against " + path);
        }
    }

    @Property(tries = 500)
    void aPatternMatchesTheNamesItSpellsOut(@ForAll("paths") List<String> path) {
        if (path.isEmpty()) {
            return;
        }
        assertTrue(PathPattern.parse(String.join("/", path)).matches(path));
        assertTrue(PathPattern.parse("**/" + String.join("/**/", path) + "/**").matches(path));
    }

    @Property(tries = 300)
    void doublingThePatternAtMostDoublesTheWork(@ForAll("patterns") List<String> pattern, @ForAll("paths") List<String> path) {
        if (2 * pattern.size() > PathPattern.MAX_SEGMENTS) {
            return;
        }
        List<String> doubled = new ArrayList<>(pattern);
        doubled.addAll(pattern);
        long once = steps(pattern, path);
        long twice = steps(doubled, path);
        assertTrue(twice <= 2 * once, "pattern " + pattern + ": " + once + " steps, doubled: " + twice);
    }

    @Property(tries = 300)
    void doublingThePathAtMostDoublesTheWork(@ForAll("patterns") List<String> pattern, @ForAll("paths") List<String> path) {
        List<String> doubled = new ArrayList<>(path);
        doubled.addAll(path);
        long once = steps(pattern, path);
        long twice = steps(pattern, doubled);
        assertTrue(twice <= 2 * once, "path " + path + ": " + once + " steps, doubled: " + twice);
    }

    @Example
    void theWorstShapesOfTheIssueTakeAFewHundredSteps() {
        // 24 ** against a 12-level path hung the recursive matcher; **/a/**/a/… backtracked too.
        List<String> deep = Collections.nCopies(12, "a");
        List<String> noMatch = new ArrayList<>(deep);
        noMatch.set(11, "b");
        for (String pattern : List.of(String.join("/", Collections.nCopies(24, "**")) + "/b/c",
                String.join("/", Collections.nCopies(16, "**/a")) , "**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/c")) {
            PathPattern parsed = PathPattern.parse(pattern);
            long[] steps = new long[1];
            steps[0] = Work.count(() -> parsed.matches(noMatch));
            assertTrue(steps[0] <= (parsed.size() + 1L) * 2 * (noMatch.size() + 1), pattern + ": " + steps[0] + " steps");
        }
        assertTrue(PathPattern.parse(String.join("/", Collections.nCopies(12, "**/a"))).matches(deep));
        assertFalse(PathPattern.parse(String.join("/", Collections.nCopies(13, "**/a"))).matches(deep));
        assertFalse(PathPattern.parse(String.join("/", Collections.nCopies(13, "a"))).matches(deep));
    }

    @Example
    void aPatternOfMoreSegmentsThanTheLimitIsRefusedNamingTheLimit() {
        PathPattern.parse(String.join("/", Collections.nCopies(PathPattern.MAX_SEGMENTS, "**")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PathPattern.parse(String.join("/", Collections.nCopies(20_000, "**"))));
        assertTrue(e.getMessage().contains("more than 32 segments, the limit (RuleSet.MAX_PATTERN_SEGMENTS)"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, "the message quotes the pattern clipped: " + e.getMessage().length());
    }

    @Example
    void literalsMatchAsCategoryNamesDo() {
        assertTrue(PathPattern.parse("产出/*").matches(List.of("产出指标", "x")));
        assertTrue(PathPattern.parse("产出指标/**").matches(List.of("产\u200B出", "x", "y")));
        assertTrue(PathPattern.parse("Cafe\u0301/*").matches(List.of("Café", "x")));
        assertFalse(PathPattern.parse("产出/*").matches(List.of("效益指标", "x")));
    }

    private static long steps(List<String> pattern, List<String> path) {
        PathPattern parsed = PathPattern.parse(String.join("/", pattern));
        return Work.count(() -> parsed.matches(path));
    }

    /** The obvious matcher: tries every split at every **. Exponential, so only for small cases. */
    private static boolean reference(List<String> pattern, int p, List<String> path, int n) {
        if (p == pattern.size()) {
            return n == path.size();
        }
        String segment = pattern.get(p);
        if (segment.equals("**")) {
            for (int k = n; k <= path.size(); k++) {
                if (reference(pattern, p + 1, path, k)) {
                    return true;
                }
            }
            return false;
        }
        if (n == path.size()) {
            return false;
        }
        boolean one = segment.equals("*") || bare(segment).equals(bare(path.get(n)));
        return one && reference(pattern, p + 1, path, n + 1);
    }

    private static String bare(String name) {
        return name.length() > 2 && name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
    }

    @Provide
    Arbitrary<List<String>> patterns() {
        Arbitrary<String> segment = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just("**")),
            net.jqwik.api.Tuple.of(2, Arbitraries.just("*")),
            net.jqwik.api.Tuple.of(4, Arbitraries.of(NAMES)));
        Arbitrary<List<String>> repeated = Arbitraries.of(NAMES).flatMap(name ->
            Arbitraries.integers().between(1, 8).map(k -> {
                List<String> shape = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    shape.add("**");
                    shape.add(name);
                }
                return shape;
            }));
        return Arbitraries.oneOf(segment.list().ofMinSize(1).ofMaxSize(12), repeated);
    }

    @Provide
    Arbitrary<List<String>> paths() {
        return Arbitraries.of(NAMES).list().ofMinSize(0).ofMaxSize(12);
    }
}
