package org.perfeval.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The kinds of JSON document, each with its JSON Schema (draft 2020-12), shipped in this module
 * under {@code org/perfeval/json/schema/}. A schema is the contract for systems that produce documents;
 * the reader of {@link PerfevalJson} is stricter still (it also refuses duplicate keys and decimals
 * beyond {@value PerfevalJson#MAX_DECIMAL_PRECISION} digits or {@value PerfevalJson#MAX_DECIMAL_SCALE}
 * decimal places, and checks the domain's invariants).
 */
public enum DocumentKind {
    /** A self-evaluation report: {@code evaluation.schema.json}. */
    EVALUATION("evaluation"),
    /** A rule set: {@code rule-set.schema.json}. */
    RULE_SET("rule-set"),
    /** The result of scoring and auditing an evaluation: {@code result.schema.json}. */
    RESULT("result"),
    /** A printed self-evaluation table, cell by cell: {@code table.schema.json}. */
    TABLE("table"),
    /**
     * The summary of a result, {@link ResultForm#SUMMARY}: {@code result-summary.schema.json}. Written
     * only; it refers to the result and evaluation schemas by their {@code $id}.
     */
    RESULT_SUMMARY("result-summary");

    private static final String SCHEMA_BASE = "https://github.com/perfeval/perfeval/schema/" + PerfevalJson.SCHEMA_VERSION + "/";

    private final String name;

    DocumentKind(String name) {
        this.name = name;
    }

    /** @return the schema's file name, such as {@code evaluation.schema.json} */
    public String schemaFileName() {
        return name + ".schema.json";
    }

    /** @return the class-path resource of the schema, such as {@code org/perfeval/json/schema/evaluation.schema.json} */
    public String schemaResource() {
        return "org/perfeval/json/schema/" + schemaFileName();
    }

    /** @return the schema's {@code $id} */
    public String schemaId() {
        return SCHEMA_BASE + schemaFileName();
    }

    /**
     * @return the schema, as the JSON text shipped in this module
     * @throws UncheckedIOException if the module's resource cannot be read
     */
    public String schema() {
        try (InputStream in = DocumentKind.class.getResourceAsStream("schema/" + schemaFileName())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + schemaResource()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
