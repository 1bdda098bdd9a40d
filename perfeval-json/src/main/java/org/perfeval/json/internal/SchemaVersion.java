package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;


/** The {@code "schemaVersion"} field that opens every document kind. */
final class SchemaVersion {
    static final String FIELD = "schemaVersion";

    private SchemaVersion() {}

    static void read(JsonParser p) throws IOException {
        String version = Reading.string(p);
        if (!version.equals(Limits.SCHEMA_VERSION)) {
            throw Reading.problem(p, "unsupported schemaVersion \"" + Reading.clip(version) + "\": this library reads "
                + "documents of schema version " + Limits.SCHEMA_VERSION);
        }
    }

    static void write(JsonGenerator g) throws IOException {
        g.writeStringField(FIELD, Limits.SCHEMA_VERSION);
    }
}
