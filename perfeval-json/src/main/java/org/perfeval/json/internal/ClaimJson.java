package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.model.Claim;
import org.perfeval.model.Metric;

/** A figure claimed in prose: {@code {"metric": "PUBLIC_FUNDS_CONTROL_RATE", "percent": 84.50, "quote": "…"}}. */
final class ClaimJson {
    static final Shape SHAPE = Shape.of("a claim", "metric", "percent", "quote", "section")
        .requiring("metric", "percent", "quote");

    private ClaimJson() {}

    static Claim read(JsonParser p) throws IOException {
        Claim.Builder b = Claim.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "metric": b.metric(Reading.constant(p, Metric.class)); break;
                case "percent": b.percent(Reading.decimal(p)); break;
                case "quote": b.quote(Reading.string(p)); break;
                case "section": b.section(Reading.string(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(Claim claim, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "metric", claim.metric());
        Writing.decimal(g, "percent", claim.percent());
        g.writeStringField("quote", claim.quote());
        Writing.string(g, "section", claim.section());
        g.writeEndObject();
    }
}
