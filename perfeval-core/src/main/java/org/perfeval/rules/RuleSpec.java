package org.perfeval.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A named rule type with its parameters, as a rule set states it: {@code "positive"},
 * {@code "qualitative"} with {@code position = 0.5}, {@code "brackets"} with its bracket table. A
 * {@link org.perfeval.scoring.RuleRegistry} turns a spec into a {@link org.perfeval.scoring.spi.ScoringRule} or an {@link org.perfeval.scoring.spi.Aggregator}.
 *
 * <p>Parameters are data, never code: exact decimals ({@link #numbers()}), words from a closed set
 * that the rule documents ({@link #words()}), and a bracket table ({@link #table()}). Each rule
 * rejects parameters it does not know.
 *
 * <pre>{@code
 * RuleSpec.of("positive");
 * RuleSpec.builder().name("step-deduction")
 *     .putNumbers("threshold", new BigDecimal("100"))
 *     .putNumbers("deduction", new BigDecimal("0.5"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class RuleSpec {

    RuleSpec() {}
    private static final int MAX_NAME_LENGTH = 64;

    /** Builds a {@link RuleSpec}; {@code name} is required. */
    public static final class Builder extends ImmutableRuleSpec.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name a rule name such as {@code "positive"}; see {@link #name()}
     * @return the spec of that rule without parameters
     */
    public static RuleSpec of(String name) {
        return builder().name(name).build();
    }

    /**
     * @return the rule's registered name: 1 to 64 characters of {@code a-z}, {@code 0-9}, {@code -},
     *     {@code .} and {@code :}, such as {@code "reverse-linear"} or {@code "gx:over-target"}
     */
    public abstract String name();

    /** @return decimal parameters by name, such as {@code position → 0.5} */
    public abstract Map<String, BigDecimal> numbers();

    /** @return word parameters by name, such as {@code closed → upper} */
    public abstract Map<String, String> words();

    /** @return the bracket table, in ascending order; empty for rules without one */
    public abstract List<Bracket> table();

    /**
     * Checks that the spec uses no parameter outside the given names, for rule factories.
     *
     * @param numberNames the decimal parameters the rule knows, not null
     * @param wordNames the word parameters the rule knows, not null
     * @param tableAllowed whether the rule takes a bracket table
     * @throws IllegalArgumentException naming every unknown parameter
     */
    public void requireOnly(Set<String> numberNames, Set<String> wordNames, boolean tableAllowed) {
        List<String> unknown = new ArrayList<>();
        numbers().keySet().stream().filter(k -> !numberNames.contains(k)).forEach(unknown::add);
        words().keySet().stream().filter(k -> !wordNames.contains(k)).forEach(unknown::add);
        if (!tableAllowed && !table().isEmpty()) {
            unknown.add("table");
        }
        if (!unknown.isEmpty()) {
            // Sorted: the iteration order of a Set.of changes from one JVM to the next, a message must not.
            throw new IllegalArgumentException("rule " + name() + " takes no parameter " + unknown
                + "; it knows " + new TreeSet<>(numberNames) + (wordNames.isEmpty() ? "" : " and " + new TreeSet<>(wordNames))
                + (tableAllowed ? " and a table" : ""));
        }
    }

    /**
     * @param key a decimal parameter's name, not null
     * @param fallback the value when the parameter is absent, may be null
     * @return the parameter, or {@code fallback}
     */
    public BigDecimal number(String key, BigDecimal fallback) {
        BigDecimal value = numbers().get(key);
        return value != null ? value : fallback;
    }

    /**
     * @param key a decimal parameter's name, not null
     * @return the parameter
     * @throws IllegalArgumentException if it is absent
     */
    public BigDecimal requiredNumber(String key) {
        BigDecimal value = numbers().get(key);
        if (value == null) {
            throw new IllegalArgumentException("rule " + name() + " needs the parameter " + key);
        }
        return value;
    }

    /**
     * @param key a word parameter's name, not null
     * @param allowed the words it may take, the default first; not empty
     * @return the parameter, or the first allowed word when absent
     * @throws IllegalArgumentException if the parameter holds a word outside {@code allowed}
     */
    public String word(String key, List<String> allowed) {
        String value = words().get(key);
        if (value == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("rule " + name() + " parameter " + key + " must be one of "
                + allowed + " but was \"" + value + "\"");
        }
        return value;
    }

    @Value.Check
    void check() {
        String name = name();
        boolean valid = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH;
        for (int i = 0; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':';
        }
        if (!valid) {
            throw new IllegalArgumentException("rule name must be 1 to 64 characters of a-z, 0-9, '-', '.', ':' but was \""
                + name + "\"");
        }
        numbers().forEach((key, value) -> Decimals.checkBounded(value, "parameter " + key + " of rule " + name));
    }

    /** @return such as {@code brackets{closed=upper, table=[…]}} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name());
        if (!numbers().isEmpty() || !words().isEmpty() || !table().isEmpty()) {
            text.append('{');
            List<String> parts = new ArrayList<>();
            numbers().forEach((k, v) -> parts.add(k + "=" + v.toPlainString()));
            words().forEach((k, v) -> parts.add(k + "=" + v));
            if (!table().isEmpty()) {
                parts.add("table=" + table());
            }
            text.append(String.join(", ", parts)).append('}');
        }
        return text.toString();
    }
}
