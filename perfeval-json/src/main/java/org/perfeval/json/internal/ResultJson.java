package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Grade;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.MetricResult;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;

/**
 * A result document: the computed total and grade beside the reported ones, the node results as a
 * tree in report order, the budget metrics, the audit's findings, and last the evaluation scored, as
 * an evaluation document of its own. A total that is not computable has no {@code "computed"} but a
 * {@code "reason"}, and so has its grade: {@code "total": {"reason": "…", "reported": 98.15}}.
 */
final class ResultJson {
    static final Shape SHAPE = Shape.of("a result", SchemaVersion.FIELD, "ruleSet", "maximum", "applicablePoints",
        "total", "grade", "unearnedCategories", "totalTrace", "nodes", "metrics", "findings", "evaluation")
        .requiring(SchemaVersion.FIELD, "ruleSet", "maximum", "applicablePoints", "total", "grade", "totalTrace", "nodes",
            "evaluation");
    static final Shape RULE_SET = Shape.of("the rule set of a result", "id", "version").requiring("id", "version");
    static final Shape TOTAL = Shape.of("the totals of a result", "computed", "reason", "reported");
    static final Shape GRADE = Shape.of("the grades of a result", "computed", "lowerBound", "upperBound", "reason", "reported");
    static final Shape UNEARNED = Shape.of("an unearned category", "category", "points").requiring("category", "points");

    private ResultJson() {}

    /** The parts of a result that can only be put together once the whole document is read. */
    private static final class Parts {
        String ruleSetId;
        String ruleSetVersion;
        BigDecimal maximum;
        String grade;
        BigDecimal lowerBound;
        BigDecimal upperBound;
        JsonLocation gradeStart;
        String gradeReason;
        BigDecimal total;
        String totalReason;
        JsonLocation totalStart;
        TraceJson.Draft totalTrace;
        List<NodeResultJson.Draft> nodes;
        List<MetricJson.Written> metrics;
    }

