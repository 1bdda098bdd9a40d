package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Rating;
import org.perfeval.model.Unit;

/**
 * An actual as printed ({@code "100%"}, {@code "达成预期指标"}, {@code "不适用"}, {@code ""} for a blank
 * cell; read with {@link Actual#parse(String)}) or structured: {@code {"value": 100, "unit": "%"}}
 * (optionally {@code "spaced"}), {@code {"rating": "ACHIEVED"}} (optionally {@code "words"}) or
 * {@code {"text": "按时完成"}}.
 *
 * <p>Written printed, as reports print it.
 */
final class ActualJson {
    static final Shape SHAPE = Shape.of("a structured actual", "value", "unit", "spaced", "rating", "words", "text");

    private static final String EXPECTED = "an actual: a printed string such as \"100%\", \"达成预期指标\" or \"\", "
        + "or an object such as {\"value\": 100, \"unit\": \"%\"}, {\"rating\": \"ACHIEVED\"} or {\"text\": \"按时完成\"}";

    private ActualJson() {}

    static Actual read(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String printed = Reading.string(p);
            return Reading.convert(p, p.currentTokenLocation(), () -> PrintedValues.ACTUALS.parse(printed));
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Reading.problem(p, "expected " + EXPECTED + " but found " + Reading.describe(p));
        }
        Map<String, Object> fields = new HashMap<>();
        JsonLocation start = Reading.object(p, SHAPE, field -> fields.put(field, readField(p, field)));
        return Reading.convert(p, start, () -> structured(fields));
    }

    private static Object readField(JsonParser p, String field) throws IOException {
        switch (field) {
            case "value": return Reading.decimal(p);
            case "unit": return UnitJson.read(p);
            case "spaced": return Reading.bool(p);
            case "rating": return Reading.constant(p, Rating.class);
            default: return Reading.string(p);
        }
    }

    private static Actual structured(Map<String, Object> f) {
        if (f.containsKey("text")) {
            only(f, "a described actual", "text");
            return new Actual.Described((String) f.get("text"));
        }
        if (f.containsKey("rating") || f.containsKey("words")) {
            only(f, "a rated actual", "rating", "words");
            if (!f.containsKey("rating")) {
                throw new IllegalArgumentException("a rated actual needs the field \"rating\"");
            }
            Rating rating = (Rating) f.get("rating");
            return new Actual.Rated(rating, (String) f.getOrDefault("words", rating.canonicalWords()));
        }
        only(f, "a measured actual", "value", "unit", "spaced");
        if (!f.containsKey("value")) {
            throw new IllegalArgumentException("a measured actual needs the field \"value\"");
        }
        return new Actual.Measured((BigDecimal) f.get("value"), Optional.ofNullable((Unit) f.get("unit")),
            (Boolean) f.getOrDefault("spaced", false));
    }

    private static void only(Map<String, Object> fields, String what, String... allowed) {
        for (String field : fields.keySet()) {
            if (!List.of(allowed).contains(field)) {
                throw new IllegalArgumentException(what + " has only the fields " + String.join(", ", allowed)
                    + " but \"" + field + "\" was given");
            }
        }
    }

    /**
     * Writes the printed form. The model promises {@code Actual.parse(a.print()).equals(a)} for every
     * actual, so the printed form reads back as the same actual; the round-trip properties check it.
     */
    static void write(Actual actual, JsonGenerator g) throws IOException {
        g.writeString(actual.print());
    }
}
