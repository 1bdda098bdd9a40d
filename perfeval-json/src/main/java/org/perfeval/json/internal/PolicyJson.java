package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.rules.Allocation;
import org.perfeval.rules.AuditThresholds;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.Rounding;
import org.perfeval.rules.RoundingStep;

/**
 * The policies of a rule set: allocation, rounding, deviation notes (S13) and audit thresholds. Every
 * field has the default the model documents when absent; the writer writes them all, so that a
 * written rule set says everything it does.
 */
final class PolicyJson {
    static final Shape ALLOCATION = Shape.of("an allocation", "scale", "weights");
    static final Shape WEIGHT = Shape.of("an allocation weight", "path", "weight").requiring("path", "weight");
    static final Shape ROUNDING = Shape.of("a rounding", "indicator", "group", "total", "rate");
    static final Shape STEP = Shape.of("a rounding step", "scale", "mode").requiring("scale", "mode");
    static final Shape DEVIATION = Shape.of("deviation thresholds", "whenTargetMissed", "executionRateBelowPercent",
        "farAboveTargetPercent");
    static final Shape AUDIT = Shape.of("audit thresholds", "pointsTolerance", "percentTolerance",
        "largeAdjustmentPercent");

    private PolicyJson() {}

    static Allocation readAllocation(JsonParser p) throws IOException {
        Allocation.Builder b = Allocation.builder();
        JsonLocation start = Reading.object(p, ALLOCATION, field -> {
            if (field.equals("scale")) {
                b.scale(Reading.integer(p, 0, RoundingStep.MAX_SCALE));
            } else {
                Set<String> paths = new HashSet<>();
                Reading.list(p, "allocation weights", element -> readWeight(p, paths, b));
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static BigDecimal readWeight(JsonParser p, Set<String> paths, Allocation.Builder b) throws IOException {
        String[] path = new String[1];
        BigDecimal[] weight = new BigDecimal[1];
        JsonLocation start = Reading.object(p, WEIGHT, field -> {
            if (field.equals("path")) {
                path[0] = Reading.string(p);
            } else {
                weight[0] = Reading.decimal(p);
            }
        });
        if (!paths.add(path[0])) {
            throw Reading.problem(p, "allocation weight for \"" + path[0] + "\" appears twice", start);
        }
        b.putWeights(path[0], weight[0]);
        return weight[0];
    }

    static void writeAllocation(Allocation allocation, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("scale", allocation.scale());
        Writing.list(g, "weights", List.copyOf(allocation.weights().entrySet()), PolicyJson::writeWeight);
        g.writeEndObject();
    }

    private static void writeWeight(Map.Entry<String, BigDecimal> weight, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", weight.getKey());
        Writing.decimal(g, "weight", weight.getValue());
        g.writeEndObject();
    }

    static Rounding readRounding(JsonParser p) throws IOException {
        Rounding.Builder b = Rounding.builder();
        JsonLocation start = Reading.object(p, ROUNDING, field -> {
            RoundingStep step = readStep(p);
            switch (field) {
                case "indicator": b.indicator(step); break;
                case "group": b.group(step); break;
                case "total": b.total(step); break;
                case "rate": b.rate(step); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static RoundingStep readStep(JsonParser p) throws IOException {
        RoundingStep.Builder b = RoundingStep.builder();
        JsonLocation start = Reading.object(p, STEP, field -> {
            if (field.equals("scale")) {
                b.scale(Reading.integer(p, 0, RoundingStep.MAX_SCALE));
            } else {
                b.mode(Reading.constant(p, RoundingMode.class));
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void writeRounding(Rounding rounding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeStep(g, "indicator", rounding.indicator());
        writeStep(g, "group", rounding.group());
        writeStep(g, "total", rounding.total());
        writeStep(g, "rate", rounding.rate());
        g.writeEndObject();
    }

    private static void writeStep(JsonGenerator g, String field, RoundingStep step) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("scale", step.scale());
        Writing.constant(g, "mode", step.mode());
        g.writeEndObject();
    }

    static DeviationThresholds readDeviation(JsonParser p) throws IOException {
        DeviationThresholds.Builder b = DeviationThresholds.builder();
        JsonLocation start = Reading.object(p, DEVIATION, field -> {
            switch (field) {
                case "whenTargetMissed": b.whenTargetMissed(Reading.bool(p)); break;
                case "executionRateBelowPercent": b.executionRateBelowPercent(Reading.decimal(p)); break;
                case "farAboveTargetPercent": b.farAboveTargetPercent(Reading.decimal(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void writeDeviation(DeviationThresholds deviation, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("whenTargetMissed", deviation.whenTargetMissed());
        Writing.decimal(g, "executionRateBelowPercent", deviation.executionRateBelowPercent());
        Writing.decimal(g, "farAboveTargetPercent", deviation.farAboveTargetPercent());
        g.writeEndObject();
    }

    static AuditThresholds readAudit(JsonParser p) throws IOException {
        AuditThresholds.Builder b = AuditThresholds.builder();
        JsonLocation start = Reading.object(p, AUDIT, field -> {
            BigDecimal value = Reading.decimal(p);
            switch (field) {
                case "pointsTolerance": b.pointsTolerance(value); break;
                case "percentTolerance": b.percentTolerance(value); break;
                case "largeAdjustmentPercent": b.largeAdjustmentPercent(value); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void writeAudit(AuditThresholds audit, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.decimal(g, "pointsTolerance", audit.pointsTolerance());
        Writing.decimal(g, "percentTolerance", audit.percentTolerance());
        Writing.decimal(g, "largeAdjustmentPercent", audit.largeAdjustmentPercent());
        g.writeEndObject();
    }
}
