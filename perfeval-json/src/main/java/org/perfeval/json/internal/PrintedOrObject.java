package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A value given either as the string a report prints ({@code "≥98%"}) or as an object of named fields
 * ({@code {"comparator": "AT_LEAST", "value": 98}}): how targets and actuals are read. The fields are
 * read first and the object's kind is decided from the fields present, so that a field of the wrong
 * kind is named in the error.
 */
final class PrintedOrObject {

    /** Reads the value of one field of the object; the parser is on its first token. */
    @FunctionalInterface
    interface FieldValue {
        Object read(JsonParser p, String field) throws IOException;
    }

    private PrintedOrObject() {}

    /**
     * @param expected what the value may be, for the error when it is neither a string nor an object
     * @param printed reads the printed string
     * @param shape the fields an object may have
     * @param field reads one field's value
     * @param structured makes the value from the fields read, or throws naming what is wrong
     * @return the value
     */
    static <T> T read(JsonParser p, String expected, Function<String, T> printed, Shape shape, FieldValue field,
            Function<Map<String, Object>, T> structured) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = Reading.string(p);
            return Reading.convert(p, printed, text);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Reading.problem(p, "expected " + expected + " but found " + Reading.describe(p));
        }
        Map<String, Object> fields = new HashMap<>();
        JsonLocation start = Reading.object(p, shape, name -> fields.put(name, field.read(p, name)));
        return Reading.convert(p, start, () -> structured.apply(fields));
    }

    /** @throws IllegalArgumentException if a field other than {@code allowed} was given for {@code what} */
    static void only(Map<String, Object> fields, String what, String... allowed) {
        for (String field : fields.keySet()) {
            if (!List.of(allowed).contains(field)) {
                throw new IllegalArgumentException(what + " has only the fields " + String.join(", ", allowed)
                    + " but \"" + field + "\" was given");
            }
        }
    }

    /** @throws IllegalArgumentException if one of {@code required} is missing for {@code what} */
    static void need(Map<String, Object> fields, String what, String... required) {
        for (String field : required) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException(what + " needs the field \"" + field + "\"");
            }
        }
    }
}
