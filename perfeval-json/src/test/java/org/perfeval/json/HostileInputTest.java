package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.audit.Audit;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;

/**
 * Hostile documents: each is refused with its own clear error, in under a second, inside a 256 MB
 * heap. Surefire runs this class alone in a JVM started with {@code -Xmx256m} (execution
 * {@code hostile-input}); {@link #runsInASmallHeap()} checks that it does.
 */
class HostileInputTest {
    private static final Duration PER_CASE = Duration.ofSeconds(1);
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;
    private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
        + "\"kind\": \"DEPARTMENT_OVERALL\"";

    private static final PerfevalJson JSON = PerfevalJson.create();

    @BeforeAll
    static void warmUp() {
        // Class loading and the first parse are the JVM's cost, not the input's.
        JSON.readEvaluation(Resources.text("samples/jinshui-2021.evaluation.json"));
    }

    @Test
    void runsInASmallHeap() {
        assertTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT,
            "run this class with -Xmx256m, as the Surefire execution hostile-input does; max heap is "
                + Runtime.getRuntime().maxMemory());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty.json                   | ''                              | no content: expected an evaluation
        blank.json                   | ''                              | no content: expected an evaluation
        not-utf8-gbk.json            | ''                              | byte 0xD6 at offset 36 is not UTF-8
        truncated.json               | /indicators/0/children/0/target | ends inside a string: it is truncated
        two-documents.json           | ''                              | unexpected content ("{") after the end of an evaluation
        duplicate-key.json           | /unit                           | duplicate field "unit"
        duplicate-key-last.json      | /kind                           | duplicate field "kind"
        duplicate-key-nested.json    | /indicators/0/points            | duplicate field "points"
        nan.json                     | /reportedTotal                  | NaN is not a JSON value
        infinity.json                | /reportedTotal                  | Infinity is not a JSON value
        huge-exponent.json           | /reportedTotal                  | the number 1e1000000000 is out of bounds
        huge-exponent-amount.json    | /budget/income/amount           | the number 1e1000000000 is out of bounds
        leading-zeros.json           | /reportedTotal                  | leading zeroes not allowed
        malformed-number.json        | /reportedTotal                  | exponent indicator not followed by a digit
        wrong-type-year-string.json  | /year                           | expected an integer but found the string "2021"
        wrong-type-year-fraction.json | /year                          | expected an integer but found the number 2021.0
        wrong-type-kind-index.json   | /kind                           | expected one of DEPARTMENT_OVERALL, PROJECT but found the number 0
        wrong-type-points-string.json | /indicators/0/points           | expected a decimal number but found the string "10"
        wrong-type-object-for-array.json | /indicators                 | expected indicator nodes (a JSON array) but found an object
        wrong-type-actual-number.json | /indicators/0/actual           | but found the number 100
        wrong-type-boolean-string.json | /indicators/0/core            | expected true or false but found the string "true"
        null-required.json           | /unit                           | null is not a value of "unit"
        null-element.json            | /indicators/0                   | null is not an element of indicator nodes
        null-document.json           | ''                              | expected an evaluation but found null
        array-at-top.json            | ''                              | expected an evaluation (a JSON object) but found an array
        negative-points.json         | /indicators/0/children/0        | points must be >= 0 but was -2 (标兵奖)
        unknown-field.json           | /indicators/0/wieght            | unknown field "wieght" in an indicator node
        missing-required.json        | ''                              | missing required field(s) year, kind in an evaluation
        leaf-without-actual.json     | /indicators/0                   | missing required field actual in the leaf indicator "数量"
        unsupported-schema-version.json | /schemaVersion               | unsupported schemaVersion "2.0"
        unreadable-target.json       | /indicators/0/target            | cannot read "≥abc%"
        mixed-structured-target.json | /indicators/0/target            | has only the fields lower, upper, unit, separator but "comparator" was given
        group-with-target.json       | /indicators/0                   | "target" belongs to a leaf indicator, but "产出指标" has children
        income-source-twice.json     | /budget/incomeBySource/1        | income source "财政拨款收入" appears twice
        amount-in-percent.json       | /budget/income/unit             | expected the unit "万元" or "元" but found the string "%"
        single-quotes.json           | /kind                           | unexpected character (''' (code 39))
        trailing-comma.json          | /title                          | was expecting double-quote to start field name
        comment.json                 | /kind                           | unexpected character ('/' (code 47))
        deep-nesting.json            | /indicators/0/children/0/children/0 | the indicator tree is deeper than the limit of 12 levels
        """)
    void eachHostileDocumentGivesItsOwnClearError(String file, String pointer, String problem) {
        byte[] document = Resources.bytes("hostile/" + file);
        JsonInputException e = refused(() -> JSON.readEvaluation(new ByteArrayInputStream(document)));
        assertTrue(e.pointer().startsWith(pointer) && (pointer.isEmpty() == e.pointer().isEmpty()),
            "pointer " + e.pointer() + " should be " + pointer);
        assertTrue(e.problem().toLowerCase(Locale.ROOT).contains(problem.toLowerCase(Locale.ROOT)), e.getMessage());
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }

    @Test
    void theErrorPointsAtTheLineAndColumnOfTheBadValue() {
        JsonInputException e = refused(() -> JSON.readEvaluation(Resources.text("hostile/wrong-type-points-string.json")));
        // Line 2 is ` "indicators": [{"name": "数量", "points": "10", "actual": "1"}]}`; "10" opens at column 42.
        assertEquals(2, e.line());
        assertEquals(42, e.column());
        assertEquals("/indicators/0/points (line 2, column 42): expected a decimal number but found the string \"10\"",
            e.getMessage());
    }

    @Test
    void aSixtyMegabyteStringIsRefusedWithoutReadingIt() {
        long size = 60L * 1024 * 1024;
        JsonInputException e = refused(() -> JSON.readEvaluation(new GeneratedDocument(
            HEAD + ", \"title\": \"", 'a', size, "\"}")));
        assertEquals("", e.pointer());
        assertTrue(e.problem().contains("larger than the limit of 8388608 bytes"), e.getMessage());
    }

    @Test
    void aSixtyMegabyteStringGivenAsTextIsRefused() {
        String text = HEAD + ", \"title\": \"" + "a".repeat(60 * 1024 * 1024) + "\"}";
        JsonInputException e = refused(() -> JSON.readEvaluation(text));
        assertTrue(e.problem().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void aStringBeyondItsLimitIsRefusedWhereItStands() {
        String text = HEAD + ", \"title\": \"" + "政".repeat(PerfevalJson.MAX_STRING_LENGTH + 1) + "\"}";
        JsonInputException e = refused(() -> JSON.readEvaluation(text));
        assertEquals("/title", e.pointer());
        assertTrue(e.problem().contains("a string is longer than the limit of 65536 characters"), e.getMessage());
    }

    @Test
    void aLongNumberIsRefusedBeforeItBecomesADecimal() {
        String text = HEAD + ", \"reportedTotal\": " + "9".repeat(1000) + "}";
        JsonInputException e = refused(() -> JSON.readEvaluation(text));
        assertEquals("/reportedTotal", e.pointer());
        assertTrue(e.problem().contains("a number is longer than the limit of 50 characters"), e.getMessage());
    }

    @Test
    void aLongFieldNameIsRefused() {
        String text = HEAD + ", \"" + "k".repeat(PerfevalJson.MAX_NAME_LENGTH + 1) + "\": 1}";
        JsonInputException e = refused(() -> JSON.readEvaluation(text));
        assertTrue(e.problem().contains("a field name is longer than the limit of 256 characters"), e.getMessage());
    }

    @Test
    void aHundredThousandNestedGroupsStopAtTheTreeLimit() {
        StringBuilder text = new StringBuilder(HEAD).append(", \"indicators\": [");
        int levels = 100_000;
        text.append("{\"name\": \"层\", \"children\": [".repeat(levels));
        text.append("{\"name\": \"叶\", \"actual\": \"1\"}").append("]}".repeat(levels)).append("]}");
        JsonInputException e = refused(() -> JSON.readEvaluation(text.toString()));
        assertTrue(e.problem().contains("the indicator tree is deeper than the limit of 12 levels"), e.getMessage());
    }

    @Test
    void aHundredThousandNestedArraysAreRefusedAtTheFirst() {
        String text = "[".repeat(100_000) + "]".repeat(100_000);
        JsonInputException e = refused(() -> JSON.readEvaluation(text));
        assertEquals("", e.pointer());
        assertTrue(e.problem().contains("expected an evaluation (a JSON object) but found an array"), e.getMessage());
    }

    @Test
    void tooManyTokensAreRefused() {
        // Each claim is 8 tokens in about 50 bytes: 30,000 of them are within the byte limit, not the token limit.
        StringBuilder text = new StringBuilder(HEAD).append(", \"claims\": [");
        for (int i = 0; i < 30_000; i++) {
            text.append(i == 0 ? "" : ",").append("{\"metric\":\"EXECUTION_RATE\",\"percent\":1,\"quote\":\"q\"}");
        }
        text.append("]}");
        assertTrue(text.length() < PerfevalJson.MAX_DOCUMENT_BYTES);
        JsonInputException e = refused(() -> JSON.readEvaluation(text.toString()));
        assertTrue(e.pointer().startsWith("/claims/"), e.getMessage());
        assertTrue(e.problem().contains("more than the limit of 200000 tokens"), e.getMessage());
    }

    @Test
    void aReportWhosePointsDoNotAddUpReadsFineAndTheAuditReportsIt() {
        // 4 + 5 is not 10: a valid document, and a finding for the audit, not a reading error.
        Evaluation evaluation = assertTimeoutPreemptively(PER_CASE,
            () -> JSON.readEvaluation(Resources.text("hostile/points-do-not-add-up.json")));
        List<Finding> findings = Audit.of(Profiles.departmentOverall()).audit(evaluation);
        assertTrue(findings.stream().anyMatch(f -> f.code() == FindingCode.POINTS_DO_NOT_ADD_UP
            && f.location().equals("产出指标")), findings.toString());
    }

    private static JsonInputException refused(Executable read) {
        JsonInputException e = assertTimeoutPreemptively(PER_CASE, () -> assertThrows(JsonInputException.class, read));
        String message = e.getMessage();
        for (String leak : new String[] {"com.fasterxml", "jackson", "Immutable", "$", "`", "Feature"}) {
            assertTrue(!message.toLowerCase(Locale.ROOT).contains(leak.toLowerCase(Locale.ROOT)), "leaks " + leak + ": " + message);
        }
        return e;
    }

    /** A document produced as it is read: a prefix, one character repeated, a suffix; never held in memory. */
    private static final class GeneratedDocument extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final byte fill;
        private final long total;
        private long position;

        GeneratedDocument(String prefix, char fill, long count, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.total = this.prefix.length + count + this.suffix.length;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long p = position++;
            if (p < prefix.length) {
                return prefix[(int) p] & 0xFF;
            }
            long fromEnd = total - p;
            return fromEnd <= suffix.length ? suffix[(int) (suffix.length - fromEnd)] & 0xFF : fill;
        }
    }
}
