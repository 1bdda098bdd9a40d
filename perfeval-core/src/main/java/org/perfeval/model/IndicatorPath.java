package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The path of names from the top of an indicator tree to a node, printed with {@code /}, such as
 * {@code 产出指标/履职目标实现/标兵奖}. Names never hold {@code /}, so a path prints and parses
 * unambiguously.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IndicatorPath implements Comparable<IndicatorPath> {
    private static final IndicatorPath ROOT = new IndicatorPath(List.of());

    private final List<String> names;
    /** {@code names.hashCode()}: paths are map keys wherever results are looked up. */
    private final int hash;
    /** The printed path, made when first asked for; racy but harmless, as strings are immutable. */
    private String text;

    private IndicatorPath(List<String> names) {
        this(names, names.hashCode());
    }

    private IndicatorPath(List<String> names, int hash) {
        this.names = names;
        this.hash = hash;
    }

    /** @return the empty path, above every top-level node */
    public static IndicatorPath root() {
        return ROOT;
    }

    /**
     * @param text a path such as {@code 产出指标/履职目标实现/标兵奖}, not null
     * @return the path
     * @throws IllegalArgumentException if a segment is blank
     */
    public static IndicatorPath parse(String text) {
        requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        IndicatorPath path = ROOT;
        for (String name : text.split("/", -1)) {
            path = path.child(name);
        }
        return path;
    }

    /**
     * @param name a child's name, not blank, no {@code /}
     * @return this path extended by {@code name}
     */
    public IndicatorPath child(String name) {
        requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("path segment must be non-blank without '/' but was \"" + name + "\"");
        }
        return checkedChild(name);
    }

    /** As {@link #child(String)}, for the name of a node, which the node has checked already. */
    IndicatorPath checkedChild(String name) {
        List<String> extended = new ArrayList<>(names.size() + 1);
        extended.addAll(names);
        extended.add(name);
        // As List.hashCode() computes it, one name further.
        return new IndicatorPath(Collections.unmodifiableList(extended), 31 * hash + name.hashCode());
    }

    /** @return the names from the top, empty for the root */
    public List<String> names() {
        return names;
    }

    /** @return the number of names: 1 for a top-level node (一级) */
    public int depth() {
        return names.size();
    }

    /** @return the last name; empty for the root */
    public String leafName() {
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    @Override
    public int compareTo(IndicatorPath other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof IndicatorPath && ((IndicatorPath) other).hash == hash
            && ((IndicatorPath) other).names.equals(names);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** @return the names joined with {@code /} */
    @Override
    public String toString() {
        String printed = text;
        if (printed == null) {
            printed = String.join("/", names);
            text = printed;
        }
        return printed;
    }
}
