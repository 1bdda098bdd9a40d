package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Rating;
import org.perfeval.model.Unit;

/**
 * An actual as printed ({@code "100%"}, {@code "达成预期指标"}, {@code "不适用"}, {@code ""} for a blank
 * cell; read with {@link Actual#parse(String)}) or structured: {@code {"value": 100, "unit": "%"}}
 * (optionally {@code "spaced"}), {@code {"rating": "ACHIEVED"}} (optionally {@code "words"}) or
 * {@code {"text": "按时完成"}}. A cell that cannot be read is {@code {"unreadable": "ILLEGIBLE"}} or
 * {@code {"unreadable": "CUT_OFF"}}, distinct from {@code ""}, a blank cell.
 *
 * <p>Written printed, as reports print it; an unreadable cell, which has no printed form, as its object.
 */
final class ActualJson {
    static final Shape SHAPE = Shape.of("a structured actual", "value", "unit", "spaced", "rating", "words", "text",
        "unreadable");

    private static final String EXPECTED = "an actual: a printed string such as \"100%\", \"达成预期指标\" or \"\", "
        + "or an object such as {\"value\": 100, \"unit\": \"%\"}, {\"rating\": \"ACHIEVED\"} or {\"text\": \"按时完成\"}, "
        + "or {\"unreadable\": \"ILLEGIBLE\"} for a cell that cannot be read";

    private ActualJson() {}

    static Actual read(JsonParser p) throws IOException {
        return PrintedOrObject.read(p, EXPECTED, PrintedValues.ACTUALS, SHAPE, ActualJson::readField,
            ActualJson::structured);
    }

    private static Object readField(JsonParser p, String field) throws IOException {
        switch (field) {
            case "value": return Reading.decimal(p);
            case "unit": return UnitJson.read(p);
            case "spaced": return Reading.bool(p);
            case "rating": return Reading.constant(p, Rating.class);
            case "unreadable": return Reading.constant(p, Actual.Unreadable.Reason.class);
            default: return Reading.string(p);
        }
    }

    private static Actual structured(Map<String, Object> f) {
        if (f.containsKey("unreadable")) {
            PrintedOrObject.only(f, "an unreadable actual", "unreadable");
            return Actual.unreadable((Actual.Unreadable.Reason) f.get("unreadable"));
        }
        if (f.containsKey("text")) {
            PrintedOrObject.only(f, "a described actual", "text");
            return new Actual.Described((String) f.get("text"));
        }
        if (f.containsKey("rating") || f.containsKey("words")) {
            PrintedOrObject.only(f, "a rated actual", "rating", "words");
            PrintedOrObject.need(f, "a rated actual", "rating");
            Rating rating = (Rating) f.get("rating");
            return new Actual.Rated(rating, (String) f.getOrDefault("words", rating.canonicalWords()));
        }
        PrintedOrObject.only(f, "a measured actual", "value", "unit", "spaced");
        PrintedOrObject.need(f, "a measured actual", "value");
        return new Actual.Measured((BigDecimal) f.get("value"), Optional.ofNullable((Unit) f.get("unit")),
            (Boolean) f.getOrDefault("spaced", false));
    }

    /**
     * Writes the printed form. The model promises {@code Actual.parse(a.print()).equals(a)} for every
     * actual, so the printed form reads back as the same actual; the round-trip properties check it.
     */
    static void write(Actual actual, JsonGenerator g) throws IOException {
        if (actual instanceof Actual.Unreadable) {
            g.writeStartObject();
            g.writeStringField("unreadable", ((Actual.Unreadable) actual).reason().name());
            g.writeEndObject();
            return;
        }
        g.writeString(actual.print());
    }
}
