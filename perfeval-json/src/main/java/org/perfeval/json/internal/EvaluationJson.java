package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Project;

/** An evaluation document: the whole self-evaluation report. */
final class EvaluationJson {
    static final Shape SHAPE = Shape.of("an evaluation", SchemaVersion.FIELD, "unit", "year", "kind", "division", "title",
        "budget", "projects", "indicators", "reportedTotal", "reportedTotalRate", "reportedGrade", "claims")
        .requiring(SchemaVersion.FIELD, "unit", "year", "kind");

    private EvaluationJson() {}

    static Evaluation read(JsonParser p) throws IOException {
        Evaluation.Builder b = Evaluation.builder();
        List<Project> projects = new ArrayList<>();
        List<IndicatorNode> indicators = new ArrayList<>();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case SchemaVersion.FIELD: SchemaVersion.read(p); break;
                case "unit": b.unit(Reading.string(p)); break;
                case "year": b.year(Reading.integer(p, Evaluation.MIN_YEAR, Evaluation.MAX_YEAR)); break;
                case "kind": b.kind(Reading.constant(p, EvaluationKind.class)); break;
                case "division": b.division(DivisionJson.read(p)); break;
                case "title": b.title(Reading.string(p)); break;
                case "budget": b.budget(BudgetJson.read(p)); break;
                case "projects": projects.addAll(Reading.list(p, "projects", ProjectJson::read)); break;
                case "indicators": indicators.addAll(Reading.list(p, "indicator nodes", IndicatorNodeJson::read)); break;
                case "reportedTotal": b.reportedTotal(Reading.decimal(p)); break;
                case "reportedTotalRate": b.reportedTotalRate(Reading.decimal(p)); break;
                case "reportedGrade": b.reportedGrade(Reading.string(p)); break;
                case "claims": b.addAllClaims(Reading.list(p, "claims", ClaimJson::read)); break;
                default: throw Reading.noCase(field);
            }
        });
        int count = count(indicators);
        for (Project project : projects) {
            count += count(project.indicators());
        }
        if (count > Limits.MAX_INDICATORS) {
            throw Reading.problem(p, "the evaluation has " + count + " indicators (groups and leaves, the projects' "
                + "included), more than the limit of " + Limits.MAX_INDICATORS + " (PerfevalJson.MAX_INDICATORS)", start);
        }
        b.addAllProjects(projects).addAllIndicators(indicators);
        return Reading.convert(p, start, b::build);
    }

    private static int count(List<IndicatorNode> nodes) {
        int count = nodes.size();
        for (IndicatorNode node : nodes) {
            if (node instanceof IndicatorGroup) {
                count += count(((IndicatorGroup) node).children());
            }
        }
        return count;
    }

    static void write(Evaluation evaluation, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        g.writeStringField("unit", evaluation.unit());
        g.writeNumberField("year", evaluation.year());
        Writing.constant(g, "kind", evaluation.kind());
        Writing.optional(g, "division", evaluation.division(), DivisionJson::write);
        Writing.string(g, "title", evaluation.title());
        Writing.optional(g, "budget", evaluation.budget(), BudgetJson::write);
        Writing.list(g, "projects", evaluation.projects(), ProjectJson::write);
        Writing.list(g, "indicators", evaluation.indicators(), IndicatorNodeJson::write);
        Writing.decimal(g, "reportedTotal", evaluation.reportedTotal());
        Writing.decimal(g, "reportedTotalRate", evaluation.reportedTotalRate());
        Writing.string(g, "reportedGrade", evaluation.reportedGrade());
        Writing.list(g, "claims", evaluation.claims(), ClaimJson::write);
        g.writeEndObject();
    }
}
