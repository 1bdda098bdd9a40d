package org.perfeval.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named numbers behind one finding, in the order they explain it. */
final class Figures {
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();

    static Figures none() {
        return new Figures();
    }

    static Figures of(String name, BigDecimal value) {
        return new Figures().and(name, value);
    }

    Figures and(String name, BigDecimal value) {
        values.put(name, value);
        return this;
    }

    Map<String, BigDecimal> map() {
        return values;
    }
}
