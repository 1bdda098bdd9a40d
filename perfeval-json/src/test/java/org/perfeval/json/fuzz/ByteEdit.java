package org.perfeval.json.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One change to the bytes of a document, after the tree edits: what a broken transfer, a bad disk
 * or a wrong conversion does to a file.
 *
 * @param kind what is done
 * @param position where, modulo the length of the document
 * @param choice which byte, bit, length or sequence, modulo the candidates
 */
record ByteEdit(Kind kind, int position, int choice) {
    /** Sequences put into a document: each is malformed UTF-8, a byte order mark or a JSON structural character. */
    static final byte[][] SEQUENCES = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},      // a byte order mark in the middle
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},      // a surrogate encoded as if it were a character (CESU-8)
        {(byte) 0xC0, (byte) 0x80},                   // an overlong NUL
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        {(byte) 0xE6, (byte) 0x94},                   // the first two bytes of 政, without the third
        {(byte) 0xFF},
        {(byte) 0x00},
        {'{'}, {'['}, {'"'}, {','}, {':'}, {'\\'}, {'}'}, {']'},
    };

    /** What a byte edit does. */
    enum Kind {
        /** Cuts the document at the position. */
        TRUNCATE,
        /** Flips one bit of the byte at the position. */
        FLIP,
        /** Inserts one of {@link #SEQUENCES} at the position. */
        INSERT,
        /** Removes 1 to 64 bytes from the position. */
        REMOVE,
        /** Repeats 1 to 64 bytes from the position. */
        REPEAT
    }

    byte[] apply(byte[] document) {
        if (document.length == 0) {
            return kind == Kind.INSERT ? SEQUENCES[Math.floorMod(choice, SEQUENCES.length)].clone() : document;
        }
        int at = Math.floorMod(position, document.length);
        int length = Math.min(Math.floorMod(choice, 64) + 1, document.length - at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 64);
        switch (kind) {
            case TRUNCATE:
                return Arrays.copyOf(document, at);
            case FLIP:
                byte[] flipped = document.clone();
                flipped[at] ^= (byte) (1 << Math.floorMod(choice, 8));
                return flipped;
            case INSERT:
                out.write(document, 0, at);
                out.writeBytes(SEQUENCES[Math.floorMod(choice, SEQUENCES.length)]);
                out.write(document, at, document.length - at);
                return out.toByteArray();
            case REMOVE:
                out.write(document, 0, at);
                out.write(document, at + length, document.length - at - length);
                return out.toByteArray();
            default:
                out.write(document, 0, at + length);
                out.write(document, at, document.length - at);
                return out.toByteArray();
        }
    }

    @Override
    public String toString() {
        return kind + "@" + position + "/" + choice;
    }
}
