package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's text reaches a terminal and a Markdown page escaped: no control byte of a document is
 * printed as itself, a newline in a name cannot forge the tool's own lines, and no document text
 * reaches Markdown as markup. Valid documents whose sums pass the model's 34 digits print them
 * instead of failing with an internal error.
 */
class HostileTextTest {
    private static final String SCREEN = "\u001b[2J\u001b]0;x\u0007";
    private static final String FORGED = "行\n\n0 errors, 0 warnings\n尾";
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>", "a|b", "`code`", "[link](http://x)");

    @TempDir
    Path directory;

    @Test
    void noControlByteOfTheDocumentReachesTheTerminal() {
        Path file = Cli.write(directory, "hostile.json", report(SCREEN, "单位" + SCREEN, "等级" + FORGED, "指标" + SCREEN));
        Cli run = Cli.run("score", file.toString());
        assertEquals(0, run.status, run.toString());
        assertNoControlCharacter(run.out);
        assertNoControlCharacter(run.err);
        assertTrue(run.out.contains("\\u001B[2J\\u001B]0;x\\u0007"), run.out);
        assertFalse(run.out.lines().anyMatch(line -> line.strip().equals("0 errors, 0 warnings")),
            "a newline in a name forges no line of its own:\n" + run.out);
        assertTrue(run.out.contains("等级行\\u000A\\u000A0 errors, 0 warnings\\u000A尾"), run.out);
    }

    @Test
    void aRejectedDocumentQuotesItsTextEscapedOnStandardError() {
        Path file = Cli.write(directory, "bad.json", "{\"schemaVersion\": \"1.0\", \"unit\": \"x\", \"year\": \"" + SCREEN
            .replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\"}");
        Cli run = Cli.run("validate", file.toString());
        assertEquals(1, run.status, run.toString());
        assertNoControlCharacter(run.err);
        assertTrue(run.err.contains("\\u001B[2J"), run.err);
    }

    @Test
    void noDocumentTextReachesMarkdownAsMarkup() {
        for (String text : MARKUP) {
            // A name holds no '/': the row carries the markup without it.
            Path file = Cli.write(directory, "markup.json", report(text, text, text, "指标" + text.replace("/", "")));
            Cli run = Cli.run("score", file.toString(), "--format", "markdown");
            assertEquals(0, run.status, run.toString());
            assertFalse(run.out.contains("<script") || run.out.contains("<img") || run.out.contains("<svg"), run.out);
            assertFalse(run.out.contains(text), text + " reached the page as it is:\n" + run.out);
            run.out.lines().filter(line -> line.startsWith("|")).forEach(line ->
                assertEquals(columns(run.out, line), line.replace("\\|", "").chars().filter(c -> c == '|').count() - 1,
                    "a table row keeps its columns: " + line));
        }
        Path file = Cli.write(directory, "lines.json", report("单位", "单位", "等级" + FORGED, "指标"));
        Cli run = Cli.run("score", file.toString(), "--format", "markdown");
        assertFalse(run.out.lines().anyMatch(line -> line.contains("0 errors, 0 warnings") && !line.contains("\\u000A")),
            run.out);
    }

    @Test
    void amountsThatAddUpPastThirtyFourDigitsArePrintedNotAnInternalError() {
        String big = "9".repeat(22) + "." + "9".repeat(12);
        String budget = "\"budget\": {\"expenditure\": {\"amount\": 1, \"unit\": \"元\"}, \"basicExpenditure\": {\"amount\": "
            + big + ", \"unit\": \"万元\"}, \"projectExpenditure\": {\"amount\": " + big + ", \"unit\": \"万元\"}}, ";
        Path file = Cli.write(directory, "sums.json", "{\"schemaVersion\": \"1.0\", \"unit\": \"单位\", \"year\": 2021, "
            + "\"kind\": \"DEPARTMENT_OVERALL\", " + budget + "\"indicators\": []}");
        for (String format : List.of("text", "markdown")) {
            Cli run = Cli.run("score", file.toString(), "--format", format);
            assertEquals(0, run.status, run.toString());
            assertTrue(run.out.contains("19999999999999999999999.999999999998"), run.out);
        }
    }

    private static long columns(String page, String row) {
        return 0 * page.length() + headerColumns(page, row);
    }

    /** The number of columns of the table a row belongs to: its separator line's count. */
    private static long headerColumns(String page, String row) {
        List<String> lines = page.lines().toList();
        int at = lines.indexOf(row);
        while (at > 0 && lines.get(at - 1).startsWith("|")) {
            at--;
        }
        return lines.get(at + 1).chars().filter(c -> c == '|').count() - 1;
    }

    private static void assertNoControlCharacter(String text) {
        text.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 && cp != '\n' || cp >= 0x7F && cp <= 0x9F || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
            assertFalse(control, "U+" + Integer.toHexString(cp) + " printed as itself:\n" + text);
        });
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == '"' || cp == '\\') {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    /** A department report whose unit, title, grade and one row's name carry the text. */
    private static String report(String title, String unit, String grade, String rowName) {
        return "{\"schemaVersion\": \"1.0\", \"unit\": " + json(unit) + ", \"year\": 2021, \"kind\": \"DEPARTMENT_OVERALL\", "
            + "\"title\": " + json(title) + ", \"indicators\": ["
            + "{\"name\": \"预算执行\", \"points\": 10, \"reportedScore\": 10, \"children\": [{\"name\": " + json(rowName)
            + ", \"target\": \"≥90%\", \"actual\": \"95%\"}]},"
            + "{\"name\": \"投入管理\", \"points\": 20, \"children\": [{\"name\": \"a\", \"target\": \"≥1个\", \"actual\": \"1\"}]},"
            + "{\"name\": \"产出指标\", \"points\": 40, \"children\": [{\"name\": \"b\", \"target\": \"≥1个\", \"actual\": \"1\"}]},"
            + "{\"name\": \"效益指标\", \"points\": 30, \"children\": [{\"name\": \"c\", \"target\": \"≥1个\", \"actual\": \"1\"}]}],"
            + "\"reportedTotal\": 99, \"reportedGrade\": " + json(grade) + "}";
    }
}
