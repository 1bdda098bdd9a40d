package org.perfeval.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.perfeval.PerfevalException;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.internal.Limits;
import org.perfeval.json.internal.ResultSummaryJson;
import org.perfeval.json.internal.Unicode;
import org.perfeval.model.Evaluation;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * Reads and writes perfeval's JSON documents: evaluations, rule sets and results.
 *
 * <pre>{@code
 * PerfevalJson json = PerfevalJson.create();
 * Evaluation evaluation = json.readEvaluation(Files.newInputStream(path));
 * String text = json.withPrettyPrinting().write(evaluation);
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>Reading is meant for documents from other systems and trusts none of them. A document must be
 * UTF-8 (a leading byte order mark is ignored), one JSON value and nothing after it, within every
 * limit below; every value must have the JSON type the format names; unknown and repeated fields,
 * {@code null} values and missing required fields are errors; every string must be Unicode text (a
 * surrogate escaped without its pair, such as <code>"&#92;ud800"</code>, is refused); every decimal is bounded to
 * {@value #MAX_DECIMAL_PRECISION} significant digits and {@value #MAX_DECIMAL_SCALE} decimal places as
 * soon as it is read. Every failure, the domain's own invariants included, is a
 * {@link JsonInputException} with the JSON Pointer, line and column of the bad value. A report that
 * scores badly or whose points do not add up is a valid document: the audit reports it.
 *
 * <h2>Writing</h2>
 *
 * <p>Writing keeps every field and every digit: decimals are written as exact number text
 * ({@code 918.886283}, {@code 84.50}), never through {@code double}. Output is UTF-8 and deterministic:
 * the field order is fixed by the format, nothing depends on hash order, locale or time zone. Absent
 * optional values and empty arrays are left out; reading treats an absent array as empty. A string that
 * holds a surrogate without its pair (possible in a model built in code) has no UTF-8 form: it is written
 * as its escape (<code>&#92;udfff</code>), never replaced, and reading refuses it. A result may instead
 * be written as its summary ({@link ResultForm#SUMMARY}), which leaves out the traces, metrics, messages
 * and the evaluation by design and keeps every digit of what it holds.
 *
 * <p>Instances are immutable and thread-safe; {@link #withPrettyPrinting()} returns a copy.
 */
public final class PerfevalJson {
    /** The schema version every document this library writes carries, and the only one it reads. */
    public static final String SCHEMA_VERSION = Limits.SCHEMA_VERSION;

    /** Largest document, in bytes of UTF-8: 8 MiB, about a thousand times a 50-indicator report. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /**
     * Most levels of an indicator tree: reports have 3 (一级, 二级, 三级), rarely 4. The cap keeps every
     * document built on a tree, the result of scoring it included, within {@link #MAX_NESTING_DEPTH}.
     */
    public static final int MAX_TREE_LEVELS = Limits.MAX_TREE_LEVELS;
    /**
     * Deepest nesting of objects and arrays: the result of scoring an evaluation whose tree has
     * {@value #MAX_TREE_LEVELS} levels nests at most 29 deep. A backstop for the parser: the readers refuse a
     * value of the wrong shape before it can nest further.
     */
    public static final int MAX_NESTING_DEPTH = 32;
    /**
     * Longest number, in characters. A decimal of {@value #MAX_DECIMAL_PRECISION} digits with sign,
     * point and exponent fits; a thousand-digit number does not get near {@code BigDecimal}.
     */
    public static final int MAX_NUMBER_LENGTH = 50;
    /** Longest string, in characters: a deviation note or a project's purpose is a few hundred. */
    public static final int MAX_STRING_LENGTH = 65_536;
    /** Longest field name, in characters: the format's longest is under 30. */
    public static final int MAX_NAME_LENGTH = 256;
    /**
     * Most tokens (names, values, brackets) in one document: a 50-indicator report has about 1,000, the
     * result of scoring it a few thousand. Bounds the work a document can ask for.
     */
    public static final int MAX_TOKEN_COUNT = 200_000;
    /** Most significant digits of a decimal, the domain model's bound. */
    public static final int MAX_DECIMAL_PRECISION = Limits.MAX_DECIMAL_PRECISION;
    /** Most decimal places of a decimal, the domain model's bound. */
    public static final int MAX_DECIMAL_SCALE = Limits.MAX_DECIMAL_SCALE;
    /**
     * Most decimal places of a computed value in a result (a node's points, a sum, a metric's ratio, a
     * finding's figure, a trace's raw value): the engine divides at 20 places (truncated) and multiplies
     * by points of up to {@value #MAX_DECIMAL_SCALE}, and the trace keeps the raw value so, before it is
     * rounded.
     */
    public static final int MAX_COMPUTED_SCALE = Limits.MAX_COMPUTED_SCALE;
    /**
     * Most significant digits of a computed value in a result. Decimals within the bounds above are
     * below 10^46 and multiples of 10^-12; a sum of as many of them as a document can hold, turned from
     * 万元 into 元, stays below 10^55, and a ratio of two such sums below 10^67, which is 79 digits at 12
     * places; a trace's raw value at {@value #MAX_COMPUTED_SCALE} places stays within 90 digits too. What
     * the engine computes from any document it reads can so be read back.
     */
    public static final int MAX_COMPUTED_PRECISION = Limits.MAX_COMPUTED_PRECISION;
    /**
     * Most indicator nodes in one evaluation document: groups and leaves, the projects' trees included.
     * Reports have 10 to 50 (Jinshui 2021 has 45). The cap bounds the work of scoring a document and the
     * size of its result: the result of scoring 1,000 indicators stays well within the limits below.
     */
    public static final int MAX_INDICATORS = Limits.MAX_INDICATORS;

    /*
     * A result holds the evaluation it scores and, for each indicator, its path, points, trace and
     * findings: a derived document, larger than its evaluation (about seven times for Jinshui 2021).
     * Results are read with limits of their own, so that the result of every evaluation this class
     * reads can be read back.
     */

    /**
     * Largest result document, in bytes of UTF-8: four times {@link #MAX_DOCUMENT_BYTES}. The result of
     * an evaluation at that limit repeats the evaluation and its notes once more, and adds at most
     * {@value #MAX_INDICATORS} node results.
     */
    public static final int MAX_RESULT_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_BYTES;
    /**
     * Most tokens in one result document: five times {@link #MAX_TOKEN_COUNT}; a node result with its
     * trace and findings has about 70 tokens, a few hundred at most.
     */
    public static final int MAX_RESULT_TOKEN_COUNT = 5 * MAX_TOKEN_COUNT;
    /**
     * Longest number in a result document, in characters: a computed value of
     * {@value #MAX_COMPUTED_PRECISION} digits with sign and point fits. Evaluations and rule sets keep
     * {@link #MAX_NUMBER_LENGTH}.
     */
    public static final int MAX_RESULT_NUMBER_LENGTH = 100;

    private static final ObjectMapper MAPPER = newMapper(MAX_DOCUMENT_BYTES, MAX_TOKEN_COUNT, MAX_NUMBER_LENGTH);
    /** The mapper for results: the larger limits of a derived document; otherwise as strict. */
    private static final ObjectMapper RESULTS = newMapper(MAX_RESULT_DOCUMENT_BYTES, MAX_RESULT_TOKEN_COUNT,
        MAX_RESULT_NUMBER_LENGTH);
    private static final Map<Class<?>, ObjectReader> READERS = Map.of(
        Evaluation.class, MAPPER.readerFor(Evaluation.class),
        RuleSet.class, MAPPER.readerFor(RuleSet.class),
        SelfEvaluationTable.class, MAPPER.readerFor(SelfEvaluationTable.class));
    private static final ObjectReader RESULT_READER = RESULTS.readerFor(EvaluationResult.class);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());
    private static final ObjectWriter COMPACT_STREAM = COMPACT.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter PRETTY_STREAM = PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final boolean pretty;

    private PerfevalJson(boolean pretty) {
        this.pretty = pretty;
    }

    /** @return a reader and writer with compact output */
    public static PerfevalJson create() {
        return new PerfevalJson(false);
    }

    /** @return a copy that writes indented output, two spaces per level, {@code \n} line ends, a final {@code \n} */
    public PerfevalJson withPrettyPrinting() {
        return new PerfevalJson(true);
    }

    /** @return a copy that writes compact output on one line */
    public PerfevalJson withCompactOutput() {
        return new PerfevalJson(false);
    }

    /** @return whether this instance writes indented output */
    public boolean isPrettyPrinting() {
        return pretty;
    }

    /**
     * Reads an evaluation document.
     *
     * @param json the document, not null
     * @return the evaluation
     * @throws JsonInputException if the document cannot be read; see the class description
     */
    public Evaluation readEvaluation(String json) {
        return read(Input.check(requireNonNull(json, "json")), Evaluation.class, "an evaluation");
    }

    /**
     * Reads an evaluation document from UTF-8 bytes. Reads no more than {@link #MAX_DOCUMENT_BYTES} and
     * one byte; does not close the stream.
     *
     * @param utf8 the document, not null
     * @return the evaluation
     * @throws JsonInputException if the document cannot be read; see the class description
     * @throws IOException if reading the stream fails
     */
    public Evaluation readEvaluation(InputStream utf8) throws IOException {
        return readBytes(Input.read(requireNonNull(utf8, "utf8"), false), Evaluation.class, "an evaluation");
    }

    /**
     * Writes an evaluation document.
     *
     * @param evaluation the evaluation, not null
     * @return the document
     */
    public String write(Evaluation evaluation) {
        return writeString(requireNonNull(evaluation, "evaluation"));
    }

    /**
     * Writes an evaluation document as UTF-8; does not close the stream.
     *
     * @param evaluation the evaluation, not null
     * @param out where to write, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        writeBytes(requireNonNull(evaluation, "evaluation"), requireNonNull(out, "out"));
    }

    /**
     * Reads a table document: a printed self-evaluation table, cell by cell as printed
     * ({@code table.schema.json}).
     *
     * @param json the document, not null
     * @return the table
     * @throws JsonInputException if the document cannot be read; see the class description
     */
    public SelfEvaluationTable readTable(String json) {
        return read(Input.check(requireNonNull(json, "json")), SelfEvaluationTable.class, "a table");
    }

    /**
     * Reads a table document from UTF-8 bytes, as {@link #readTable(String)}. Reads no more than
     * {@link #MAX_DOCUMENT_BYTES} and one byte; does not close the stream.
     *
     * @param utf8 the document, not null
     * @return the table
     * @throws JsonInputException if the document cannot be read; see the class description
     * @throws IOException if reading the stream fails
     */
    public SelfEvaluationTable readTable(InputStream utf8) throws IOException {
        return readBytes(Input.read(requireNonNull(utf8, "utf8"), false), SelfEvaluationTable.class, "a table");
    }

    /**
     * Writes a table document: every cell as printed.
     *
     * @param table the table, not null
     * @return the document
     */
    public String write(SelfEvaluationTable table) {
        return writeString(requireNonNull(table, "table"));
    }

    /** The mapper behind the facade, for the tests of its configuration. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a rule set document. The rule set names rules and aggregators; which of them exist is for
     * the application's {@link RuleRegistry} to say: lint the rule set against it
     * ({@link RuleRegistry#lint(RuleSet)}) or hand both to {@link Evaluator#of(RuleSet, RuleRegistry)},
     * which refuses a rule set that names a rule the registry does not have.
     *
     * @param json the document, not null
     * @return the rule set
     * @throws JsonInputException if the document cannot be read; see the class description
     */
    public RuleSet readRuleSet(String json) {
        return read(Input.check(requireNonNull(json, "json")), RuleSet.class, "a rule set");
    }

    /**
     * Reads a rule set document from UTF-8 bytes, as {@link #readRuleSet(String)}. Reads no more than
     * {@link #MAX_DOCUMENT_BYTES} and one byte; does not close the stream.
     *
     * @param utf8 the document, not null
     * @return the rule set
     * @throws JsonInputException if the document cannot be read; see the class description
     * @throws IOException if reading the stream fails
     */
    public RuleSet readRuleSet(InputStream utf8) throws IOException {
        return readBytes(Input.read(requireNonNull(utf8, "utf8"), false), RuleSet.class, "a rule set");
    }

    /**
     * Writes a rule set document, every default included, so that the document says all the rule set does.
     *
     * @param ruleSet the rule set, not null
     * @return the document
     */
    public String write(RuleSet ruleSet) {
        return writeString(requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * Writes a rule set document as UTF-8; does not close the stream.
     *
     * @param ruleSet the rule set, not null
     * @param out where to write, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(RuleSet ruleSet, OutputStream out) throws IOException {
        writeBytes(requireNonNull(ruleSet, "ruleSet"), requireNonNull(out, "out"));
    }

    /**
     * Reads a result document. The evaluation inside is read as an evaluation document; the metrics,
     * which are computed from it, must be the ones it gives. A result is read with the larger limits
     * of a derived document ({@link #MAX_RESULT_DOCUMENT_BYTES}, {@link #MAX_RESULT_TOKEN_COUNT},
     * {@link #MAX_RESULT_NUMBER_LENGTH}, computed values to {@link #MAX_COMPUTED_PRECISION} digits and
     * {@link #MAX_COMPUTED_SCALE} places): what this class writes for an evaluation it read, it reads back.
     *
     * @param json the document, not null
     * @return the result
     * @throws JsonInputException if the document cannot be read; see the class description
     */
    public EvaluationResult readResult(String json) {
        return read(Input.check(requireNonNull(json, "json"), true), EvaluationResult.class, "a result");
    }

    /**
     * Reads a result document from UTF-8 bytes, as {@link #readResult(String)}. Reads no more than
     * {@link #MAX_RESULT_DOCUMENT_BYTES} and one byte; does not close the stream.
     *
     * @param utf8 the document, not null
     * @return the result
     * @throws JsonInputException if the document cannot be read; see the class description
     * @throws IOException if reading the stream fails
     */
    public EvaluationResult readResult(InputStream utf8) throws IOException {
        return readBytes(Input.read(requireNonNull(utf8, "utf8"), true), EvaluationResult.class, "a result");
    }

    /**
     * Writes a result document: the computed total and grade beside the reported ones
     * ({@code total.computed}, {@code total.reported}, {@code grade.computed}, {@code grade.reported}),
     * the node results as a tree with their traces, the budget metrics, the audit's findings (code,
     * severity, path, {@code message.zh}, {@code message.en}, figures) and the evaluation scored: the
     * {@link ResultForm#FULL} form. {@link #write(EvaluationResult, ResultForm)} writes the summary.
     *
     * @param result the result, not null
     * @return the document
     */
    public String write(EvaluationResult result) {
        return writeString(requireNonNull(result, "result"));
    }

    /**
     * Writes a result document as UTF-8, as {@link #write(EvaluationResult)}; does not close the stream.
     *
     * @param result the result, not null
     * @param out where to write, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(EvaluationResult result, OutputStream out) throws IOException {
        writeBytes(requireNonNull(result, "result"), requireNonNull(out, "out"));
    }

    /**
     * Writes a result document in the form given: {@link ResultForm#FULL}, as {@link #write(EvaluationResult)},
     * or {@link ResultForm#SUMMARY}, the figures only ({@code result-summary.schema.json}), compact or
     * indented as this instance writes.
     *
     * @param result the result, not null
     * @param form which document, not null
     * @return the document
     */
    public String write(EvaluationResult result, ResultForm form) {
        requireNonNull(result, "result");
        if (requireNonNull(form, "form") == ResultForm.FULL) {
            return writeString(result);
        }
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator g = writer().createGenerator(text)) {
            ResultSummaryJson.write(result, 0, g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the summary of " + result, e);
        }
        String summary = Unicode.escapeUnpairedSurrogates(text.toString());
        return pretty ? summary + "\n" : summary;
    }

    /**
     * Writes a result document in the form given as UTF-8, as {@link #write(EvaluationResult, ResultForm)};
     * does not close the stream.
     *
     * @param result the result, not null
     * @param form which document, not null
     * @param out where to write, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(EvaluationResult result, ResultForm form, OutputStream out) throws IOException {
        requireNonNull(result, "result");
        requireNonNull(out, "out");
        if (requireNonNull(form, "form") == ResultForm.FULL) {
            writeBytes(result, out);
        } else {
            writeSummary(result, 0, out);
        }
    }

    /**
     * Writes the summary of a result as UTF-8, with the input line it is for; does not close the stream.
     *
     * @param line the line's number, from 1; 0 for none
     */
    void writeSummary(EvaluationResult result, long line, OutputStream out) throws IOException {
        Utf8Output text = new Utf8Output(out);
        try (JsonGenerator g = (pretty ? PRETTY_STREAM : COMPACT_STREAM).createGenerator(text)) {
            ResultSummaryJson.write(result, line, g);
        }
        if (pretty) {
            text.write('\n');
        }
        text.flush();
    }

    /**
     * Parses strict UTF-8 straight from its bytes. Jackson counts the columns of a byte source in bytes,
     * so a document that fails is read again as text, which fails the same way and says where in
     * characters: errors are rare, and the same document always gets the same error.
     */
    private static <T> T readBytes(byte[] bytes, Class<T> type, String description) {
        int start = Input.utf8Start(bytes);
        if (start >= 0) {
            try {
                return read(null, bytes, start, type, description);
            } catch (JsonInputException e) {
                // Located in bytes: read the text below for the location in characters.
            }
        }
        return read(Input.decode(bytes), type, description);
    }

    private static <T> T read(String text, Class<T> type, String description) {
        return read(text, null, 0, type, description);
    }

    /** Reads the text, or if it is null the bytes from {@code start}. */
    private static <T> T read(String text, byte[] bytes, int start, Class<T> type, String description) {
        ObjectMapper mapper = type == EvaluationResult.class ? RESULTS : MAPPER;
        JsonParser parser = null;
        try {
            parser = text != null ? mapper.createParser(text) : mapper.createParser(bytes, start, bytes.length - start);
            // Every object of the three formats is read field by field by a reader that refuses a duplicate name
            // itself, with the same pointer; the parser's own check, which the mapper keeps for other uses, would
            // only look each name up a second time.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == null) {
                throw Errors.empty(description);
            }
            return (type == EvaluationResult.class ? RESULT_READER : READERS.get(type)).readValue(parser);
        } catch (JsonProcessingException e) {
            throw Errors.translate(e, parser, description);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | PerfevalException e) {
            // The readers turn the model's refusals into JsonInputException where they stand; this is the net
            // for one that escapes them, so that a bad document never surfaces as another exception type.
            throw e instanceof JsonInputException ? (JsonInputException) e : Errors.escaped(e, parser);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        } finally {
            close(parser);
        }
    }

    private String writeString(Object value) {
        try {
            // A string of the model with an unpaired surrogate has no UTF-8 form: written as its escape, never as "?".
            String text = Unicode.escapeUnpairedSurrogates(writer().writeValueAsString(value));
            return pretty ? text + "\n" : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    /**
     * Encodes into the stream as the generator writes, without the whole document as a string in between;
     * the bytes are those of {@link #writeString(Object)} in UTF-8. Leaves the stream open.
     */
    private void writeBytes(Object value, OutputStream out) throws IOException {
        Utf8Output text = new Utf8Output(out);
        try {
            (pretty ? PRETTY_STREAM : COMPACT_STREAM).writeValue(text, value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
        if (pretty) {
            text.write('\n');
        }
        text.flush();
    }

    private ObjectWriter writer() {
        return pretty ? PRETTY : COMPACT;
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A mapper: strict reading, the limits above, exact output. */
    private static ObjectMapper newMapper(int maxDocumentBytes, int maxTokenCount, int maxNumberLength) {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(maxTokenCount)
                .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
            .build();
        return JsonMapper.builder(factory)
            .addModule(new PerfevalModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, config -> config
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    }
}
