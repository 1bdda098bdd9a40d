package org.perfeval.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Sibling names that print alike are one name: equal once normalised to NFC and stripped of invisible
 * and control characters, they are refused as duplicates in either order. Names that print nothing,
 * or that reorder the text around them with a bidi override, are refused.
 */
class NameCheckProperties {
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\u200E", "\u200F", "\u034F", "\uFE0F", "\u0007", "\u001B", "\u0085", "\u2028", "\u3164", "\u180E");
    private static final List<String> BIDI = List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069");

    @Property(tries = 500)
    void siblingsThatDifferOnlyInInvisibleCharactersOrNormalFormAreDuplicates(
            @ForAll("names") String name, @ForAll("confusables") ConfusedName confused) {
        String other = confused.apply(name);
        for (List<String> order : List.of(List.of(name, other), List.of(other, name))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> group(order.get(0), order.get(1)));
            assertTrue(e.getMessage().startsWith("duplicate indicator name"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Evaluation.builder().unit("单位").year(2022)
                .kind(EvaluationKind.DEPARTMENT_OVERALL).addIndicators(leaf(order.get(0)), leaf(order.get(1))).build());
        }
    }

    @Property(tries = 300)
    void aNameOfInvisibleCharactersOnlyIsRefused(@ForAll("invisibleOnly") String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> leaf(name));
        assertTrue(e.getMessage().startsWith("indicator name must"), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20 || c == 0x7F), "the message quotes no control character");
    }

    @Property(tries = 300)
    void aNameWithABidiOverrideIsRefused(@ForAll("names") String name, @ForAll("bidi") String override) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> leaf(name.substring(0, 1) + override + name.substring(1)));
        assertTrue(e.getMessage().contains("bidi override"), e.getMessage());
    }

    @Example
    void namesThatPrintDifferentlyAreDistinct() {
        assertDoesNotThrow(() -> group("产出指标", "产出"));     // one category for the rule set, two rows for the model
        assertDoesNotThrow(() -> group("数量指标", "数量 指标"));
        assertDoesNotThrow(() -> leaf("产出\u200B指标"));          // read as printed, compared without the space
    }

    record ConfusedName(String insert, int at, boolean decompose) {
        String apply(String name) {
            String base = decompose ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
            int where = Math.max(1, Math.min(at, base.length() - 1));
            return base.length() < 2 ? base + insert : base.substring(0, where) + insert + base.substring(where);
        }
    }

    @Provide
    Arbitrary<ConfusedName> confusables() {
        return Combinators.combine(Arbitraries.of(INVISIBLE), Arbitraries.integers().between(1, 6), Arbitraries.of(true, false))
            .as(ConfusedName::new);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("产出指标", "数量指标", "Café", "满意度", "é预算", "ﾊﾟ", "한국어", "项目完成率");
    }

    @Provide
    Arbitrary<String> invisibleOnly() {
        return Arbitraries.of(INVISIBLE).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l))
            .filter(s -> s.strip().equals(s) && !s.isBlank());
    }

    @Provide
    Arbitrary<String> bidi() {
        return Arbitraries.of(BIDI);
    }

    private static Indicator leaf(String name) {
        return Indicator.builder().name(name).actual(Actual.parse("1")).build();
    }

    private static IndicatorGroup group(String first, String second) {
        return IndicatorGroup.builder().name("组").addChildren(leaf(first), leaf(second)).build();
    }
}
