package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.AggregatorBinding;
import org.perfeval.rules.Category;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.UnscorablePolicy;

/**
 * A rule set document. It names rules and aggregators ({@link RuleSpecJson}) and never carries code;
 * a document that names a rule the application did not register reads fine and fails its lint.
 */
final class RuleSetJson {
    static final Shape SHAPE = Shape.of("a rule set", SchemaVersion.FIELD, "id", "version", "jurisdiction", "title", "source",
        "effectiveFrom", "effectiveUntil", "kind", "categories", "bindings", "aggregators", "groupAggregator",
        "totalAggregator", "allocation", "rounding", "gradeScale", "notApplicable", "unscorable", "deviation", "audit")
        .requiring(SchemaVersion.FIELD, "id", "version", "jurisdiction", "effectiveFrom");
    static final Shape CATEGORY = Shape.of("a category", "name", "points", "rule", "whenAbsent").requiring("name", "points");
    static final Shape MOVE = Shape.of("points moved from an absent category", "category", "points")
        .requiring("category", "points");
    static final Shape BINDING = Shape.of("a rule binding", "by", "value", "rule").requiring("by", "value", "rule");
    static final Shape AGGREGATOR = Shape.of("an aggregator binding", "pattern", "aggregator").requiring("pattern", "aggregator");

    private RuleSetJson() {}

