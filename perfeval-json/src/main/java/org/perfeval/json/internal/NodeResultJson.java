package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Rating;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * The node results as a tree: each node with its {@code "children"} (a group) or without (a leaf),
 * in the engine's depth-first order. A node's {@code "path"} must be its parent's path and its name.
 */
final class NodeResultJson {
    static final Shape SHAPE = Shape.of("a node result", "name", "path", "code", "points", "pointsSource", "statedPoints",
        "applicablePoints", "awarded", "rate", "reportedScore", "reportedRate", "status", "targetStatus", "band",
        "deviationReasons", "deviationNote", "childPointsSum", "notComputable", "trace", "children")
        .requiring("name", "path", "points", "pointsSource", "applicablePoints", "status", "targetStatus", "trace");
    static final Shape BAND = Shape.of("a score band", "rating", "lower", "upper", "upperInclusive")
        .requiring("rating", "lower", "upper", "upperInclusive");

    private NodeResultJson() {}

    /**
     * A node read before the result's rule set is known: everything but the trace, which is a draft,
     * and the path, which is checked against the node's place in the tree once the tree is read.
     */
    static final class Draft {
        final NodeResult.Builder builder = NodeResult.builder();
        JsonLocation start;
        String name;
        String path;
        TraceJson.Draft trace;
        List<Draft> children;
        boolean awarded;
        boolean notComputable;
    }

    static List<Draft> readTree(JsonParser p) throws IOException {
        return Reading.list(p, "node results", node -> read(node, 1));
    }

