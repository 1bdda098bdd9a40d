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
import org.perfeval.PerfevalException;
import org.perfeval.model.Comparator;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * A target as printed ({@code "≥98%"}, read with {@link Target#parse(String)}) or structured:
 * {@code {"comparator": "AT_LEAST", "value": 98, "unit": "%"}} (optionally {@code "symbol"} and
 * {@code "spaced"}), {@code {"lower": 80, "upper": 90, "unit": "%"}} (optionally {@code "separator"}),
 * or {@code {"word": "符合"}}.
 *
 * <p>Written printed, unless the printed form would read back as another target (a qualitative word
 * that looks like a number, a number with a negative scale): then structured, which reads back exactly.
 */
final class TargetJson {
    static final Shape SHAPE = Shape.of("a structured target",
        "comparator", "symbol", "value", "unit", "spaced", "lower", "upper", "separator", "word");

    private static final String EXPECTED = "a target: a printed string such as \"≥98%\", or an object such as "
        + "{\"comparator\": \"AT_LEAST\", \"value\": 98, \"unit\": \"%\"}, {\"lower\": 80, \"upper\": 90} or {\"word\": \"符合\"}";

    private TargetJson() {}

    static Target read(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String printed = p.getText();
            return Reading.convert(p, p.currentTokenLocation(), () -> Target.parse(printed));
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
            only(f, "a qualitative target", "word");
            return new Target.Qualitative((String) f.get("word"));
        }
        Optional<Unit> unit = Optional.ofNullable((Unit) f.get("unit"));
        if (f.containsKey("lower") || f.containsKey("upper")) {
            only(f, "a range target", "lower", "upper", "unit", "separator");
            need(f, "a range target", "lower", "upper");
            return new Target.Range((BigDecimal) f.get("lower"), (BigDecimal) f.get("upper"),
                (String) f.getOrDefault("separator", "-"), unit);
        }
        only(f, "a quantitative target", "comparator", "symbol", "value", "unit", "spaced");
        need(f, "a quantitative target", "comparator", "value");
        Comparator comparator = (Comparator) f.get("comparator");
        return new Target.Quantitative(comparator, (String) f.getOrDefault("symbol", comparator.symbol()),
            (BigDecimal) f.get("value"), unit, (Boolean) f.getOrDefault("spaced", false));
    }

    private static void only(Map<String, Object> fields, String what, String... allowed) {
        for (String field : fields.keySet()) {
            if (!List.of(allowed).contains(field)) {
                throw new IllegalArgumentException(what + " has only the fields " + String.join(", ", allowed)
                    + " but \"" + field + "\" was given");
            }
        }
    }

    private static void need(Map<String, Object> fields, String what, String... required) {
        for (String field : required) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException(what + " needs the field \"" + field + "\"");
            }
        }
    }

    static void write(Target target, JsonGenerator g) throws IOException {
        if (readsBack(target)) {
            g.writeString(target.print());
            return;
        }
        g.writeStartObject();
        if (target instanceof Target.Qualitative) {
            g.writeStringField("word", ((Target.Qualitative) target).word());
        } else if (target instanceof Target.Range) {
            Target.Range range = (Target.Range) target;
            Writing.decimal(g, "lower", range.lower());
            Writing.decimal(g, "upper", range.upper());
            Writing.optional(g, "unit", range.unit(), UnitJson::write);
            g.writeStringField("separator", range.separator());
        } else {
            Target.Quantitative quantity = (Target.Quantitative) target;
            Writing.constant(g, "comparator", quantity.comparator());
            g.writeStringField("symbol", quantity.symbol());
            Writing.decimal(g, "value", quantity.value());
            Writing.optional(g, "unit", quantity.unit(), UnitJson::write);
            g.writeBooleanField("spaced", quantity.spaced());
        }
        g.writeEndObject();
    }

    private static boolean readsBack(Target target) {
        try {
            return Target.parse(target.print()).equals(target);
        } catch (IllegalArgumentException | PerfevalException e) {
            return false;
        }
    }
}
