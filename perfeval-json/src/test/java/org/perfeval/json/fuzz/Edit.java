package org.perfeval.json.fuzz;

/**
 * One change to a JSON document, made at the value numbered {@code target} in document order (0 is
 * the document itself; numbers beyond the last value wrap around). {@code choice} picks what the
 * change puts there: a payload, another value of the document, a field name, a place in a string.
 * Plain numbers, so that a failing case shrinks to the smallest change that still fails.
 *
 * @param kind what is done to the value
 * @param target which value, in document order, modulo the number of values
 * @param choice which payload, name or place, modulo the number of candidates
 */
record Edit(Kind kind, int target, int choice) {

    /** What an edit does to its value. */
    enum Kind {
        /** Leaves the value out: its field, its array element, or the whole document. */
        DELETE,
        /** Writes the field or element twice; the document itself twice. */
        DUPLICATE,
        /** Writes the field twice, the second time with a payload as its value. */
        DUPLICATE_ALTERED,
        /** Writes a payload in place of the value: another type, an extreme number, odd or long text. */
        REPLACE,
        /**
         * Writes a value of the same JSON type in place of the value, one the reader may well accept:
         * a number at the edge of the bounds, a printed target or actual with such a number, odd text.
         */
        VARY,
        /** Repeats the elements of an array 2 to 120 times, each copy's {@code "name"} made distinct. */
        MULTIPLY,
        /** Turns a number into a string and a string into a number, an object or array into a string. */
        RETYPE,
        /** Puts odd characters into a string (surrogates, direction marks, NUL, combining marks). */
        INJECT,
        /** Adds a field with a payload to an object: a field of the format, out of place, or an unknown one. */
        INSERT_FIELD,
        /** Gives the field another name of the format, or a near miss of its own. */
        RENAME,
        /** Puts the value inside an array or an object. */
        WRAP,
        /** Writes a copy of another value of the document in place of the value. */
        GRAFT
    }

    @Override
    public String toString() {
        return kind + "@" + target + "/" + choice;
    }
}