    static RuleSet read(JsonParser p) throws IOException {
        RuleSet.Builder b = RuleSet.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case SchemaVersion.FIELD: SchemaVersion.read(p); break;
                case "id": b.id(Reading.string(p)); break;
                case "version": b.version(Reading.string(p)); break;
                case "jurisdiction": b.jurisdiction(Reading.string(p)); break;
                case "title": b.title(Reading.string(p)); break;
                case "source": b.source(RuleSourceJson.read(p)); break;
                case "effectiveFrom": b.effectiveFrom(Reading.date(p)); break;
                case "effectiveUntil": b.effectiveUntil(Reading.date(p)); break;
                case "kind": b.kind(Reading.constant(p, EvaluationKind.class)); break;
                case "categories": b.addAllCategories(Reading.list(p, "categories", RuleSetJson::readCategory)); break;
                case "bindings": b.addAllBindings(Reading.list(p, "rule bindings", RuleSetJson::readBinding)); break;
                case "aggregators": b.addAllAggregators(Reading.list(p, "aggregator bindings", RuleSetJson::readAggregator)); break;
                case "groupAggregator": b.groupAggregator(RuleSpecJson.read(p)); break;
                case "totalAggregator": b.totalAggregator(RuleSpecJson.read(p)); break;
                case "allocation": b.allocation(PolicyJson.readAllocation(p)); break;
                case "rounding": b.rounding(PolicyJson.readRounding(p)); break;
                case "gradeScale": b.gradeScale(GradeScaleJson.read(p)); break;
                case "notApplicable": b.notApplicable(Reading.constant(p, NotApplicablePolicy.class)); break;
                case "unscorable": b.unscorable(Reading.constant(p, UnscorablePolicy.class)); break;
                case "deviation": b.deviation(PolicyJson.readDeviation(p)); break;
                case "audit": b.audit(PolicyJson.readAudit(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static Category readCategory(JsonParser p) throws IOException {
        Category.Builder b = Category.builder();
        JsonLocation start = Reading.object(p, CATEGORY, field -> {
            switch (field) {
                case "name": b.name(Reading.string(p)); break;
                case "points": b.points(Reading.decimal(p)); break;
                case "rule": b.rule(RuleSpecJson.read(p)); break;
                case "whenAbsent":
                    Set<String> targets = new HashSet<>();
                    Reading.list(p, "points moved from an absent category", element -> readMove(p, targets, b));
                    break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static BigDecimal readMove(JsonParser p, Set<String> targets, Category.Builder b) throws IOException {
        String[] category = new String[1];
        BigDecimal[] points = new BigDecimal[1];
        JsonLocation start = Reading.object(p, MOVE, field -> {
            if (field.equals("category")) {
                category[0] = Reading.string(p);
            } else {
                points[0] = Reading.decimal(p);
            }
        });
        if (!targets.add(category[0])) {
            throw Reading.problem(p, "points move to category \"" + category[0] + "\" twice", start);
        }
        b.putWhenAbsent(category[0], points[0]);
        return points[0];
    }

    private static RuleBinding readBinding(JsonParser p) throws IOException {
        RuleBinding.Builder b = RuleBinding.builder();
        JsonLocation start = Reading.object(p, BINDING, field -> {
            switch (field) {
                case "by": b.by(Reading.constant(p, RuleBinding.By.class)); break;
                case "value": b.value(Reading.string(p)); break;
                case "rule": b.rule(RuleSpecJson.read(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static AggregatorBinding readAggregator(JsonParser p) throws IOException {
        AggregatorBinding.Builder b = AggregatorBinding.builder();
        JsonLocation start = Reading.object(p, AGGREGATOR, field -> {
            if (field.equals("pattern")) {
                b.pattern(Reading.string(p));
            } else {
                b.aggregator(RuleSpecJson.read(p));
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(RuleSet ruleSet, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        g.writeStringField("id", ruleSet.id());
        g.writeStringField("version", ruleSet.version());
        g.writeStringField("jurisdiction", ruleSet.jurisdiction());
        Writing.string(g, "title", ruleSet.title());
        Writing.optional(g, "source", ruleSet.source(), RuleSourceJson::write);
        g.writeStringField("effectiveFrom", ruleSet.effectiveFrom().toString());
        Writing.optional(g, "effectiveUntil", ruleSet.effectiveUntil(), (d, out) -> out.writeString(d.toString()));
        Writing.optional(g, "kind", ruleSet.kind(), (k, out) -> out.writeString(k.name()));
        Writing.list(g, "categories", ruleSet.categories(), RuleSetJson::writeCategory);
        Writing.list(g, "bindings", ruleSet.bindings(), RuleSetJson::writeBinding);
        Writing.list(g, "aggregators", ruleSet.aggregators(), RuleSetJson::writeAggregator);
        g.writeFieldName("groupAggregator");
        RuleSpecJson.write(ruleSet.groupAggregator(), g);
        g.writeFieldName("totalAggregator");
        RuleSpecJson.write(ruleSet.totalAggregator(), g);
        g.writeFieldName("allocation");
        PolicyJson.writeAllocation(ruleSet.allocation(), g);
        g.writeFieldName("rounding");
        PolicyJson.writeRounding(ruleSet.rounding(), g);
        g.writeFieldName("gradeScale");
        GradeScaleJson.write(ruleSet.gradeScale(), g);
        Writing.constant(g, "notApplicable", ruleSet.notApplicable());
        Writing.constant(g, "unscorable", ruleSet.unscorable());
        g.writeFieldName("deviation");
        PolicyJson.writeDeviation(ruleSet.deviation(), g);
        g.writeFieldName("audit");
        PolicyJson.writeAudit(ruleSet.audit(), g);
        g.writeEndObject();
    }

    private static void writeCategory(Category category, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", category.name());
        Writing.decimal(g, "points", category.points());
        Writing.optional(g, "rule", category.rule(), RuleSpecJson::write);
        Writing.list(g, "whenAbsent", List.copyOf(category.whenAbsent().entrySet()), RuleSetJson::writeMove);
        g.writeEndObject();
    }

    private static void writeMove(Map.Entry<String, BigDecimal> move, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", move.getKey());
        Writing.decimal(g, "points", move.getValue());
        g.writeEndObject();
    }

    private static void writeBinding(RuleBinding binding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.constant(g, "by", binding.by());
        g.writeStringField("value", binding.value());
        g.writeFieldName("rule");
        RuleSpecJson.write(binding.rule(), g);
        g.writeEndObject();
    }

    private static void writeAggregator(AggregatorBinding binding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("pattern", binding.pattern());
        g.writeFieldName("aggregator");
        RuleSpecJson.write(binding.aggregator(), g);
        g.writeEndObject();
    }
}
