package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writing the values of a document: decimals as exact number text, absent values left out. */
final class Writing {
    private Writing() {}

    /** Writes one value; the generator expects a value. */
    @FunctionalInterface
    interface ValueWriter<T> {
        void write(T value, JsonGenerator generator) throws IOException;
    }

    /**
     * The exact text of a decimal: plain digits ({@code 918.886283}, {@code 84.50}, never
     * {@code 9.18886283E+2}) whenever the scale is not negative, which is every decimal a report
     * prints; a negative scale ({@code 1E+3}, only made by code or read from exponent notation) keeps
     * its exponent, because the plain form would read back with another scale. Never via double.
     */
    static String exact(BigDecimal value) {
        return value.scale() >= 0 ? value.toPlainString() : value.toString();
    }

    static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(exact(value));
    }

    static void decimal(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(g, field, value.get());
        }
    }

    static void string(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    static void constant(JsonGenerator g, String field, Enum<?> value) throws IOException {
        g.writeStringField(field, value.name());
    }

    static <T> void optional(JsonGenerator g, String field, Optional<T> value, ValueWriter<? super T> writer)
            throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(field);
            writer.write(value.get(), g);
        }
    }

    /** Writes a non-empty map keyed by names as an object in its order; an empty one is left out. */
    static <T> void map(JsonGenerator g, String field, Map<String, ? extends T> values, ValueWriter<? super T> writer)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
            g.writeFieldName(entry.getKey());
            writer.write(entry.getValue(), g);
        }
        g.writeEndObject();
    }

    static void decimal(BigDecimal value, JsonGenerator g) throws IOException {
        g.writeNumber(exact(value));
    }

    /** Writes a non-empty list; an empty one is left out, as reading an absent array gives an empty list. */
    static <T> void list(JsonGenerator g, String field, List<? extends T> values, ValueWriter<? super T> writer)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (T value : values) {
            writer.write(value, g);
        }
        g.writeEndArray();
    }
}
