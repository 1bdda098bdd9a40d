package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.ValueFormatException;

/**
 * Every printed form collected in {@code printed-forms.tsv} (every target and actual that the shared
 * reference, the three seed reports and the nine tables of seeds/more print) reads as a reader of the
 * report reads it and prints back exactly as printed.
 */
class PrintedFormsTest {

    static Stream<Arguments> forms() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = PrintedFormsTest.class.getResourceAsStream("printed-forms.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.add(Arguments.of(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2} ({3})")
    @MethodSource("forms")
    void readsAsAReaderReadsItAndPrintsBackAsPrinted(String role, String text, String reading, String where) {
        String[] expected = reading.split(" ");
        if (expected[0].equals("ERROR")) {
            assertThrows(ValueFormatException.class, () -> Target.parse(text));
            return;
        }
        if (role.equals("target")) {
            Target target = Target.parse(text);
            assertEquals(expected[0], target.kind().name());
            assertEquals(reading, describe(target));
            assertEquals(text.strip(), target.print());
            assertEquals(target, Target.parse(target.print()));
        } else {
            Actual actual = Actual.parse(text);
            assertEquals(expected[0], actual.kind().name());
            assertEquals(reading, describe(actual));
            assertEquals(text.strip(), actual.print());
            assertEquals(actual, Actual.parse(actual.print()));
        }
    }

    @Test
    void theDataCoverEveryComparatorAndKind() throws IOException {
        List<String> readings = forms().map(a -> (String) a.get()[2]).toList();
        for (Comparator c : Comparator.values()) {
            assertTrue(readings.stream().anyMatch(r -> r.startsWith("QUANTITATIVE " + c.name() + " ")), c.name());
        }
        for (Target.Kind kind : Target.Kind.values()) {
            assertTrue(readings.stream().anyMatch(r -> r.startsWith(kind.name())), kind.name());
        }
        for (Actual.Kind kind : Actual.Kind.values()) {
            if (kind == Actual.Kind.UNREADABLE) {
                continue; // the format's marker for a cell that cannot be read: never a printed string
            }
            assertTrue(readings.stream().anyMatch(r -> r.startsWith(kind.name())), kind.name());
        }
    }

    static String describe(Target target) {
        if (target instanceof Target.Quantitative) {
            Target.Quantitative q = (Target.Quantitative) target;
            return "QUANTITATIVE " + q.comparator() + " " + q.value().toPlainString() + unit(q.unit());
        }
        if (target instanceof Target.Range) {
            Target.Range r = (Target.Range) target;
            return "RANGE " + r.lower().toPlainString() + " " + r.upper().toPlainString() + unit(r.unit());
        }
        if (target instanceof Target.Deadline) {
            return "DEADLINE " + ((Target.Deadline) target).lastDay(2023);
        }
        return "QUALITATIVE";
    }

    static String describe(Actual actual) {
        if (actual instanceof Actual.Measured) {
            Actual.Measured m = (Actual.Measured) actual;
            return "MEASURED " + m.value().toPlainString() + unit(m.unit());
        }
        if (actual instanceof Actual.Rated) {
            return "RATED " + ((Actual.Rated) actual).rating();
        }
        return actual.kind().name();
    }

    private static String unit(Optional<Unit> unit) {
        return unit.map(u -> " " + u.symbol()).orElse("");
    }

    @Test
    void strictComparatorsStayStrict() {
        Target.Quantitative moreThanZero = (Target.Quantitative) Target.parse(">0");
        assertEquals(Comparator.MORE_THAN, moreThanZero.comparator());
        assertTrue(moreThanZero.isStrict());
        assertEquals(Comparator.LESS_THAN, ((Target.Quantitative) Target.parse("低于5%")).comparator());
        assertEquals(Comparator.AT_LEAST, ((Target.Quantitative) Target.parse("不低于5%")).comparator());
    }

    @Test
    void eightyWanIsMoneyOnlyInAMoneyContext() {
        Indicator fund = Indicator.builder().name("项目资金").target(Target.parse("≤80万")).actual(Actual.parse("750000"))
            .unit(Unit.YUAN).build();
        assertEquals(Unit.WAN_YUAN, fund.moneyUnit(Unit.of("万")));
        Indicator cost = Indicator.builder().name("生均成本").target(Target.parse("≤80万")).actual(Actual.missing()).build();
        assertEquals(Unit.WAN_YUAN, cost.moneyUnit(Unit.of("万")));
        Indicator visits = Indicator.builder().name("服务人次").target(Target.parse("≥80万人次")).actual(Actual.missing()).build();
        assertEquals(Unit.of("万人次"), visits.moneyUnit(Unit.of("万人次")));
        Indicator count = Indicator.builder().name("受益人数").target(Target.parse("≥80万")).actual(Actual.missing()).build();
        assertEquals(Unit.of("万"), count.moneyUnit(Unit.of("万")));
        assertEquals(0, new BigDecimal("800000").compareTo(fund.targetAmount().orElseThrow().yuan()));
        assertEquals(Optional.empty(), count.targetAmount());
        assertEquals(Optional.empty(), visits.targetAmount());
        Indicator column = Indicator.builder().name("工程资金金额").target(Target.parse("43.2")).unit(Unit.WAN_YUAN)
            .actual(Actual.parse("37.24")).build();
        assertEquals(Amount.ofWanYuan("43.2"), column.targetAmount().orElseThrow());
    }

    @Test
    void aComparatorOnBothSidesMustAgree() {
        Target.Quantitative both = (Target.Quantitative) Target.parse("≥98%以上");
        assertEquals(Comparator.AT_LEAST, both.comparator());
        assertEquals("≥98%以上", both.print());
        assertThrows(ValueFormatException.class, () -> Target.parse("≥98%以内"));
    }

    @Test
    void aPrintedTextThatDoesNotReadAsTheFieldsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Target.Quantitative(Comparator.AT_LEAST, "≥",
            new BigDecimal("98"), Optional.of(Unit.PERCENT), false, "≥99%"));
        assertThrows(IllegalArgumentException.class, () -> new Target.Quantitative(Comparator.AT_LEAST, "以上",
            new BigDecimal("98"), Optional.of(Unit.PERCENT), false, "不低于98%"));
        assertThrows(IllegalArgumentException.class, () -> Target.qualitative("不低于95%"));
        assertThrows(IllegalArgumentException.class, () -> Target.qualitative("9月前"));
        assertEquals("98%以上", new Target.Quantitative(Comparator.AT_LEAST, "以上", new BigDecimal("98"),
            Optional.of(Unit.PERCENT), false).print());
    }
}
