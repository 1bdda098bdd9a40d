package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;

/**
 * A node of the indicator tree. A node with {@code "children"} is a group (一级, 二级 indicator); a node
 * without is a leaf indicator and needs an {@code "actual"} ({@code ""} for a blank cell). No type
 * field and no class name: the shape says what the node is.
 */
final class IndicatorNodeJson {
    static final Shape SHAPE = Shape.of("an indicator node", "name", "code", "points", "reportedScore",
        "reportedRate", "target", "unit", "actual", "deviationNote", "core", "statedDirection", "children")
        .requiring("name");

    private static final Set<String> LEAF_ONLY = Set.of("target", "unit", "actual", "deviationNote", "core", "statedDirection");
    private static final List<String> LEAF_ONLY_IN_ORDER = SHAPE.fields.stream().filter(LEAF_ONLY::contains).toList();

    private IndicatorNodeJson() {}

    /** The fields of one node as read, before the shape decides what it is. */
    private static final class Fields {
        final List<String> present = new ArrayList<>();
        String name;
        String code;
        BigDecimal points;
        BigDecimal reportedScore;
        BigDecimal reportedRate;
        Target target;
        Unit unit;
        Actual actual;
        String deviationNote;
        boolean core;
        Direction statedDirection;
        List<IndicatorNode> children;
    }

    static IndicatorNode read(JsonParser p) throws IOException {
        return read(p, 1);
    }

    /** Reads a node at {@code level} (1 for a top-level node); deeper than {@link Limits#MAX_TREE_LEVELS} is refused. */
    private static IndicatorNode read(JsonParser p, int level) throws IOException {
        if (level > Limits.MAX_TREE_LEVELS) {
            throw Reading.problem(p, "the indicator tree is deeper than the limit of " + Limits.MAX_TREE_LEVELS
                + " levels (PerfevalJson.MAX_TREE_LEVELS)");
        }
        Fields f = new Fields();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            f.present.add(field);
            switch (field) {
                case "name": f.name = Reading.string(p); break;
                case "code": f.code = Reading.string(p); break;
                case "points": f.points = Reading.decimal(p); break;
                case "reportedScore": f.reportedScore = Reading.decimal(p); break;
                case "reportedRate": f.reportedRate = Reading.decimal(p); break;
                case "target": f.target = TargetJson.read(p); break;
                case "unit": f.unit = UnitJson.read(p); break;
                case "actual": f.actual = ActualJson.read(p); break;
                case "deviationNote": f.deviationNote = Reading.string(p); break;
                case "core": f.core = Reading.bool(p); break;
                case "statedDirection": f.statedDirection = Reading.constant(p, Direction.class); break;
                case "children": f.children = Reading.list(p, "the children of a group", child -> read(child, level + 1)); break;
                default: throw Reading.noCase(field);
            }
        });
        return f.children != null ? group(p, start, f) : leaf(p, start, f);
    }

    private static IndicatorNode group(JsonParser p, JsonLocation start, Fields f) throws IOException {
        for (String field : f.present) {
            if (LEAF_ONLY.contains(field)) {
                throw Reading.problem(p, "\"" + field + "\" belongs to a leaf indicator, but \"" + f.name
                    + "\" has children and is a group; a group has no " + String.join(", ", LEAF_ONLY_IN_ORDER), start);
            }
        }
        return Reading.convert(p, start, () -> IndicatorGroup.builder()
            .name(f.name)
            .addAllChildren(f.children)
            .code(Optional.ofNullable(f.code))
            .points(Optional.ofNullable(f.points))
            .reportedScore(Optional.ofNullable(f.reportedScore))
            .reportedRate(Optional.ofNullable(f.reportedRate))
            .build());
    }

    private static IndicatorNode leaf(JsonParser p, JsonLocation start, Fields f) throws IOException {
        if (f.actual == null) {
            throw Reading.problem(p, "missing required field actual in the leaf indicator \"" + f.name
                + "\" (a node without children); give \"\" for a blank actual", start);
        }
        return Reading.convert(p, start, () -> Indicator.builder()
            .name(f.name)
            .actual(f.actual)
            .core(f.core)
            .code(Optional.ofNullable(f.code))
            .points(Optional.ofNullable(f.points))
            .reportedScore(Optional.ofNullable(f.reportedScore))
            .reportedRate(Optional.ofNullable(f.reportedRate))
            .target(Optional.ofNullable(f.target))
            .unit(Optional.ofNullable(f.unit))
            .deviationNote(Optional.ofNullable(f.deviationNote))
            .statedDirection(Optional.ofNullable(f.statedDirection))
            .build());
    }

    static void write(IndicatorNode node, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", node.name());
        Writing.string(g, "code", node.code());
        Writing.decimal(g, "points", node.points());
        Writing.decimal(g, "reportedScore", node.reportedScore());
        Writing.decimal(g, "reportedRate", node.reportedRate());
        if (node instanceof IndicatorGroup) {
            IndicatorGroup group = (IndicatorGroup) node;
            g.writeArrayFieldStart("children");
            for (IndicatorNode child : group.children()) {
                write(child, g);
            }
            g.writeEndArray();
        } else {
            Indicator leaf = (Indicator) node;
            Writing.optional(g, "target", leaf.target(), TargetJson::write);
            Writing.optional(g, "unit", leaf.unit(), UnitJson::write);
            g.writeFieldName("actual");
            ActualJson.write(leaf.actual(), g);
            Writing.string(g, "deviationNote", leaf.deviationNote());
            if (leaf.core()) {
                g.writeBooleanField("core", true);
            }
            Writing.optional(g, "statedDirection", leaf.statedDirection(), (d, out) -> out.writeString(d.name()));
        }
        g.writeEndObject();
    }
}
