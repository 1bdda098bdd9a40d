package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * Bytes in and out are the text in and out, encoded: the same documents, the same errors; only what
 * lies beyond the Basic Multilingual Plane is escaped in bytes.
 */
class StreamsTest {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final Evaluator ENGINE = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());

    static Stream<Evaluation> reports() {
        return Stream.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aDocumentWrittenToAStreamIsItsTextInUtf8(Evaluation report) throws IOException {
        EvaluationResult result = ENGINE.evaluate(report);
        for (PerfevalJson json : new PerfevalJson[] {JSON, JSON.withPrettyPrinting()}) {
            assertArrayEquals(json.write(report).getBytes(StandardCharsets.UTF_8), bytes(json, report));
            assertArrayEquals(json.write(result).getBytes(StandardCharsets.UTF_8), bytes(json, result));
        }
    }

    @Test
    void textBeyondTheBasicPlaneIsItsUtf8InBytesAndReadsBack() throws IOException {
        Evaluation report = Evaluation.builder().unit("单位 😀").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .build();
        byte[] bytes = bytes(JSON, report);
        assertArrayEquals(JSON.write(report).getBytes(StandardCharsets.UTF_8), bytes);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"unit\":\"单位 😀\""));
        assertEquals(report, JSON.readEvaluation(new ByteArrayInputStream(bytes)));
        assertEquals(report, JSON.readEvaluation(JSON.write(report)));
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsItsEscapeAndRefusedOnReading() throws IOException {
        // A model built in code may hold one; it has no UTF-8 form, and a document must be Unicode text.
        Evaluation report = Evaluation.builder().unit("单位\uD800").year(2021).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .build();
        byte[] bytes = bytes(JSON, report);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"unit\":\"单位\\ud800\""));
        JsonInputException e = assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(new ByteArrayInputStream(bytes)));
        assertEquals("/unit", e.pointer());
    }

    @Test
    void writingLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JSON.write(SeedReports.potou2022(), out);
        JSON.write(ENGINE.evaluate(SeedReports.potou2022()), out);
        assertFalse(closed[0]);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aDocumentReadFromBytesIsTheDocumentReadFromText(Evaluation report) throws IOException {
        String text = JSON.withPrettyPrinting().write(report);
        Evaluation fromText = JSON.readEvaluation(text);
        assertEquals(fromText, JSON.readEvaluation(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        byte[] marked = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(fromText, JSON.readEvaluation(new ByteArrayInputStream(marked)));
        String result = JSON.write(ENGINE.evaluate(report));
        assertEquals(JSON.readResult(result), JSON.readResult(new ByteArrayInputStream(result.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * However a stream gives its bytes: all it says it holds, fewer than it holds, or a few at a time
     * without saying how many; a stream that stops early is not read past its end.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 4096})
    void aStreamThatGivesItsBytesInPiecesReadsAsTheText(int said) throws IOException {
        String text = JSON.write(SeedReports.guancheng2022());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                return Math.min(said, super.available());
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 5));
            }
        };
        assertEquals(JSON.readEvaluation(text), JSON.readEvaluation(trickle));
        assertEquals(-1, trickle.read());
    }

    /** Columns count characters, not bytes, whichever way the document comes: 数量 is two characters and six bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"amount-in-percent.json", "array-at-top.json", "blank.json", "comment.json", "deep-nesting.json",
        "duplicate-key-last.json", "duplicate-key-nested.json", "duplicate-key.json", "empty.json", "group-with-target.json",
        "huge-exponent-amount.json", "huge-exponent.json", "income-source-twice.json", "infinity.json", "leading-zeros.json",
        "leaf-without-actual.json", "malformed-number.json", "missing-required.json", "mixed-structured-target.json",
        "nan.json", "negative-points.json", "null-document.json", "null-element.json", "null-required.json",
        "single-quotes.json", "trailing-comma.json", "truncated.json", "two-documents.json",
        "unknown-field.json", "unreadable-target.json", "unsupported-schema-version.json", "wrong-type-actual-number.json",
        "wrong-type-boolean-string.json", "wrong-type-kind-index.json", "wrong-type-object-for-array.json",
        "wrong-type-points-string.json", "wrong-type-year-fraction.json", "wrong-type-year-string.json"})
    void aBadDocumentGetsTheSameErrorFromBytesAsFromText(String file) {
        byte[] document = Resources.bytes("hostile/" + file);
        JsonInputException fromText = assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(new String(document, StandardCharsets.UTF_8)));
        JsonInputException fromBytes = assertThrows(JsonInputException.class,
            () -> JSON.readEvaluation(new ByteArrayInputStream(document)));
        assertEquals(fromText.getMessage(), fromBytes.getMessage());
        assertEquals(fromText.line(), fromBytes.line());
        assertEquals(fromText.column(), fromBytes.column());
    }

    @Test
    void theColumnAfterChineseTextCountsCharacters() {
        byte[] document = "{\"schemaVersion\": \"1.0\", \"unit\": \"金水区政务服务中心\", \"year\": \"2021\"}".getBytes(StandardCharsets.UTF_8);
        JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.readEvaluation(new ByteArrayInputStream(document)));
        assertEquals(1, e.line());
        assertEquals(55, e.column());
    }

    private static byte[] bytes(PerfevalJson json, Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (value instanceof Evaluation) {
            json.write((Evaluation) value, out);
        } else {
            json.write((EvaluationResult) value, out);
        }
        return out.toByteArray();
    }
}
