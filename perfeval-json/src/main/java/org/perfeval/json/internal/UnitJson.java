package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.perfeval.model.Unit;


/** A unit of measure as its printed symbol: {@code "%"}, {@code "人"}, {@code "定性指标"}. */
final class UnitJson {
    private UnitJson() {}

    static Unit read(JsonParser p) throws IOException {
        String symbol = Reading.string(p);
        return Reading.convert(p, p.currentTokenLocation(), () -> Unit.of(symbol));
    }

    static void write(Unit unit, JsonGenerator g) throws IOException {
        g.writeString(unit.symbol());
    }
}
