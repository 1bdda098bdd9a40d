package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.rules.Bracket;
import org.perfeval.rules.RuleSpec;

/**
 * A rule or aggregator by name with its parameters:
 * {@code {"name": "step-deduction", "numbers": {"threshold": 100, "deduction": 0.5}}},
 * {@code {"name": "brackets", "words": {"closed": "upper"}, "table": [{"to": 10, "value": 2}, …]}}.
 * A name is only a name: which rules exist is for the application's registry to say when the rule set
 * is linted, never for the document.
 */
final class RuleSpecJson {
    static final Shape SHAPE = Shape.of("a rule", "name", "numbers", "words", "table").requiring("name");
    static final Shape BRACKET = Shape.of("a bracket", "from", "to", "value").requiring("value");

    private RuleSpecJson() {}

    static RuleSpec read(JsonParser p) throws IOException {
        RuleSpec.Builder b = RuleSpec.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "name": b.name(Reading.string(p)); break;
                case "numbers": b.putAllNumbers(Reading.map(p, "the rule's decimal parameters", Reading::decimal)); break;
                case "words": b.putAllWords(Reading.map(p, "the rule's word parameters", Reading::string)); break;
                case "table": b.addAllTable(Reading.list(p, "a bracket table", RuleSpecJson::readBracket)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static Bracket readBracket(JsonParser p) throws IOException {
        Bracket.Builder b = Bracket.builder();
        JsonLocation start = Reading.object(p, BRACKET, field -> {
            switch (field) {
                case "from": b.from(Reading.decimal(p)); break;
                case "to": b.to(Reading.decimal(p)); break;
                case "value": b.value(Reading.decimal(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(RuleSpec spec, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", spec.name());
        Writing.map(g, "numbers", spec.numbers(), Writing::decimal);
        Writing.map(g, "words", spec.words(), (word, out) -> out.writeString(word));
        Writing.list(g, "table", spec.table(), RuleSpecJson::writeBracket);
        g.writeEndObject();
    }

    static void writeBracket(Bracket bracket, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.decimal(g, "from", bracket.from());
        Writing.decimal(g, "to", bracket.to());
        Writing.decimal(g, "value", bracket.value());
        g.writeEndObject();
    }
}
