package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.perfeval.model.Comparator;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * A target as printed ({@code "≥98%"}, read with {@link Target#parse(String)}) or structured:
 * {@code {"comparator": "AT_LEAST", "value": 98, "unit": "%"}} (optionally {@code "symbol"} and
 * {@code "spaced"}), {@code {"lower": 80, "upper": 90, "unit": "%"}} (optionally {@code "separator"}),
 * or {@code {"word": "符合"}}.
 *
 * <p>Written printed, as reports print it.
 */
final class TargetJson {
    static final Shape SHAPE = Shape.of("a structured target",
        "comparator", "symbol", "value", "unit", "spaced", "lower", "upper", "separator", "word");

    private static final String EXPECTED = "a target: a printed string such as \"≥98%\", or an object such as "
        + "{\"comparator\": \"AT_LEAST\", \"value\": 98, \"unit\": \"%\"}, {\"lower\": 80, \"upper\": 90} or {\"word\": \"符合\"}";

    private TargetJson() {}

    static Target read(JsonParser p) throws IOException {
        return PrintedOrObject.read(p, EXPECTED, PrintedValues.TARGETS, SHAPE, TargetJson::readField,
            TargetJson::structured);
    }

    private static Object readField(JsonParser p, String field) throws IOException {
        switch (field) {
            case "comparator": return Reading.constant(p, Comparator.class);
            case "value":
            case "lower":
            case "upper": return Reading.decimal(p);
            case "unit": return UnitJson.read(p);
            case "spaced": return Reading.bool(p);
            default: return Reading.string(p);
        }
    }

    private static Target structured(Map<String, Object> f) {
        if (f.containsKey("word")) {
            PrintedOrObject.only(f, "a qualitative target", "word");
            return new Target.Qualitative((String) f.get("word"));
        }
        Optional<Unit> unit = Optional.ofNullable((Unit) f.get("unit"));
        if (f.containsKey("lower") || f.containsKey("upper")) {
            PrintedOrObject.only(f, "a range target", "lower", "upper", "unit", "separator");
            PrintedOrObject.need(f, "a range target", "lower", "upper");
            return new Target.Range((BigDecimal) f.get("lower"), (BigDecimal) f.get("upper"),
                (String) f.getOrDefault("separator", "-"), unit);
        }
        PrintedOrObject.only(f, "a quantitative target", "comparator", "symbol", "value", "unit", "spaced");
        PrintedOrObject.need(f, "a quantitative target", "comparator", "value");
        Comparator comparator = (Comparator) f.get("comparator");
        return new Target.Quantitative(comparator, (String) f.getOrDefault("symbol", comparator.symbol()),
            (BigDecimal) f.get("value"), unit, (Boolean) f.getOrDefault("spaced", false));
    }

    /**
     * Writes the printed form. The model promises {@code Target.parse(t.print()).equals(t)} for every
     * target, so the printed form reads back as the same target; the round-trip properties check it.
     */
    static void write(Target target, JsonGenerator g) throws IOException {
        g.writeString(target.print());
    }
}
