package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;
import org.perfeval.PerfevalException;

/**
 * Strict reading of the values of a document, shared by every reader of the binding.
 *
 * <p>Each method expects the parser on the first token of the value and leaves it on the last. The
 * rules hold whatever the mapper's configuration: only the JSON type the format names is accepted
 * (no number as text, no text as number, no float as integer, no number as enum), {@code null} is
 * never a value, a field may appear once, unknown fields are errors, and every decimal is bounded
 * right after it is read.
 */
final class Reading {
    static final int MAX_PRECISION = Limits.MAX_DECIMAL_PRECISION;
    static final int MAX_SCALE = Limits.MAX_DECIMAL_SCALE;

    private static final int QUOTE_LIMIT = 60;

    private Reading() {}

    /** Reads the value of one field; the parser is on the value's first token. */
    @FunctionalInterface
    interface FieldReader {
        void read(String field) throws IOException;
    }

    /** Reads one value; the parser is on the value's first token. */
    @FunctionalInterface
    interface ValueReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Reads one object field by field. Unknown and repeated fields, {@code null} values and missing
     * required fields are errors; an error inside a field's value gets the field's name in its path.
     *
     * @return where the object starts, for errors about the object as a whole
     */
    static JsonLocation object(JsonParser p, Shape shape, FieldReader reader) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw problem(p, "expected " + shape.description + " (a JSON object) but found " + describe(p));
        }
        JsonLocation start = p.currentTokenLocation();
        long seen = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
            ended(p, token, shape.description);
            String field = p.currentName();
            try {
                int index = shape.indexOf(field);
                if (index < 0) {
                    throw problem(p, "unknown field \"" + clip(field) + "\" in " + shape.description
                        + "; expected one of " + String.join(", ", shape.fields));
                }
                if ((seen & 1L << index) != 0) {
                    throw problem(p, "duplicate field \"" + field + "\" in " + shape.description);
                }
                seen |= 1L << index;
                if (p.nextToken() == JsonToken.VALUE_NULL) {
                    throw problem(p, "null is not a value of \"" + field + "\": give a value, or omit an optional field");
                }
                reader.read(field);
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Shape.class, field);
            }
        }
        if (!shape.complete(seen)) {
            StringJoiner missing = new StringJoiner(", ");
            for (int i = 0; i < shape.fields.size(); i++) {
                if (shape.required.contains(shape.fields.get(i)) && (seen & 1L << i) == 0) {
                    missing.add(shape.fields.get(i));
                }
            }
            throw problem(p, "missing required field(s) " + missing + " in " + shape.description, start);
        }
        return start;
    }

    /** Reads an array; {@code null} elements are errors; an error in an element gets its index. */
    static <T> List<T> list(JsonParser p, String description, ValueReader<T> element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw problem(p, "expected " + description + " (a JSON array) but found " + describe(p));
        }
        List<T> values = new ArrayList<>();
        int index = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
            ended(p, token, description);
            try {
                if (token == JsonToken.VALUE_NULL) {
                    throw problem(p, "null is not an element of " + description);
                }
                values.add(element.read(p));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, List.class, index);
            }
        }
        return values;
    }

    /**
     * Reads an object whose field names are data (a rule's parameters by name), in document order.
     * Repeated names and {@code null} values are errors; an error in a value gets its name in the path.
     */
    static <T> Map<String, T> map(JsonParser p, String description, ValueReader<T> value) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw problem(p, "expected " + description + " (a JSON object) but found " + describe(p));
        }
        Map<String, T> values = new LinkedHashMap<>();
        for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
            ended(p, token, description);
            String name = p.currentName();
            try {
                unicode(p, name, "the name");
                if (values.containsKey(name)) {
                    throw problem(p, "duplicate field \"" + name + "\" in " + description);
                }
                if (p.nextToken() == JsonToken.VALUE_NULL) {
                    throw problem(p, "null is not a value of \"" + clip(name) + "\" in " + description);
                }
                values.put(name, value.read(p));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Map.class, name);
            }
        }
        return values;
    }

    /**
     * @return an ISO date such as {@code "2021-01-01"}, checked strictly (no 2021-02-30) and with a
     *     four-digit year, as the schemas' pattern {@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}$} (no {@code +12021-01-01})
     */
    static LocalDate date(JsonParser p) throws IOException {
        String text = string(p);
        if (text.length() != 10 || !isDigits(text, 0, 4) || text.charAt(4) != '-' || !isDigits(text, 5, 7)
                || text.charAt(7) != '-' || !isDigits(text, 8, 10)) {
            throw problem(p, "expected a date such as \"2021-01-01\" (a four-digit year, month and day) but found "
                + describe(p));
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw problem(p, "expected a date such as \"2021-01-01\" but found " + describe(p));
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A parser over a buffer may end where a stream parser would throw: the value is cut short either way. */
    private static void ended(JsonParser p, JsonToken token, String description) throws InputProblem {
        if (token == null) {
            throw problem(p, "the document ends inside " + description + ": it is truncated");
        }
    }

    /** @return the text of a JSON string; nothing else is accepted, and only Unicode text */
    static String string(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(p, "expected a string but found " + describe(p));
        }
        return unicode(p, p.getText(), "the string");
    }

    /**
     * Refuses text with an unpaired surrogate (<code>"&#92;ud800"</code> escaped alone): it is no Unicode
     * character, and written as UTF-8 it would become {@code ?}.
     */
    private static String unicode(JsonParser p, String text, String what) throws InputProblem {
        int at = Unicode.unpairedSurrogate(text);
        if (at >= 0) {
            throw problem(p, what + " holds an unpaired surrogate U+" + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT)
                + " at character " + (text.codePointCount(0, at) + 1) + ": expected Unicode text (an escape such as "
                + "\\ud83d must be followed by its low surrogate, such as \\ude00)");
        }
        return text;
    }

    /**
     * @return a JSON number as an exact decimal, at most {@value #MAX_PRECISION} significant digits and
     *     {@value #MAX_SCALE} decimal places; checked before any arithmetic can touch it
     */
    static BigDecimal decimal(JsonParser p) throws IOException {
        return decimal(p, MAX_PRECISION, MAX_SCALE);
    }

    /**
     * @return a value the engine computed, in a result: bounded by {@link Limits#MAX_COMPUTED_PRECISION}
     *     and {@link Limits#MAX_COMPUTED_SCALE}, what sums and ratios of decimals within the model's
     *     bounds can need
     */
    static BigDecimal computed(JsonParser p) throws IOException {
        return decimal(p, Limits.MAX_COMPUTED_PRECISION, Limits.MAX_COMPUTED_SCALE);
    }

    /** As {@link #decimal(JsonParser)}, with other bounds. */
    static BigDecimal decimal(JsonParser p, int maxPrecision, int maxScale) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problem(p, "expected a decimal number but found " + describe(p));
        }
        BigDecimal value;
        try {
            value = p.getDecimalValue();
        } catch (NumberFormatException | com.fasterxml.jackson.core.JsonParseException e) {
            // Jackson's own words here name its internals ("can not be deserialized as `java.math.BigDecimal`,
            // reason: Too many nonzero exponent digits"); the rule the number breaks is ours to say.
            throw problem(p, "the number " + clip(p.getText()) + " is out of bounds: expected at most " + maxPrecision
                + " significant digits and at most " + maxScale + " decimal places");
        }
        if (value.precision() > maxPrecision || value.scale() > maxScale || value.scale() < -MAX_SCALE) {
            throw problem(p, "the number " + p.getText() + " is out of bounds: expected at most " + maxPrecision
                + " significant digits and at most " + maxScale + " decimal places");
        }
        return value;
    }

    /** @return a JSON integer in {@code [min, max]}; a fraction such as {@code 2026.0} is not one */
    static int integer(JsonParser p, int min, int max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem(p, "expected an integer but found " + describe(p));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min || p.getIntValue() > max) {
            throw problem(p, "the integer " + p.getText() + " is out of range: expected " + min + " to " + max);
        }
        return p.getIntValue();
    }

    /** @return {@code true} or {@code false}; no number or text stands for one */
    static boolean bool(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw problem(p, "expected true or false but found " + describe(p));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** @return the constant whose name is the JSON string, exactly; no index, no other case */
    static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) throws IOException {
        String name = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        StringJoiner names = new StringJoiner(", ");
        Arrays.stream(constants).forEach(c -> names.add(c.name()));
        throw problem(p, "expected one of " + names + " but found " + describe(p));
    }

    /**
     * Converts a read value into a domain value; the domain's own check failure (an invariant, a
     * printed value it cannot read) becomes a problem at {@code where}.
     */
    static <T> T convert(JsonParser p, JsonLocation where, Supplier<T> conversion) throws JsonMappingException {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | IllegalStateException | PerfevalException e) {
            throw new InputProblem(p, e.getMessage(), where, e);
        }
    }

    /**
     * Converts the string the parser is on, which an error points at. Unlike the other
     * {@code convert}, it finds the location only for an error: most values convert.
     */
    static <T> T convert(JsonParser p, Function<String, T> conversion, String text) throws JsonMappingException {
        try {
            return conversion.apply(text);
        } catch (IllegalArgumentException | IllegalStateException | PerfevalException e) {
            throw new InputProblem(p, e.getMessage(), p.currentTokenLocation(), e);
        }
    }

    /**
     * @param field a field its shape lists but its reader has no case for
     * @return the error to throw: a reader that fed such a field to another field's case would read a
     *     document wrongly without a word
     */
    static IllegalStateException noCase(String field) {
        return new IllegalStateException("the field \"" + field + "\" is listed in its shape but no reader case reads it");
    }

    static InputProblem problem(JsonParser p, String problem) {
        return new InputProblem(p, problem, p.currentTokenLocation(), null);
    }

    static InputProblem problem(JsonParser p, String problem, JsonLocation where) {
        return new InputProblem(p, problem, where, null);
    }

    /** @return the current value as a message names it: {@code the string "abc"}, {@code an object} */
    static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "the end of the document";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "the string \"" + clip(p.getText()) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "the number " + p.getText();
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            case VALUE_NULL: return "null";
            default: return "\"" + clip(p.getText()) + "\"";
        }
    }

    /** @return the text, cut to a length a message can carry */
    static String clip(String text) {
        if (text.length() <= QUOTE_LIMIT) {
            return text;
        }
        // Never between the two halves of a character beyond the BMP.
        int end = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
