package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.perfeval.model.Metric;
import org.perfeval.model.MetricResult;

/**
 * One budget metric: {@code {"metric": "ADJUSTMENT_RATE", "name": "预算调整率", "computable": true,
 * "ratio": -0.315468…, "percent": -31.55, "explanation": "(918.886283 − 1342.46) / 1342.46"}}. Metrics
 * are computed from the evaluation, so a reader checks the written ones against it instead of taking
 * them on trust.
 */
final class MetricJson {
    static final Shape SHAPE = Shape.of("a metric", "metric", "name", "computable", "ratio", "percent", "explanation")
        .requiring("metric", "name", "computable", "explanation");
    /** The places of {@code "percent"}: reports print percentages with 2. */
    static final int PERCENT_SCALE = 2;

    private MetricJson() {}

    /** A metric as written, with where it stands, to be checked against the evaluation. */
    static final class Written {
        JsonLocation start;
        Metric metric;
        String name;
        boolean computable;
        BigDecimal ratio;
        BigDecimal percent;
        String explanation;

        /** @return what is wrong with the written metric, or null if it is the computed one */
        String mismatch(MetricResult computed) {
            if (metric != computed.metric()) {
                return "the metric " + metric + " stands where the evaluation gives " + computed.metric()
                    + ": metrics are written in their order, every one";
            }
            boolean same = name.equals(metric.chineseName()) && computable == computed.isComputable()
                && Objects.equals(ratio, computed.ratio().orElse(null))
                && Objects.equals(percent, computed.percent(PERCENT_SCALE).orElse(null))
                && explanation.equals(computed.explanation());
            return same ? null : "the metric " + metric + " as written (" + describe() + ") is not what the evaluation "
                + "gives (" + computed + "): metrics are computed from the evaluation, not read";
        }

        private String describe() {
            return name + " " + (computable ? Optional.ofNullable(percent).map(BigDecimal::toPlainString).orElse("?") + "%"
                : "not computable") + " (" + explanation + ")";
        }
    }

    static List<Written> readAll(JsonParser p) throws IOException {
        return Reading.list(p, "metrics", MetricJson::read);
    }

    private static Written read(JsonParser p) throws IOException {
        Written w = new Written();
        w.start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "metric": w.metric = Reading.constant(p, Metric.class); break;
                case "name": w.name = Reading.string(p); break;
                case "computable": w.computable = Reading.bool(p); break;
                case "ratio": w.ratio = Reading.computed(p); break;
                case "percent": w.percent = Reading.computed(p); break;
                case "explanation": w.explanation = Reading.string(p); break;
                default: throw Reading.noCase(field);
            }
        });
        return w;
    }

    static void write(MetricResult metric, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "metric", metric.metric());
        g.writeStringField("name", metric.metric().chineseName());
        g.writeBooleanField("computable", metric.isComputable());
        Writing.decimal(g, "ratio", metric.ratio());
        Writing.decimal(g, "percent", metric.percent(PERCENT_SCALE));
        g.writeStringField("explanation", metric.explanation());
        g.writeEndObject();
    }
}
