package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.json.ResultForm;

/**
 * Checks that a summary holds what its full result document says: the summary of that document read
 * back is the same, digit for digit. perfeval-json's tests derive each field of a summary from its
 * full result; these check the documents of this module against that, through the public API.
 */
public final class Summaries {
    private static final PerfevalJson JSON = PerfevalJson.create();
    /** Trees that keep every digit: exact decimals, trailing zeros kept. */
    private static final ObjectMapper TREES = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    private Summaries() {}

    /**
     * @param full a full result document
     * @param summary its summary
     * @param line the input line the summary must name, or 0 if it must name none
     */
    public static void assertSummaryOf(String full, String summary, long line) {
        ObjectNode written = (ObjectNode) tree(summary);
        JsonNode named = written.remove("line");
        assertEquals(line > 0 ? String.valueOf(line) : null, named == null ? null : named.asText(), summary);
        assertEquals(tree(JSON.write(JSON.readResult(full), ResultForm.SUMMARY)), written);
    }

    /** @return the document as a tree that keeps every digit */
    public static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
