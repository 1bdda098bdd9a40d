package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.model.Project;



/** A project: name, purpose, approved and executed amounts, status and its own indicator tree. */
final class ProjectJson {
    static final Shape SHAPE = Shape.of("a project", "number", "name", "purpose", "yearStartBudget", "approved",
        "executed", "status", "indicators").requiring("name", "approved", "executed");

    private ProjectJson() {}

    static Project read(JsonParser p) throws IOException {
        Project.Builder b = Project.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "number": b.number(Reading.string(p)); break;
                case "name": b.name(Reading.string(p)); break;
                case "purpose": b.purpose(Reading.string(p)); break;
                case "yearStartBudget": b.yearStartBudget(AmountJson.read(p)); break;
                case "approved": b.approved(AmountJson.read(p)); break;
                case "executed": b.executed(AmountJson.read(p)); break;
                case "status": b.status(Reading.constant(p, Project.Status.class)); break;
                case "indicators": b.addAllIndicators(Reading.list(p, "indicator nodes", IndicatorNodeJson::read)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static void write(Project project, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.string(g, "number", project.number());
        g.writeStringField("name", project.name());
        Writing.string(g, "purpose", project.purpose());
        Writing.optional(g, "yearStartBudget", project.yearStartBudget(), AmountJson::write);
        g.writeFieldName("approved");
        AmountJson.write(project.approved(), g);
        g.writeFieldName("executed");
        AmountJson.write(project.executed(), g);
        Writing.optional(g, "status", project.status(), (s, out) -> out.writeString(s.name()));
        Writing.list(g, "indicators", project.indicators(), IndicatorNodeJson::write);
        g.writeEndObject();
    }
}
