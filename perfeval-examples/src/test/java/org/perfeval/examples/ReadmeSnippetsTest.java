package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README is compiled code: each {@code ```java} block is marked with
 * {@code <!-- snippet: NAME -->} on the line above it, and its lines are, indentation aside, the lines
 * between {@code // tag::NAME[]} and {@code // end::NAME[]} in one source file of this module (main or
 * test), where the build compiles them and a test runs them. Every region appears in the README.
 */
class ReadmeSnippetsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->");
    private static final Pattern TAG = Pattern.compile("\\s*// tag::([a-z0-9-]+)\\[\\]\\s*");
    private static final Pattern END = Pattern.compile("\\s*// end::([a-z0-9-]+)\\[\\]\\s*");

    private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path README = MODULE.resolveSibling("README.md");

    @Test
    void everyJavaBlockOfTheReadmeIsARegionOfCompiledSource() throws IOException {
        Map<String, Region> regions = regions(List.of(MODULE.resolve("src/main/java"), MODULE.resolve("src/test/java")));
        Map<String, Snippet> snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertFalse(snippets.isEmpty(), "the README has Java snippets");
        List<String> problems = new ArrayList<>();
        for (Snippet snippet : snippets.values()) {
            Region region = regions.get(snippet.name);
            if (region == null) {
                problems.add("README.md line " + snippet.line + ": no source file has the region " + snippet.name);
            } else {
                compare(snippet, region, problems);
            }
        }
        for (Region region : regions.values()) {
            if (!snippets.containsKey(region.name)) {
                problems.add(MODULE.relativize(region.file) + " line " + region.line + ": the region " + region.name
                    + " is in no README snippet");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aSnippetThatDivergesFromItsRegionIsNamedWithTheFirstDifferentLine() {
        Region region = new Region("demo", Path.of("Demo.java"), 10, List.of("int a = 1;", "int b = a + 1;"));
        List<String> problems = new ArrayList<>();
        compare(new Snippet("demo", 40, List.of("int a = 1;", "int b = a + 2;")), region, problems);
        assertEquals(List.of("README.md line 41 (snippet demo) differs from Demo.java line 11:\n  README: int b = a + 2;"
            + "\n  source: int b = a + 1;"), problems);
        problems.clear();
        compare(new Snippet("demo", 40, List.of("int a = 1;")), region, problems);
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void indentationAndTrailingSpaceDoNotCount() {
        assertEquals(List.of("if (x) {", "    y();", "", "}"), unindent(List.of("        if (x) {  ", "            y();", "", "        }")));
    }

    /** The README's Java blocks by name; a block without a marker, or a name used twice, fails. */
    static Map<String, Snippet> snippets(List<String> lines) {
        Map<String, Snippet> snippets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int previous = i - 1;
            while (previous >= 0 && lines.get(previous).isBlank()) {
                previous--;
            }
            Matcher marker = previous >= 0 ? MARKER.matcher(lines.get(previous).strip()) : null;
            if (marker == null || !marker.matches()) {
                fail("README.md line " + (i + 1) + ": a ```java block needs <!-- snippet: NAME --> on the line above it");
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (end == lines.size()) {
                fail("README.md line " + (i + 1) + ": the ```java block is not closed");
            }
            Snippet snippet = new Snippet(marker.group(1), i + 2, unindent(lines.subList(i + 1, end)));
            if (snippets.put(snippet.name, snippet) != null) {
                fail("README.md line " + (i + 1) + ": the snippet " + snippet.name + " appears twice");
            }
            i = end;
        }
        return snippets;
    }

    /** Every tagged region of the Java files under the roots; a region opened twice or not closed fails. */
    static Map<String, Region> regions(List<Path> roots) throws IOException {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    for (Region region : regions(file)) {
                        Region other = regions.put(region.name, region);
                        if (other != null) {
                            fail("the region " + region.name + " is in " + other.file + " and in " + region.file);
                        }
                    }
                }
            }
        }
        return regions;
    }

    private static List<Region> regions(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher tag = TAG.matcher(lines.get(i));
            if (!tag.matches()) {
                continue;
            }
            String name = tag.group(1);
            int end = i + 1;
            while (end < lines.size() && !isEnd(lines.get(end), name)) {
                if (TAG.matcher(lines.get(end)).matches()) {
                    fail(file + " line " + (end + 1) + ": a region opens inside the region " + name);
                }
                end++;
            }
            if (end == lines.size()) {
                fail(file + " line " + (i + 1) + ": the region " + name + " has no // end::" + name + "[]");
            }
            regions.add(new Region(name, file, i + 2, unindent(lines.subList(i + 1, end))));
            i = end;
        }
        return regions;
    }

    private static boolean isEnd(String line, String name) {
        Matcher end = END.matcher(line);
        return end.matches() && end.group(1).equals(name);
    }

    private static void compare(Snippet snippet, Region region, List<String> problems) {
        int n = Math.max(snippet.lines.size(), region.lines.size());
        for (int k = 0; k < n; k++) {
            String readme = k < snippet.lines.size() ? snippet.lines.get(k) : "(the snippet has ended)";
            String source = k < region.lines.size() ? region.lines.get(k) : "(the region has ended)";
            if (!readme.equals(source)) {
                problems.add("README.md line " + (snippet.line + k) + " (snippet " + snippet.name + ") differs from "
                    + region.file.getFileName() + " line " + (region.line + k) + ":\n  README: " + readme + "\n  source: " + source);
                return;
            }
        }
    }

    /** The lines without trailing space and without the indentation they all share. */
    static List<String> unindent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(common).stripTrailing());
        }
        return result;
    }

    /** A README block: its name, the README line of its first line, its lines. */
    record Snippet(String name, int line, List<String> lines) {}

    /** A tagged region: its name, its file, the line of its first line, its lines. */
    record Region(String name, Path file, int line, List<String> lines) {}
}
