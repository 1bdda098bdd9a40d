package org.perfeval.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes the characters a generator writes into UTF-8 on a stream as they come, giving the very bytes
 * of the whole text escaped by {@code Unicode.escapeUnpairedSurrogates} and encoded with
 * {@code getBytes(UTF_8)}: a surrogate pair is one four-byte character, a surrogate without its pair is
 * written as its JSON escape (<code>&#92;udfff</code>), never replaced. A high surrogate that ends one
 * write waits for the next. Flushing passes the bytes on; closing flushes and leaves the stream open.
 */
final class Utf8Output extends Writer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int size;
    /** A high surrogate written last, whose pair may come next; 0 if none. */
    private char pending;

    Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int i = offset;
        int end = offset + length;
        while (pending != 0 && i < end) {
            put(chars[i++]);
        }
        byte[] b = buffer;
        int n = size;
        while (i < end) {
            if (n > b.length - 4) {
                size = n;
                drain();
                n = 0;
            }
            // A run of ASCII, the bulk of a document's syntax and numbers.
            int run = Math.min(end, i + b.length - n);
            while (i < run && chars[i] < 0x80) {
                b[n++] = (byte) chars[i++];
            }
            if (i == end || n > b.length - 4) {
                continue;
            }
            char c = chars[i++];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                size = n;
                put(c);
                // Until the surrogate finds its pair or proves to have none.
                while (pending != 0 && i < end) {
                    put(chars[i++]);
                }
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    private void put(char c) throws IOException {
        if (size > buffer.length - 12) {
            drain();
        }
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buffer[size++] = (byte) (0xF0 | code >> 18);
                buffer[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                buffer[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            escape(high);
        }
        if (c < 0x80) {
            buffer[size++] = (byte) c;
        } else if (c < 0x800) {
            buffer[size++] = (byte) (0xC0 | c >> 6);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            escape(c);
        } else {
            buffer[size++] = (byte) (0xE0 | c >> 12);
            buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A surrogate without its pair, as {@code Integer.toHexString} spells it: four lower-case digits. */
    private void escape(char c) {
        buffer[size++] = '\\';
        buffer[size++] = 'u';
        buffer[size++] = (byte) HEX[c >> 12 & 0xF];
        buffer[size++] = (byte) HEX[c >> 8 & 0xF];
        buffer[size++] = (byte) HEX[c >> 4 & 0xF];
        buffer[size++] = (byte) HEX[c & 0xF];
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    /** Passes on what is written; a high surrogate still waiting is written as its escape, the text being complete. */
    @Override
    public void flush() throws IOException {
        if (pending != 0) {
            if (size > buffer.length - 6) {
                drain();
            }
            escape(pending);
            pending = 0;
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