    private static Draft read(JsonParser p, int level) throws IOException {
        if (level > Limits.MAX_TREE_LEVELS) {
            throw Reading.problem(p, "the node tree is deeper than the limit of " + Limits.MAX_TREE_LEVELS
                + " levels (PerfevalJson.MAX_TREE_LEVELS)");
        }
        Draft d = new Draft();
        NodeResult.Builder b = d.builder;
        d.start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "name": d.name = Reading.string(p); break;
                case "path": d.path = Reading.string(p); break;
                case "code": b.code(Reading.string(p)); break;
                case "points": b.points(Reading.computed(p)); break;
                case "pointsSource": b.pointsSource(Reading.constant(p, PointsSource.class)); break;
                case "statedPoints": b.statedPoints(Reading.decimal(p)); break;
                case "applicablePoints": b.applicablePoints(Reading.computed(p)); break;
                case "awarded": b.awarded(Reading.computed(p)); d.awarded = true; break;
                case "notComputable": b.notComputable(Reading.string(p)).awarded(BigDecimal.ZERO); d.notComputable = true; break;
                case "rate": b.rate(Reading.computed(p)); break;
                case "reportedScore": b.reportedScore(Reading.decimal(p)); break;
                case "reportedRate": b.reportedRate(Reading.decimal(p)); break;
                case "status": b.status(Reading.constant(p, RuleOutcome.Status.class)); break;
                case "targetStatus": b.targetStatus(Reading.constant(p, TargetStatus.class)); break;
                case "band": b.band(readBand(p)); break;
                case "deviationReasons":
                    b.addAllDeviationReasons(Reading.list(p, "deviation reasons", r -> Reading.constant(r, NodeResult.DeviationReason.class)));
                    break;
                case "deviationNote": b.deviationNote(Reading.string(p)); break;
                case "childPointsSum": b.childPointsSum(Reading.computed(p)); break;
                case "trace": d.trace = TraceJson.read(p); break;
                case "children": d.children = Reading.list(p, "the children of a group", child -> read(child, level + 1)); break;
                default: throw Reading.noCase(field);
            }
        });
        if (d.awarded == d.notComputable) {
            throw Reading.problem(p, d.awarded ? "a node result has either \"awarded\" or \"notComputable\", not both"
                : "missing required field(s) [awarded] in a node result: give the awarded points, or \"notComputable\" "
                    + "with the reason", d.start);
        }
        return d;
    }

    /**
     * Finishes a tree of drafts into the engine's depth-first list, parents before children, checking
     * that each node's path is its parent's path and its name.
     *
     * @param pointer the JSON Pointer segments of {@code drafts}, such as {@code ["nodes"]}
     */
    static void finish(JsonParser p, List<Draft> drafts, IndicatorPath parent, List<Object> pointer, String ruleSetId,
            String ruleSetVersion, List<NodeResult> out) throws InputProblem {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Object> at = new ArrayList<>(pointer);
            at.add(i);
            IndicatorPath own;
            try {
                own = parent.child(d.name);
            } catch (IllegalArgumentException e) {
                throw located(new InputProblem(p, e.getMessage(), d.start, e), at);
            }
            if (!own.toString().equals(d.path)) {
                throw located(Reading.problem(p, "the path \"" + d.path + "\" is not this node's place in the tree: expected \""
                    + own + "\"", d.start), at);
            }
            out.add(d.builder.path(own).leaf(d.children == null).trace(d.trace.finish(ruleSetId, ruleSetVersion)).build());
            if (d.children != null) {
                at.add("children");
                finish(p, d.children, own, at, ruleSetId, ruleSetVersion, out);
            }
        }
    }

    /** Gives a problem found after the tree was read the path of the node it is about. */
    private static InputProblem located(InputProblem problem, List<Object> pointer) {
        for (int i = pointer.size() - 1; i >= 0; i--) {
            Object segment = pointer.get(i);
            if (segment instanceof Integer) {
                problem.prependPath(List.class, (Integer) segment);
            } else {
                problem.prependPath(Shape.class, (String) segment);
            }
        }
        return problem;
    }

    private static ScoreBand readBand(JsonParser p) throws IOException {
        Object[] fields = new Object[4];
        JsonLocation start = Reading.object(p, BAND, field -> {
            switch (field) {
                case "rating": fields[0] = Reading.constant(p, Rating.class); break;
                case "lower": fields[1] = Reading.computed(p); break;
                case "upper": fields[2] = Reading.computed(p); break;
                case "upperInclusive": fields[3] = Reading.bool(p); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start,
            () -> ScoreBand.of((Rating) fields[0], (BigDecimal) fields[1], (BigDecimal) fields[2], (Boolean) fields[3]));
    }

    /**
     * Writes the node at {@code index} with its descendants, which follow it in the depth-first list.
     *
     * @return the index of the first node after them
     */
    static int write(List<NodeResult> nodes, int index, String ruleSetId, String ruleSetVersion, JsonGenerator g)
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
        if (node.notComputable().isEmpty()) {
            Writing.decimal(g, "awarded", node.awarded());
        }
        Writing.decimal(g, "rate", node.rate());
        Writing.decimal(g, "reportedScore", node.reportedScore());
        Writing.decimal(g, "reportedRate", node.reportedRate());
        Writing.constant(g, "status", node.status());
        Writing.constant(g, "targetStatus", node.targetStatus());
        Writing.optional(g, "band", node.band(), NodeResultJson::writeBand);
        Writing.list(g, "deviationReasons", node.deviationReasons(), (reason, out) -> out.writeString(reason.name()));
        Writing.string(g, "deviationNote", node.deviationNote());
        Writing.decimal(g, "childPointsSum", node.childPointsSum());
        Writing.string(g, "notComputable", node.notComputable());
        g.writeFieldName("trace");
        TraceJson.write(node.trace(), ruleSetId, ruleSetVersion, g);
        int next = index + 1;
        if (!node.leaf()) {
            g.writeArrayFieldStart("children");
            while (next < nodes.size() && isUnder(nodes.get(next), node)) {
                next = write(nodes, next, ruleSetId, ruleSetVersion, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        return next;
    }

    private static boolean isUnder(NodeResult node, NodeResult group) {
        List<String> names = node.path().names();
        List<String> groupNames = group.path().names();
        if (names.size() <= groupNames.size()) {
            return false;
        }
        for (int i = 0; i < groupNames.size(); i++) {
            if (!names.get(i).equals(groupNames.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void writeBand(ScoreBand band, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "rating", band.rating());
        Writing.decimal(g, "lower", band.lower());
        Writing.decimal(g, "upper", band.upper());
        g.writeBooleanField("upperInclusive", band.upperInclusive());
        g.writeEndObject();
    }
}
