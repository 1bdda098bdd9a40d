package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.model.Division;

/** Where a report is from: {@code {"code": "410105", "name": "郑州市金水区"}}. */
final class DivisionJson {
    static final Shape SHAPE = Shape.of("an administrative division", "code", "name").requiring("code", "name");

    private DivisionJson() {}

    static Division read(JsonParser p) throws IOException {
        String[] fields = new String[2];
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "code": fields[0] = Reading.convert(p, DivisionJson::code, Reading.string(p)); break;
                case "name": fields[1] = Reading.string(p); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, () -> Division.of(fields[0], fields[1]));
    }

    private static String code(String code) {
        if (!Division.isCode(code)) {
            throw new IllegalArgumentException("a division code is six digits (GB/T 2260) with a province other than 00,"
                + " such as 410105, but was \"" + Reading.clip(code) + "\"");
        }
        return code;
    }

    static void write(Division division, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", division.code());
        g.writeStringField("name", division.name());
        g.writeEndObject();
    }
}
