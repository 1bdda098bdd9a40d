package org.perfeval.json.fuzz;

/**
 * A valid document the fuzzer starts from, with its name for the report of a failing case.
 *
 * @param name where the document comes from, such as {@code jinshui-2021}
 * @param document the document
 * @param mutator the document read for editing
 */
record Seed(String name, String document, Mutator mutator) {

    /**
     * @param name where the document comes from
     * @param document a valid JSON document
     * @return the seed
     */
    static Seed of(String name, String document) {
        return new Seed(name, document, new Mutator(document));
    }

    @Override
    public String toString() {
        return name;
    }
}
