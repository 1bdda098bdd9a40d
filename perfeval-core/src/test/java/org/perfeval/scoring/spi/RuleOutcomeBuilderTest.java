package org.perfeval.scoring.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.internal.Inputs;

/** The inputs an outcome shows are the ones given, in order, whichever way they were given. */
class RuleOutcomeBuilderTest {
    private static final BigDecimal A = new BigDecimal("98");
    private static final BigDecimal B = new BigDecimal("95");
    private static final BigDecimal W = new BigDecimal("10");

    @Test
    void inputsOneByOneKeepTheirOrderPastTheFirstArraysCapacity() {
        RuleOutcome.Builder builder = RuleOutcome.builder().awarded(W).formula("f");
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
        for (int i = 0; i < names.size(); i++) {
            builder.input(names.get(i), BigDecimal.valueOf(i));
        }
        RuleOutcome outcome = builder.build();
        assertEquals(names, List.copyOf(outcome.inputs().keySet()));
        assertEquals(BigDecimal.valueOf(6), outcome.inputs().get("g"));
    }

    @Test
    void aMapOfInputsGivesTheSameOutcomeAsItsEntriesOneByOne() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("A", A);
        map.put("B", B);
        RuleOutcome fromMap = RuleOutcome.builder().awarded(W).formula("f").inputs(map).input("w", W).build();
        RuleOutcome oneByOne = RuleOutcome.builder().awarded(W).formula("f").input("A", A).input("B", B).input("w", W).build();
        assertEquals(oneByOne.inputs(), fromMap.inputs());
        assertEquals(List.of("A", "B", "w"), List.copyOf(fromMap.inputs().keySet()));
    }

    @Test
    void addingToSharedInputsLeavesTheOutcomeMadeBeforeAndTheMapAsTheyWere() {
        String[] names = {"A", "B"};
        BigDecimal[] values = {A, B};
        Map<String, BigDecimal> shared = Inputs.of(names, values);
        RuleOutcome.Builder builder = RuleOutcome.builder().awarded(W).formula("f").inputs(shared);
        RuleOutcome before = builder.build();
        RuleOutcome after = builder.input("w", W).build();
        assertEquals(List.of("A", "B"), List.copyOf(before.inputs().keySet()));
        assertEquals(List.of("A", "B", "w"), List.copyOf(after.inputs().keySet()));
        assertEquals(List.of("A", "B"), List.of(names));
        assertEquals(List.of(A, B), List.of(values));
    }

    @Test
    void aMapNamingAnInputGivenBeforeIsRefusedWithBothValues() {
        RuleOutcome.Builder builder = RuleOutcome.builder().awarded(W).formula("f").input("A", A);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.inputs(Map.of("A", B)));
        assertTrue(e.getMessage().contains("\"A\" is given twice, as 98 and as 95"), e.getMessage());
    }
}
