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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Unit;

/**
 * The budget block. Every figure is optional; amounts are {@code {"amount": …, "unit": …}}; income by
 * source is an array of {@code {"source": "财政拨款收入", "amount": …, "unit": …}} in report order, so
 * that field names stay English and names of sources stay values.
 */
final class BudgetJson {

    /** One amount field of the budget, with the accessor and builder method it binds. */
    private static final class AmountField {
        final String name;
        final Function<DepartmentBudget, Optional<Amount>> getter;
        final BiConsumer<DepartmentBudget.Builder, Amount> setter;

        AmountField(String name, Function<DepartmentBudget, Optional<Amount>> getter,
                BiConsumer<DepartmentBudget.Builder, Amount> setter) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
        }
    }

    private static final List<AmountField> AMOUNTS = List.of(
        new AmountField("yearStartBudget", DepartmentBudget::yearStartBudget, DepartmentBudget.Builder::yearStartBudget),
        new AmountField("adjustedBudget", DepartmentBudget::adjustedBudget, DepartmentBudget.Builder::adjustedBudget),
        new AmountField("income", DepartmentBudget::income, DepartmentBudget.Builder::income),
        new AmountField("expenditure", DepartmentBudget::expenditure, DepartmentBudget.Builder::expenditure),
        new AmountField("basicExpenditure", DepartmentBudget::basicExpenditure, DepartmentBudget.Builder::basicExpenditure),
        new AmountField("personnelExpenditure", DepartmentBudget::personnelExpenditure,
            DepartmentBudget.Builder::personnelExpenditure),
        new AmountField("publicExpenditure", DepartmentBudget::publicExpenditure, DepartmentBudget.Builder::publicExpenditure),
        new AmountField("projectExpenditure", DepartmentBudget::projectExpenditure, DepartmentBudget.Builder::projectExpenditure),
        new AmountField("carryOver", DepartmentBudget::carryOver, DepartmentBudget.Builder::carryOver),
        new AmountField("priorCarryOver", DepartmentBudget::priorCarryOver, DepartmentBudget.Builder::priorCarryOver),
        new AmountField("threePublicBudget", DepartmentBudget::threePublicBudget, DepartmentBudget.Builder::threePublicBudget),
        new AmountField("threePublicExpenditure", DepartmentBudget::threePublicExpenditure,
            DepartmentBudget.Builder::threePublicExpenditure),
        new AmountField("priorThreePublicExpenditure", DepartmentBudget::priorThreePublicExpenditure,
            DepartmentBudget.Builder::priorThreePublicExpenditure),
        new AmountField("publicFundsBudget", DepartmentBudget::publicFundsBudget, DepartmentBudget.Builder::publicFundsBudget),
        new AmountField("procurementBudget", DepartmentBudget::procurementBudget, DepartmentBudget.Builder::procurementBudget),
        new AmountField("procurementExpenditure", DepartmentBudget::procurementExpenditure,
            DepartmentBudget.Builder::procurementExpenditure),
        new AmountField("keyProjectExpenditure", DepartmentBudget::keyProjectExpenditure,
            DepartmentBudget.Builder::keyProjectExpenditure),
        new AmountField("fixedAssetsInUse", DepartmentBudget::fixedAssetsInUse, DepartmentBudget.Builder::fixedAssetsInUse),
        new AmountField("fixedAssetsTotal", DepartmentBudget::fixedAssetsTotal, DepartmentBudget.Builder::fixedAssetsTotal),
        new AmountField("plannedPayments", DepartmentBudget::plannedPayments, DepartmentBudget.Builder::plannedPayments),
        new AmountField("actualPayments", DepartmentBudget::actualPayments, DepartmentBudget.Builder::actualPayments));

    static final Shape SHAPE = shape();
    static final Shape SOURCE_SHAPE = Shape.of("an income source", "source", "amount", "unit")
        .requiring("source", "amount", "unit");

    /** Largest head count a budget can state: far above any department's staff. */
    static final int MAX_STAFF = 10_000_000;

    private BudgetJson() {}

    private static Shape shape() {
        List<String> fields = new ArrayList<>();
        for (AmountField field : AMOUNTS) {
            fields.add(field.name);
            if (field.name.equals("income")) {
                fields.add("incomeBySource");
            }
        }
        fields.add("staff");
        fields.add("authorizedStaff");
        return Shape.of("a budget", fields.toArray(new String[0]));
    }

    static DepartmentBudget read(JsonParser p) throws IOException {
        DepartmentBudget.Builder b = DepartmentBudget.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case "incomeBySource":
                    Set<String> sources = new HashSet<>();
                    Reading.list(p, "income sources", element -> readSource(p, sources, b));
                    break;
                case "staff": b.staff(Reading.integer(p, 0, MAX_STAFF)); break;
                case "authorizedStaff": b.authorizedStaff(Reading.integer(p, 0, MAX_STAFF)); break;
                default: amountField(field).setter.accept(b, AmountJson.read(p)); break;
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static AmountField amountField(String name) {
        for (AmountField field : AMOUNTS) {
            if (field.name.equals(name)) {
                return field;
            }
        }
        throw new IllegalStateException("no amount field " + name);
    }

    /** Reads one income source into the builder; a source named twice is an error, never a silent overwrite. */
    private static Amount readSource(JsonParser p, Set<String> seen, DepartmentBudget.Builder b) throws IOException {
        String[] source = new String[1];
        BigDecimal[] number = new BigDecimal[1];
        Unit[] unit = new Unit[1];
        JsonLocation start = Reading.object(p, SOURCE_SHAPE, field -> {
            switch (field) {
                case "source": source[0] = Reading.string(p); break;
                case "amount": number[0] = Reading.decimal(p); break;
                case "unit": unit[0] = AmountJson.moneyUnit(p); break;
                default: throw Reading.noCase(field);
            }
        });
        if (!seen.add(source[0])) {
            throw Reading.problem(p, "income source \"" + source[0] + "\" appears twice", start);
        }
        Amount amount = Reading.convert(p, start, () -> Amount.of(number[0], unit[0]));
        b.putIncomeBySource(source[0], amount);
        return amount;
    }

    static void write(DepartmentBudget budget, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (AmountField field : AMOUNTS) {
            Writing.optional(g, field.name, field.getter.apply(budget), AmountJson::write);
            if (field.name.equals("income")) {
                Writing.list(g, "incomeBySource", List.copyOf(budget.incomeBySource().entrySet()), BudgetJson::writeSource);
            }
        }
        integer(g, "staff", budget.staff());
        integer(g, "authorizedStaff", budget.authorizedStaff());
        g.writeEndObject();
    }

    private static void writeSource(Map.Entry<String, Amount> source, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source.getKey());
        AmountJson.writeFields(source.getValue(), g);
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, String field, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsInt());
        }
    }
}
