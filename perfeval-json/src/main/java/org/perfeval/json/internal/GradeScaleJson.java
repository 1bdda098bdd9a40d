package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import org.perfeval.model.Grade;
import org.perfeval.model.GradeScale;

/**
 * A grade scale: {@code {"id": "cn-mof-2020", "maximum": 100, "grades": [{"label": "优", "lowerBound": 90,
 * "upperBound": 100}, …]}}. A scale with gaps or overlaps reads fine: the rule set's lint reports it.
 */
final class GradeScaleJson {
    static final Shape SHAPE = Shape.of("a grade scale", "id", "maximum", "grades").requiring("id", "maximum", "grades");
    static final Shape GRADE = Shape.of("a grade", "label", "lowerBound", "upperBound")
        .requiring("label", "lowerBound", "upperBound");

    private GradeScaleJson() {}

    static GradeScale read(JsonParser p) throws IOException {
        GradeScale.Builder b = GradeScale.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "id": b.id(Reading.string(p)); break;
                case "maximum": b.maximum(Reading.decimal(p)); break;
                case "grades": b.addAllGrades(Reading.list(p, "grades", GradeScaleJson::readGrade)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    static Grade readGrade(JsonParser p) throws IOException {
        String[] label = new String[1];
        BigDecimal[] bounds = new BigDecimal[2];
        JsonLocation start = Reading.object(p, GRADE, field -> {
            switch (field) {
                case "label": label[0] = Reading.string(p); break;
                case "lowerBound": bounds[0] = Reading.decimal(p); break;
                case "upperBound": bounds[1] = Reading.decimal(p); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, () -> Grade.of(label[0], bounds[0], bounds[1]));
    }

    static void write(GradeScale scale, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", scale.id());
        Writing.decimal(g, "maximum", scale.maximum());
        Writing.list(g, "grades", scale.grades(), GradeScaleJson::writeGrade);
        g.writeEndObject();
    }

    static void writeGrade(Grade grade, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", grade.label());
        Writing.decimal(g, "lowerBound", grade.lowerBound());
        Writing.decimal(g, "upperBound", grade.upperBound());
        g.writeEndObject();
    }
}
