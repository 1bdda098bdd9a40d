package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.rules.RuleSource;

/**
 * The document a rule set comes from: {@code {"number": "财预〔2020〕10号", "title": "项目支出绩效评价管理办法",
 * "issuer": "财政部", "read": […], "defaults": […]}}.
 */
final class RuleSourceJson {
    static final Shape SHAPE = Shape.of("a rule source", "number", "title", "issuer", "read", "defaults")
        .requiring("issuer", "read", "defaults");

    private RuleSourceJson() {}

    static RuleSource read(JsonParser p) throws IOException {
        RuleSource.Builder b = RuleSource.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "number": b.number(Reading.string(p)); break;
                case "title": b.title(Reading.string(p)); break;
                case "issuer": b.issuer(Reading.string(p)); break;
                case "read": b.addAllRead(Reading.list(p, "rules read in the source", Reading::string)); break;
                case "defaults": b.addAllDefaults(Reading.list(p, "configurable defaults", Reading::string)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(RuleSource source, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.string(g, "number", source.number());
        Writing.string(g, "title", source.title());
        g.writeStringField("issuer", source.issuer());
        g.writeArrayFieldStart("read");
        for (String entry : source.read()) {
            g.writeString(entry);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("defaults");
        for (String entry : source.defaults()) {
            g.writeString(entry);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
