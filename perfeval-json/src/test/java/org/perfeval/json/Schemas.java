package org.perfeval.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The shipped schemas, checked by an independent validator (networknt, draft 2020-12). */
final class Schemas {
    /** Trees that keep every digit: exact decimals, trailing zeros kept. */
    private static final ObjectMapper TREES = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
    /** The result schema refers to the evaluation schema by its {@code $id}: both are found among the shipped resources. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://github.com/perfeval/perfeval/schema/1.0/",
            "classpath:org/perfeval/json/schema/")));
    private static final Map<DocumentKind, JsonSchema> SCHEMAS = new EnumMap<>(DocumentKind.class);

    private Schemas() {}

    static synchronized JsonSchema of(DocumentKind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> FACTORY.getSchema(tree(k.schema())));
    }

    /** @return the problems the validator finds in a document, empty if it is valid */
    static Set<ValidationMessage> problems(DocumentKind kind, String document) {
        return of(kind).validate(tree(document));
    }

    /** @return the problems the 2020-12 meta-schema finds in a shipped schema */
    static Set<ValidationMessage> metaProblems(DocumentKind kind) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(tree(kind.schema()));
    }

    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
