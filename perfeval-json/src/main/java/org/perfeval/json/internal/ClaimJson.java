package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.model.Actual;
import org.perfeval.model.Claim;
import org.perfeval.model.Metric;

/**
 * A figure claimed in prose: {@code {"metric": "PUBLIC_FUNDS_CONTROL_RATE", "percent": 84.50, "quote": "…"}}, or
 * about a subject with no built-in metric: {@code {"subject": "进驻单位", "figure": "30个", "quote": "…"}}.
 */
final class ClaimJson {
    static final Shape SHAPE = Shape.of("a claim", "metric", "subject", "percent", "figure", "quote", "section")
        .requiring("quote");

    private ClaimJson() {}

    static Claim read(JsonParser p) throws IOException {
        Claim.Builder b = Claim.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "metric": b.metric(Reading.constant(p, Metric.class)); break;
                case "subject": b.subject(Reading.string(p)); break;
                case "percent": b.percent(Reading.decimal(p)); break;
                case "figure": b.figure(measured(p)); break;
                case "quote": b.quote(Reading.string(p)); break;
                case "section": b.section(Reading.string(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    /** A claimed figure: a printed number with its unit, such as {@code "30个"}. */
    private static Actual.Measured measured(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String text = Reading.string(p);
        Actual actual = Reading.convert(p, at, () -> Actual.parse(text));
        if (!(actual instanceof Actual.Measured)) {
            throw Reading.problem(p, "expected a figure, a number with an optional unit such as \"30个\", but found \""
                + text + "\"", at);
        }
        return (Actual.Measured) actual;
    }

    static void write(Claim claim, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (claim.metric().isPresent()) {
            Writing.constant(g, "metric", claim.metric().get());
        }
        Writing.string(g, "subject", claim.subject());
        Writing.decimal(g, "percent", claim.percent());
        if (claim.figure().isPresent()) {
            g.writeStringField("figure", claim.figure().get().print());
        }
        g.writeStringField("quote", claim.quote());
        Writing.string(g, "section", claim.section());
        g.writeEndObject();
    }
}