    static EvaluationResult read(JsonParser p) throws IOException {
        ScoreSheet.Builder b = ScoreSheet.builder();
        List<Finding> findings = new ArrayList<>();
        Parts parts = new Parts();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case SchemaVersion.FIELD: SchemaVersion.read(p); break;
                case "ruleSet":
                    Reading.object(p, RULE_SET, f -> {
                        if (f.equals("id")) {
                            parts.ruleSetId = Reading.string(p);
                        } else {
                            parts.ruleSetVersion = Reading.string(p);
                        }
                    });
                    break;
                case "maximum": parts.maximum = Reading.decimal(p); b.maximum(parts.maximum); break;
                case "applicablePoints": b.applicablePoints(Reading.computed(p)); break;
                case "total":
                    parts.totalStart = Reading.object(p, TOTAL, f -> {
                        switch (f) {
                            case "computed": parts.total = Reading.computed(p); break;
                            case "reason": parts.totalReason = Reading.string(p); break;
                            case "reported": b.reportedTotal(Reading.decimal(p)); break;
                            default: throw Reading.noCase(f);
                        }
                    });
                    if ((parts.total == null) == (parts.totalReason == null)) {
                        throw Reading.problem(p, "the total has either \"computed\" or, when it is not computable, "
                            + "\"reason\": " + (parts.total == null ? "it has neither" : "it has both"), parts.totalStart);
                    }
                    break;
                case "grade": readGrade(p, b, parts); break;
                case "unearnedCategories": readUnearned(p, b); break;
                case "totalTrace": parts.totalTrace = TraceJson.read(p); break;
                case "nodes": parts.nodes = NodeResultJson.readTree(p); break;
                case "metrics": parts.metrics = MetricJson.readAll(p); break;
                case "findings": findings.addAll(Reading.list(p, "findings", FindingJson::read)); break;
                case "evaluation": b.evaluation(EvaluationJson.read(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        b.ruleSetId(parts.ruleSetId).ruleSetVersion(parts.ruleSetVersion);
        if (parts.totalReason != null) {
            if (parts.grade != null || parts.lowerBound != null || parts.upperBound != null
                    || !parts.totalReason.equals(parts.gradeReason)) {
                throw located(Reading.problem(p, "a total that is not computable has no computed grade: the grade has "
                    + "only the total's \"reason\" (and \"reported\")", parts.gradeStart), "grade");
            }
            b.totalNotComputable(parts.totalReason);
        } else {
            if (parts.gradeReason != null || parts.grade == null || parts.lowerBound == null || parts.upperBound == null) {
                throw located(Reading.problem(p, "a computed total has a computed grade: \"computed\", \"lowerBound\" "
                    + "and \"upperBound\", and no \"reason\"", parts.gradeStart), "grade");
            }
            b.total(parts.total);
            b.grade(Reading.convert(p, parts.gradeStart, () -> grade(parts)));
        }
        b.totalTrace(parts.totalTrace.finish(parts.ruleSetId, parts.ruleSetVersion));
        List<NodeResult> nodes = new ArrayList<>();
        NodeResultJson.finish(p, parts.nodes, IndicatorPath.root(), List.of("nodes"), parts.ruleSetId,
            parts.ruleSetVersion, nodes);
        ScoreSheet scores = Reading.convert(p, start, b.addAllNodes(nodes)::build);
        if (parts.metrics != null) {
            check(p, parts.metrics, scores.metrics());
        }
        return EvaluationResult.of(scores, findings);
    }

    /** The grade as its scale gave it: the band that reaches the maximum includes it. */
    private static Grade grade(Parts parts) {
        Grade grade = Grade.of(parts.grade, parts.lowerBound, parts.upperBound);
        return parts.upperBound.compareTo(parts.maximum) == 0 ? grade.includingUpperBound() : grade;
    }

    private static void readGrade(JsonParser p, ScoreSheet.Builder b, Parts parts) throws IOException {
        parts.gradeStart = Reading.object(p, GRADE, f -> {
            switch (f) {
                case "computed": parts.grade = Reading.string(p); break;
                case "lowerBound": parts.lowerBound = Reading.decimal(p); break;
                case "upperBound": parts.upperBound = Reading.decimal(p); break;
                case "reason": parts.gradeReason = Reading.string(p); break;
                case "reported": b.reportedGrade(Reading.string(p)); break;
                default: throw Reading.noCase(f);
            }
        });
    }

    private static void readUnearned(JsonParser p, ScoreSheet.Builder b) throws IOException {
        Set<String> seen = new HashSet<>();
        Reading.list(p, "unearned categories", element -> {
            String[] category = new String[1];
            BigDecimal[] points = new BigDecimal[1];
            JsonLocation start = Reading.object(p, UNEARNED, f -> {
                if (f.equals("category")) {
                    category[0] = Reading.string(p);
                } else {
                    points[0] = Reading.computed(p);
                }
            });
            if (!seen.add(category[0])) {
                throw Reading.problem(p, "unearned category \"" + category[0] + "\" appears twice", start);
            }
            b.putUnearnedCategories(category[0], points[0]);
            return points[0];
        });
    }

    private static InputProblem located(InputProblem problem, String field) {
        problem.prependPath(Shape.class, field);
        return problem;
    }

    /** Written metrics must be the evaluation's own, every one, in order. */
    private static void check(JsonParser p, List<MetricJson.Written> written, List<MetricResult> computed) throws InputProblem {
        for (int i = 0; i < Math.max(written.size(), computed.size()); i++) {
            String mismatch = i >= written.size() ? "the metric " + computed.get(i).metric() + " is missing: metrics are "
                    + "written every one or not at all"
                : i >= computed.size() ? "there are only " + computed.size() + " metrics"
                : written.get(i).mismatch(computed.get(i));
            if (mismatch != null) {
                InputProblem problem = Reading.problem(p, mismatch,
                    i < written.size() ? written.get(i).start : p.currentTokenLocation());
                if (i < written.size()) {
                    problem.prependPath(List.class, i);
                }
                problem.prependPath(Shape.class, "metrics");
                throw problem;
            }
        }
    }

    static void write(EvaluationResult result, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        writeRuleSet(result, g);
        Writing.decimal(g, "maximum", result.maximum());
        Writing.decimal(g, "applicablePoints", result.applicablePoints());
        writeTotalAndGrade(result, g);
        Writing.list(g, "unearnedCategories", List.copyOf(result.unearnedCategories().entrySet()), ResultJson::writeUnearned);
        g.writeFieldName("totalTrace");
        TraceJson.write(result.totalTrace(), result.ruleSetId(), result.ruleSetVersion(), g);
        g.writeArrayFieldStart("nodes");
        List<NodeResult> nodes = result.nodes();
        for (int i = 0; i < nodes.size(); ) {
            i = NodeResultJson.write(nodes, i, result.ruleSetId(), result.ruleSetVersion(), g);
        }
        g.writeEndArray();
        Writing.list(g, "metrics", result.metrics(), MetricJson::write);
        Writing.list(g, "findings", result.findings(), FindingJson::write);
        g.writeFieldName("evaluation");
        EvaluationJson.write(result.evaluation(), g);
        g.writeEndObject();
    }

    /** Writes {@code "ruleSet": {"id": …, "version": …}}, as the full and the summary result have it. */
    static void writeRuleSet(EvaluationResult result, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("id", result.ruleSetId());
        g.writeStringField("version", result.ruleSetVersion());
        g.writeEndObject();
    }

    /**
     * Writes {@code "total"} and {@code "grade"}, as the full and the summary result have them: the computed
     * total and grade, or the reason they are not computable, beside the reported ones.
     */
    static void writeTotalAndGrade(EvaluationResult result, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("total");
        Writing.decimal(g, "computed", result.total());
        Writing.string(g, "reason", result.totalNotComputable());
        Writing.decimal(g, "reported", result.reportedTotal());
        g.writeEndObject();
        g.writeObjectFieldStart("grade");
        if (result.grade().isPresent()) {
            Grade grade = result.grade().get();
            g.writeStringField("computed", grade.label());
            Writing.decimal(g, "lowerBound", grade.lowerBound());
            Writing.decimal(g, "upperBound", grade.upperBound());
        }
        Writing.string(g, "reason", result.totalNotComputable());
        Writing.string(g, "reported", result.reportedGrade());
        g.writeEndObject();
    }

    private static void writeUnearned(Map.Entry<String, BigDecimal> category, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", category.getKey());
        Writing.decimal(g, "points", category.getValue());
        g.writeEndObject();
    }
}
