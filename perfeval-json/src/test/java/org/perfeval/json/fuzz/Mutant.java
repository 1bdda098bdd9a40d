package org.perfeval.json.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A valid document changed by tree edits and, sometimes, a byte edit on top.
 *
 * @param seed the valid document
 * @param edits the tree edits, applied in one writing of the document
 * @param byteEdit a change to the bytes after that, if any
 */
record Mutant(Seed seed, List<Edit> edits, Optional<ByteEdit> byteEdit) {
    private static final int SHOWN = 1_500;

    /** @return the document the mutant stands for, as the bytes a reader gets */
    byte[] bytes() {
        byte[] document = seed.mutator().apply(edits).getBytes(StandardCharsets.UTF_8);
        return byteEdit.map(edit -> edit.apply(document)).orElse(document);
    }

    /** @return the seed's name, the edits and the document, cut to a length a report can show */
    @Override
    public String toString() {
        String document = new String(bytes(), StandardCharsets.UTF_8);
        String shown = document.length() <= SHOWN ? document
            : document.substring(0, SHOWN) + "… (" + document.length() + " characters)";
        return seed.name() + " " + edits + byteEdit.map(b -> " " + b).orElse("") + ": " + shown;
    }
}
