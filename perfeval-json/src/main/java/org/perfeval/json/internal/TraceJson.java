package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.perfeval.scoring.Trace;

/**
 * How points came about: {@code {"rule": "positive", "formula": "B / A × w", "inputs": [{"name": "A",
 * "value": 98}, …], "raw": 9.6938…, "rounded": 9.69}}. The rule set is the result's and is written only
 * when a trace names another, so a trace is read as a draft and finished once the result's rule set
 * is known. Points a policy gave rather than the rule add {@code "policy": "UNSCORABLE_ZERO"} (a
 * {@link Trace.Policy}). A trace that computes nothing is {@code {"rule": "positive", "notComputable":
 * "the actual is illegible"}}: no formula, no raw or rounded value.
 */
final class TraceJson {
    static final Shape SHAPE = Shape.of("a trace", "rule", "ruleSetId", "ruleSetVersion", "formula", "inputs", "raw",
        "rounded", "note", "policy", "notComputable").requiring("rule");
    static final Shape INPUT = Shape.of("an input of a formula", "name", "value").requiring("name", "value");

    private TraceJson() {}

    /** A trace read before the result's rule set is known. */
    static final class Draft {
        String rule;
        String ruleSetId;
        String ruleSetVersion;
        String formula;
        final Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        BigDecimal raw;
        BigDecimal rounded;
        String note;
        Trace.Policy policy;
        String notComputable;

        Trace finish(String resultRuleSetId, String resultRuleSetVersion) {
            String id = ruleSetId != null ? ruleSetId : resultRuleSetId;
            String version = ruleSetVersion != null ? ruleSetVersion : resultRuleSetVersion;
            if (notComputable != null) {
                return Trace.notComputable(rule, id, version, notComputable);
            }
            Trace trace = Trace.of(rule, id, version, formula, inputs, raw, rounded, Optional.ofNullable(note));
            return policy == null ? trace : trace.withPolicy(policy);
        }
    }

    static Draft read(JsonParser p) throws IOException {
        Draft d = new Draft();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "rule": d.rule = Reading.string(p); break;
                case "ruleSetId": d.ruleSetId = Reading.string(p); break;
                case "ruleSetVersion": d.ruleSetVersion = Reading.string(p); break;
                case "formula": d.formula = Reading.string(p); break;
                case "inputs": Reading.list(p, "the inputs of a formula", element -> readInput(p, d.inputs)); break;
                case "raw": d.raw = rawDecimal(p); break;
                case "rounded": d.rounded = rawDecimal(p); break;
                case "note": d.note = Reading.string(p); break;
                case "policy": d.policy = Reading.constant(p, Trace.Policy.class); break;
                case "notComputable": d.notComputable = Reading.string(p); break;
                default: throw Reading.noCase(field);
            }
        });
        if (d.notComputable != null) {
            if (d.formula != null || d.raw != null || d.rounded != null || !d.inputs.isEmpty() || d.note != null
                    || d.policy != null) {
                throw Reading.problem(p, "a trace that is not computable has only \"rule\" and \"notComputable\" "
                    + "(and the rule set): no formula, inputs, raw or rounded value, note or policy", start);
            }
        } else if (d.formula == null || d.raw == null || d.rounded == null) {
            throw Reading.problem(p, "missing required field(s) " + missing(d) + " in a trace", start);
        }
        return d;
    }

    private static String missing(Draft d) {
        StringBuilder names = new StringBuilder();
        for (String[] field : new String[][] {{"formula", d.formula}, {"raw", d.raw == null ? null : ""},
                {"rounded", d.rounded == null ? null : ""}}) {
            if (field[1] == null) {
                names.append(names.length() == 0 ? "" : ", ").append(field[0]);
            }
        }
        return "[" + names + "]";
    }

    private static BigDecimal readInput(JsonParser p, Map<String, BigDecimal> inputs) throws IOException {
        String[] name = new String[1];
        BigDecimal[] value = new BigDecimal[1];
        JsonLocation start = Reading.object(p, INPUT, field -> {
            if (field.equals("name")) {
                name[0] = Reading.string(p);
            } else {
                value[0] = rawDecimal(p);
            }
        });
        if (inputs.containsKey(name[0])) {
            throw Reading.problem(p, "the input \"" + name[0] + "\" appears twice in one trace", start);
        }
        inputs.put(name[0], value[0]);
        return value[0];
    }

    /** A value of a trace: the engine's raw points keep up to {@link Limits#MAX_COMPUTED_SCALE} places. */
    private static BigDecimal rawDecimal(JsonParser p) throws IOException {
        return Reading.computed(p);
    }

    static void write(Trace trace, String resultRuleSetId, String resultRuleSetVersion, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", trace.ruleId());
        if (!trace.ruleSetId().equals(resultRuleSetId) || !trace.ruleSetVersion().equals(resultRuleSetVersion)) {
            g.writeStringField("ruleSetId", trace.ruleSetId());
            g.writeStringField("ruleSetVersion", trace.ruleSetVersion());
        }
        if (!trace.computed()) {
            g.writeStringField("notComputable", trace.note().orElseThrow());
            g.writeEndObject();
            return;
        }
        g.writeStringField("formula", trace.formula());
        Map<String, BigDecimal> inputs = trace.inputs();
        if (!inputs.isEmpty()) {
            g.writeArrayFieldStart("inputs");
            for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
                writeInput(input, g);
            }
            g.writeEndArray();
        }
        Writing.decimal(g, "raw", trace.raw());
        Writing.decimal(g, "rounded", trace.rounded());
        Writing.string(g, "note", trace.note());
        Writing.optional(g, "policy", trace.policy(), (policy, out) -> out.writeString(policy.name()));
        g.writeEndObject();
    }

    private static void writeInput(Map.Entry<String, BigDecimal> input, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", input.getKey());
        Writing.decimal(g, "value", input.getValue());
        g.writeEndObject();
    }
}
