package org.perfeval.json.internal;

import java.util.List;
import java.util.Set;

/**
 * The fields one kind of JSON object may hold and those it must hold, with the words messages use
 * for it ("an indicator").
 */
final class Shape {
    final String description;
    final List<String> fields;
    final Set<String> required;

    private Shape(String description, List<String> fields, Set<String> required) {
        this.description = description;
        this.fields = fields;
        this.required = required;
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
        return fields.contains(field);
    }
}
