package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.perfeval.audit.Finding;
import org.perfeval.model.MetricResult;
import org.perfeval.scoring.EvaluationResult;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreBand;
import org.perfeval.scoring.Trace;

/**
 * A result document: the computed total and grade beside the reported ones, the node results as a
 * tree in report order, the budget metrics, the audit's findings, and last the evaluation scored, as
 * an evaluation document of its own.
 */
final class ResultJson {
    private static final int PERCENT_SCALE = 2;

    private ResultJson() {}

    static void write(EvaluationResult result, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("id", result.ruleSetId());
        g.writeStringField("version", result.ruleSetVersion());
        g.writeEndObject();
        Writing.decimal(g, "maximum", result.maximum());
        Writing.decimal(g, "applicablePoints", result.applicablePoints());
        g.writeObjectFieldStart("total");
        Writing.decimal(g, "computed", result.total());
        Writing.decimal(g, "reported", result.reportedTotal());
        g.writeEndObject();
        g.writeObjectFieldStart("grade");
        g.writeStringField("computed", result.grade().label());
        Writing.decimal(g, "lowerBound", result.grade().lowerBound());
        Writing.decimal(g, "upperBound", result.grade().upperBound());
        Writing.string(g, "reported", result.reportedGrade());
        g.writeEndObject();
        Writing.list(g, "unearnedCategories", List.copyOf(result.unearnedCategories().entrySet()), ResultJson::writeUnearned);
        g.writeFieldName("totalTrace");
        writeTrace(result, result.totalTrace(), g);
        g.writeArrayFieldStart("nodes");
        List<NodeResult> nodes = result.nodes();
        for (int i = 0; i < nodes.size(); ) {
            i = writeNode(result, nodes, i, g);
        }
        g.writeEndArray();
        Writing.list(g, "metrics", result.metrics(), ResultJson::writeMetric);
        Writing.list(g, "findings", result.findings(), ResultJson::writeFinding);
        g.writeFieldName("evaluation");
        EvaluationJson.write(result.evaluation(), g);
        g.writeEndObject();
    }

    /**
     * Writes the node at {@code index} with its descendants, which follow it in the depth-first list.
     *
     * @return the index of the first node after them
     */
    private static int writeNode(EvaluationResult result, List<NodeResult> nodes, int index, JsonGenerator g)
            throws IOException {
        NodeResult node = nodes.get(index);
        g.writeStartObject();
        g.writeStringField("name", node.name());
        g.writeStringField("path", node.path().toString());
        Writing.string(g, "code", node.code());
        Writing.decimal(g, "points", node.points());
        Writing.constant(g, "pointsSource", node.pointsSource());
        Writing.decimal(g, "statedPoints", node.statedPoints());
        Writing.decimal(g, "applicablePoints", node.applicablePoints());
        Writing.decimal(g, "awarded", node.awarded());
        Writing.decimal(g, "rate", node.rate());
        Writing.decimal(g, "reportedScore", node.reportedScore());
        Writing.decimal(g, "reportedRate", node.reportedRate());
        Writing.constant(g, "status", node.status());
        Writing.constant(g, "targetStatus", node.targetStatus());
        Writing.optional(g, "band", node.band(), ResultJson::writeBand);
        Writing.list(g, "deviationReasons", node.deviationReasons(), (reason, out) -> out.writeString(reason.name()));
        Writing.string(g, "deviationNote", node.deviationNote());
        Writing.decimal(g, "childPointsSum", node.childPointsSum());
        g.writeFieldName("trace");
        writeTrace(result, node.trace(), g);
        int next = index + 1;
        if (!node.leaf()) {
            g.writeArrayFieldStart("children");
            int depth = node.path().depth();
            while (next < nodes.size() && nodes.get(next).path().depth() > depth) {
                next = writeNode(result, nodes, next, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        return next;
    }

    private static void writeBand(ScoreBand band, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "rating", band.rating());
        Writing.decimal(g, "lower", band.lower());
        Writing.decimal(g, "upper", band.upper());
        g.writeBooleanField("upperInclusive", band.upperInclusive());
        g.writeEndObject();
    }

    /** The rule set of a trace is the result's; it is written only in the odd case that it is not. */
    private static void writeTrace(EvaluationResult result, Trace trace, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", trace.ruleId());
        if (!trace.ruleSetId().equals(result.ruleSetId()) || !trace.ruleSetVersion().equals(result.ruleSetVersion())) {
            g.writeStringField("ruleSetId", trace.ruleSetId());
            g.writeStringField("ruleSetVersion", trace.ruleSetVersion());
        }
        g.writeStringField("formula", trace.formula());
        Writing.list(g, "inputs", List.copyOf(trace.inputs().entrySet()), ResultJson::writeInput);
        Writing.decimal(g, "raw", trace.raw());
        Writing.decimal(g, "rounded", trace.rounded());
        Writing.string(g, "note", trace.note());
        g.writeEndObject();
    }

    private static void writeInput(Map.Entry<String, BigDecimal> input, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", input.getKey());
        Writing.decimal(g, "value", input.getValue());
        g.writeEndObject();
    }

    private static void writeUnearned(Map.Entry<String, BigDecimal> category, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", category.getKey());
        Writing.decimal(g, "points", category.getValue());
        g.writeEndObject();
    }

    private static void writeMetric(MetricResult metric, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "metric", metric.metric());
        g.writeStringField("name", metric.metric().chineseName());
        g.writeBooleanField("computable", metric.isComputable());
        Writing.decimal(g, "ratio", metric.ratio());
        Writing.decimal(g, "percent", metric.percent(PERCENT_SCALE));
        g.writeStringField("explanation", metric.explanation());
        g.writeEndObject();
    }

    private static void writeFinding(Finding finding, JsonGenerator g) throws IOException {
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
}
