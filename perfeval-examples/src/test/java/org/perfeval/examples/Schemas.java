package org.perfeval.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.json.DocumentKind;


/** The JSON Schemas shipped by perfeval-json, applied by an independent validator (draft 2020-12). */
public final class Schemas {
    private static final ObjectMapper TREES = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The result schema refers to the evaluation schema by its {@code $id}: both are found among the shipped resources. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://github.com/perfeval/perfeval/schema/1.0/",
            "classpath:org/perfeval/json/schema/")));

    private Schemas() {}

    /** @return what the validator finds wrong with the document, as text; empty if it is valid */
    public static List<String> problems(DocumentKind kind, String document) {
        try {
            JsonSchema schema = FACTORY.getSchema(TREES.readTree(kind.schema()));
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema.validate(TREES.readTree(document))) {
                problems.add(message.toString());
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
