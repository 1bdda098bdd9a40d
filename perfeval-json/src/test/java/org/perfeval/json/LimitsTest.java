package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Amount;
import org.perfeval.model.Evaluation;

/** The limits refuse what no report needs and accept everything a report can need, up to the edge. */
class LimitsTest {
    private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
        + "\"kind\": \"DEPARTMENT_OVERALL\"";
    private static final BigDecimal WIDEST = new BigDecimal(
        BigInteger.TEN.pow(PerfevalJson.MAX_DECIMAL_PRECISION).subtract(BigInteger.ONE), PerfevalJson.MAX_DECIMAL_SCALE);

    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void theDecimalBoundsAreTheModelsOwn() {
        assertDoesNotThrow(() -> Amount.ofYuan(WIDEST));
        assertThrows(IllegalArgumentException.class, () -> Amount.ofYuan(WIDEST.movePointLeft(1)));
        assertThrows(IllegalArgumentException.class, () -> Amount.ofYuan(new BigDecimal(BigInteger.TEN.pow(PerfevalJson.MAX_DECIMAL_PRECISION))));
    }

    @Test
    void aDecimalOf34DigitsAnd12PlacesIsReadAndWrittenExactly() {
        String widest = WIDEST.toPlainString();
        assertEquals(35, widest.length());
        Evaluation evaluation = json.readEvaluation(HEAD + ", \"reportedTotal\": " + widest + "}");
        assertEquals(WIDEST, evaluation.reportedTotal().orElseThrow());
        assertTrue(json.write(evaluation).contains("\"reportedTotal\":" + widest));
    }

    @Test
    void oneDigitOrPlaceMoreIsRefused() {
        String tooPrecise = WIDEST.movePointLeft(1).toPlainString();
        String tooWide = new BigDecimal(BigInteger.TEN.pow(PerfevalJson.MAX_DECIMAL_PRECISION)).toPlainString();
        for (String number : new String[] {tooPrecise, tooWide}) {
            JsonInputException e = assertThrows(JsonInputException.class,
                () -> json.readEvaluation(HEAD + ", \"reportedTotal\": " + number + "}"));
            assertEquals("/reportedTotal", e.pointer());
            assertTrue(e.problem().contains("the number " + number + " is out of bounds"), e.getMessage());
        }
    }

    @Test
    void aStringOfTheLongestLengthIsRead() {
        String title = "绩".repeat(PerfevalJson.MAX_STRING_LENGTH);
        assertEquals(title, json.readEvaluation(HEAD + ", \"title\": \"" + title + "\"}").title().orElseThrow());
    }

    @Test
    void aTreeAsDeepAsTheLimitAllowsIsRead() {
        int groups = PerfevalJson.MAX_TREE_LEVELS - 1;
        assertEquals(PerfevalJson.MAX_TREE_LEVELS, json.readEvaluation(nested(groups)).nodesByPath().size());
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readEvaluation(nested(groups + 1)));
        assertTrue(e.problem().contains("the indicator tree is deeper than the limit of 12 levels"), e.getMessage());
        assertEquals("/indicators/0" + "/children/0".repeat(PerfevalJson.MAX_TREE_LEVELS), e.pointer());
    }

    @Test
    void theParserStopsAtTheNestingDepthWhatNoReaderShapeCanReach() throws Exception {
        String deep = "[".repeat(PerfevalJson.MAX_NESTING_DEPTH + 1) + "]".repeat(PerfevalJson.MAX_NESTING_DEPTH + 1);
        try (JsonParser parser = PerfevalJson.mapper().createParser(deep)) {
            StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> {
                while (parser.nextToken() != null) {
                    // read on
                }
            });
            JsonInputException translated = Errors.translate(e, parser, "an evaluation");
            assertEquals("/0".repeat(PerfevalJson.MAX_NESTING_DEPTH), translated.pointer());
            assertTrue(translated.problem().contains("deeper than the limit of 32 levels (PerfevalJson.MAX_NESTING_DEPTH)"),
                translated.getMessage());
        }
    }

    private static String nested(int groups) {
        return HEAD + ", \"indicators\": [" + "{\"name\": \"层\", \"children\": [".repeat(groups)
            + "{\"name\": \"叶\", \"actual\": \"1\"}" + "]}".repeat(groups) + "]}";
    }

    @Test
    void aDocumentAtTheByteLimitIsMeasuredInUtf8() {
        // Each 政 is three bytes of UTF-8: a third of the limit in characters is the whole limit in bytes.
        int characters = PerfevalJson.MAX_DOCUMENT_BYTES / 3;
        String text = HEAD + ", \"title\": \"" + "政".repeat(characters) + "\"}";
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readEvaluation(text));
        assertTrue(e.problem().contains("larger than the limit of 8388608 bytes"), e.getMessage());
    }
}
