package org.perfeval.internal;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The named inputs of a formula as an unmodifiable map in their order, read from the arrays a rule
 * gives rather than copied: a result holds a trace per node and most are never asked for their inputs
 * by name.
 */
public final class Inputs extends AbstractMap<String, BigDecimal> {
    private final String[] names;
    private final BigDecimal[] values;

    private Inputs(String[] names, BigDecimal[] values) {
        this.names = names;
        this.values = values;
    }

    /** @param names distinct names, as every way of making an outcome or a trace ensures */
    public static Map<String, BigDecimal> of(String[] names, BigDecimal[] values) {
        return names.length == 0 ? Collections.emptyMap() : new Inputs(names, values);
    }

    /** @return the names of a map made by {@link #of}, shared rather than copied; else copied out */
    public static String[] names(Map<String, BigDecimal> inputs) {
        return inputs instanceof Inputs ? ((Inputs) inputs).names : inputs.keySet().toArray(new String[0]);
    }

    /** @return the values of a map made by {@link #of}, shared rather than copied; else copied out */
    public static BigDecimal[] values(Map<String, BigDecimal> inputs) {
        return inputs instanceof Inputs ? ((Inputs) inputs).values : inputs.values().toArray(new BigDecimal[0]);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public BigDecimal get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Map.Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, BigDecimal> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }
}
