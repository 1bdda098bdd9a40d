package org.perfeval.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfeval.json.internal.InputProblem;


/**
 * Turns what Jackson throws into one {@link JsonInputException}: the pointer, line and column of the
 * bad value and a message in the format's own words, never Jackson's class or feature names.
 */
final class Errors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern HINT = Pattern.compile("\\s*\\(?[:;,]?\\s*(?:enable|disable)\\s+`[^`]*`(?:\\s+to\\s+\\w+)?\\)?");
    private static final Pattern FEATURE = Pattern.compile("\\s*\\([^()]*Feature '[^']*'[^()]*\\)");
    private static final Pattern FROM = Pattern.compile("\\s*\\(from `[^`]*`\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker at )?\\[Source:[^\\]]*\\]\\)?");
    private static final Pattern QUOTED_NAME = Pattern.compile("`([^`]*)`");

    private Errors() {}

    /**
     * @param e what Jackson threw
     * @param parser the parser of the document, where it stopped
     * @param description the document kind, such as {@code "an evaluation"}
     */
    static JsonInputException translate(JsonProcessingException e, JsonParser parser, String description) {
        if (e instanceof InputProblem) {
            InputProblem problem = (InputProblem) e;
            return at(pointer(problem.getPath()), location(e, parser), problem.problem(), problem.domainCause());
        }
        if (e instanceof JsonMappingException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String problem = isTrailingToken(mapping)
                ? "unexpected content (\"" + excerpt(parser) + "\") after the end of " + description
                    + ": expected the end of the input; send one document per input"
                : clean(e.getOriginalMessage());
            return at(pointer(mapping.getPath()), location(e, parser), problem, null);
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return at(pointer, location(e, parser), streamProblem(e, parser), null);
    }

    /** A refusal of the model that no reader turned into a problem where it stands: located where the parser is. */
    static JsonInputException escaped(RuntimeException e, JsonParser parser) {
        String message = e.getMessage() == null ? "the document breaks a rule of the model" : e.getMessage();
        if (parser == null) {
            return new JsonInputException("", 0, 0, message, e);
        }
        JsonLocation location = parser.currentLocation();
        return new JsonInputException(parser.getParsingContext().pathAsPointer().toString(), location.getLineNr(),
            location.getColumnNr(), message, e);
    }

    static JsonInputException empty(String description) {
        return new JsonInputException("", 1, 1, "no content: expected " + description + " (a JSON object)", null);
    }

    private static JsonInputException at(String pointer, JsonLocation location, String problem, Throwable cause) {
        return new JsonInputException(pointer, location.getLineNr(), location.getColumnNr(), problem, cause);
    }

    /** The RFC 6901 pointer of a mapping path, escaping {@code ~} and {@code /} in names. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0 ? location : parser.currentLocation();
    }

    private static String excerpt(JsonParser parser) {
        try {
            String text = parser.getText();
            return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isTrailingToken(JsonMappingException e) {
        return e instanceof MismatchedInputException && e.getPath().isEmpty()
            && e.getOriginalMessage().startsWith("Trailing token");
    }

    /** Problems found while tokenizing: malformed JSON, limits, truncation. */
    private static String streamProblem(JsonProcessingException e, JsonParser parser) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message, parser.streamReadConstraints());
        }
        if (e instanceof JsonEOFException) {
            return truncated((JsonEOFException) e, parser);
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.lookingAt()) {
            return "duplicate field \"" + duplicate.group(1) + "\": a field may appear only once in an object";
        }
        Matcher nonStandard = NON_STANDARD.matcher(message);
        if (nonStandard.lookingAt()) {
            return nonStandard.group(1) + " is not a JSON value: expected a finite decimal number such as 918.886283, "
                + "a string, an object, an array, true or false";
        }
        return clean(message);
    }

    private static String limit(String message, StreamReadConstraints limits) {
        int maxNumberLength = limits.getMaxNumberLength();
        if (message.startsWith("Document nesting depth")) {
            return "the document nests objects and arrays deeper than the limit of " + PerfevalJson.MAX_NESTING_DEPTH
                + " levels (PerfevalJson.MAX_NESTING_DEPTH)";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than the limit of " + PerfevalJson.MAX_STRING_LENGTH
                + " characters (PerfevalJson.MAX_STRING_LENGTH)";
        }
        if (message.startsWith("Number value length")) {
            return maxNumberLength == PerfevalJson.MAX_RESULT_NUMBER_LENGTH
                ? "a number is longer than the limit of " + maxNumberLength + " characters (PerfevalJson.MAX_RESULT_NUMBER_LENGTH)"
                : "a number is longer than the limit of " + maxNumberLength + " characters (PerfevalJson.MAX_NUMBER_LENGTH)";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than the limit of " + PerfevalJson.MAX_NAME_LENGTH
                + " characters (PerfevalJson.MAX_NAME_LENGTH)";
        }
        if (message.startsWith("Token count")) {
            return limits.getMaxTokenCount() == PerfevalJson.MAX_RESULT_TOKEN_COUNT
                ? "the document has more than the limit of " + limits.getMaxTokenCount() + " tokens (PerfevalJson.MAX_RESULT_TOKEN_COUNT)"
                : "the document has more than the limit of " + limits.getMaxTokenCount() + " tokens (PerfevalJson.MAX_TOKEN_COUNT)";
        }
        if (message.startsWith("Document length")) {
            return limits.getMaxDocumentLength() == PerfevalJson.MAX_RESULT_DOCUMENT_BYTES
                ? "the document is larger than the limit of " + limits.getMaxDocumentLength() + " bytes (PerfevalJson.MAX_RESULT_DOCUMENT_BYTES)"
                : "the document is larger than the limit of " + limits.getMaxDocumentLength() + " bytes (PerfevalJson.MAX_DOCUMENT_BYTES)";
        }
        return "the document is beyond a limit of the reader: " + clean(message);
    }

    private static String truncated(JsonEOFException e, JsonParser parser) {
        if (e.getTokenBeingDecoded() == JsonToken.VALUE_STRING) {
            return "the document ends inside a string: it is truncated";
        }
        JsonStreamContext open = parser.getParsingContext();
        if (open == null || open.inRoot()) {
            return "the document ends before its value is complete: it is truncated";
        }
        JsonLocation start = open.startLocation(ContentReference.unknown());
        return "the document ends before the " + (open.inObject() ? "object" : "array") + " that starts at line "
            + start.getLineNr() + ", column " + start.getColumnNr() + " is closed: it is truncated";
    }

    /** Jackson's own words for a malformed token, without its hints, class names or source excerpts. */
    static String clean(String message) {
        String cleaned = HINT.matcher(message).replaceAll("");
        cleaned = FEATURE.matcher(cleaned).replaceAll("");
        cleaned = FROM.matcher(cleaned).replaceAll("");
        cleaned = SOURCE.matcher(cleaned).replaceAll("");
        cleaned = QUOTED_NAME.matcher(cleaned).replaceAll(m -> m.group(1).contains(".") ? "a value" : Matcher.quoteReplacement(m.group(1)));
        cleaned = cleaned.strip();
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (cleaned.isEmpty() || lower.contains("jackson") || lower.contains("fasterxml") || lower.contains("feature")
                || cleaned.contains("Immutable") || cleaned.contains("$")) {
            return "the input is not valid JSON here";
        }
        return Character.toLowerCase(cleaned.charAt(0)) + cleaned.substring(1);
    }
}
