package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import org.perfeval.model.Amount;
import org.perfeval.model.Unit;

/** {@code {"amount": 918.886283, "unit": "万元"}}: an exact number and the unit it is stated in. */
final class AmountJson {
    static final Shape SHAPE = Shape.of("an amount", "amount", "unit").requiring("amount", "unit");

    private AmountJson() {}

    static Amount read(JsonParser p) throws IOException {
        BigDecimal[] number = new BigDecimal[1];
        Unit[] unit = new Unit[1];
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            if (field.equals("amount")) {
                number[0] = Reading.decimal(p);
            } else {
                unit[0] = moneyUnit(p);
            }
        });
        return Reading.convert(p, start, () -> Amount.of(number[0], unit[0]));
    }

    /** @return {@code 元} or {@code 万元}; any other unit is an error at the value */
    static Unit moneyUnit(JsonParser p) throws IOException {
        String symbol = Reading.string(p);
        if (symbol.equals(Unit.WAN_YUAN.symbol())) {
            return Unit.WAN_YUAN;
        }
        if (symbol.equals(Unit.YUAN.symbol())) {
            return Unit.YUAN;
        }
        throw Reading.problem(p, "expected the unit \"万元\" or \"元\" but found " + Reading.describe(p));
    }

    static void write(Amount amount, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeFields(amount, g);
        g.writeEndObject();
    }

    /** Writes {@code "amount"} and {@code "unit"} into an object already open. */
    static void writeFields(Amount amount, JsonGenerator g) throws IOException {
        Writing.decimal(g, "amount", amount.number());
        g.writeStringField("unit", amount.unit().symbol());
    }
}
