package org.perfeval.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields one kind of JSON object may hold and those it must hold, with the words messages use
 * for it ("an indicator"). Each field has an index, so that a reader marks the fields it has seen as
 * bits of one {@code long}.
 */
final class Shape {
    /** The most fields a shape may have: one bit each. */
    static final int MAX_FIELDS = Long.SIZE;

    final String description;
    final List<String> fields;
    private final String[] names;
    final Set<String> required;
    private final Map<String, Integer> indexes;
    private final long requiredBits;

    private Shape(String description, List<String> fields, Set<String> required) {
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException(description + " has more than " + MAX_FIELDS + " fields");
        }
        this.description = description;
        this.fields = fields;
        this.names = fields.toArray(new String[0]);
        this.required = required;
        this.indexes = new HashMap<>();
        long bits = 0;
        for (int i = 0; i < fields.size(); i++) {
            indexes.put(fields.get(i), i);
            if (required.contains(fields.get(i))) {
                bits |= 1L << i;
            }
        }
        this.requiredBits = bits;
    }

    /**
     * @param description the object as messages name it, such as {@code "an indicator"}
     * @param fields every field, in the order they are written
     * @return a shape without required fields; add them with {@link #requiring(String...)}
     */
    static Shape of(String description, String... fields) {
        return new Shape(description, List.of(fields), Set.of());
    }

    Shape requiring(String... required) {
        for (String name : required) {
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(name + " is not a field of " + description);
            }
        }
        return new Shape(description, fields, Set.of(required));
    }

    boolean has(String field) {
        return indexes.containsKey(field);
    }

    /** @return the field's index, or -1 if the shape has no such field */
    int indexOf(String field) {
        // The parser interns field names, as Java interns the literals here: the same name is the same string.
        for (int i = 0; i < names.length; i++) {
            if (names[i] == field) {
                return i;
            }
        }
        Integer index = indexes.get(field);
        return index == null ? -1 : index;
    }

    /** @return whether the fields seen, one bit each, hold every required field */
    boolean complete(long seen) {
        return (seen & requiredBits) == requiredBits;
    }
}
