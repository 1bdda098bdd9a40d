package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;

/**
 * One finding of the audit: {@code {"code": "POINTS_DO_NOT_ADD_UP", "severity": "ERROR", "path": "产出指标",
 * "message": {"zh": "…", "en": "…"}, "figures": {"points": 10, "childPointsSum": 9}}}. Figures are named
 * by the audit (camelCase) and kept in its order.
 */
final class FindingJson {
    static final Shape SHAPE = Shape.of("a finding", "code", "severity", "path", "message", "figures")
        .requiring("code", "severity", "path", "message");
    static final Shape MESSAGE = Shape.of("a message", "zh", "en").requiring("zh", "en");

    private FindingJson() {}

    static Finding read(JsonParser p) throws IOException {
        Finding.Builder b = Finding.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "code": b.code(Reading.constant(p, FindingCode.class)); break;
                case "severity": b.severity(Reading.constant(p, Finding.Severity.class)); break;
                case "path": b.location(Reading.string(p)); break;
                case "message":
                    Reading.object(p, MESSAGE, language -> {
                        if (language.equals("zh")) {
                            b.messageZh(Reading.string(p));
                        } else {
                            b.messageEn(Reading.string(p));
                        }
                    });
                    break;
                case "figures": b.putAllFigures(Reading.map(p, "the figures of a finding", Reading::computed)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(Finding finding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "code", finding.code());
        Writing.constant(g, "severity", finding.severity());
        g.writeStringField("path", finding.location());
        g.writeObjectFieldStart("message");
        g.writeStringField("zh", finding.messageZh());
        g.writeStringField("en", finding.messageEn());
        g.writeEndObject();
        Writing.map(g, "figures", finding.figures(), Writing::decimal);
        g.writeEndObject();
    }

    /** Writes a finding as the summary result has it: the fields above without the message. */
    static void writeSummary(Finding finding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "code", finding.code());
        Writing.constant(g, "severity", finding.severity());
        g.writeStringField("path", finding.location());
        Writing.map(g, "figures", finding.figures(), Writing::decimal);
        g.writeEndObject();
    }
}
