package org.perfeval.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Bounds the size of a document and decodes it as strict UTF-8, before any parsing. */
final class Input {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int FIRST_BUFFER = 8192;

    private Input() {}

    /**
     * Reads at most one byte more than the limit, so a larger document is refused without reading it all:
     * the limit of a result document if {@code result}, else of an evaluation or a rule set. A stream that
     * knows how much it holds (bytes in memory, a file) is read into one array of that size, with no
     * copy; others into an array that doubles as it fills.
     */
    static byte[] read(InputStream in, boolean result) throws IOException {
        int limit = maxBytes(result);
        int available = in.available();
        byte[] bytes = new byte[available > 0 && available <= limit ? available : Math.min(limit, FIRST_BUFFER)];
        int n = 0;
        while (true) {
            if (n < bytes.length) {
                int read = in.read(bytes, n, bytes.length - n);
                if (read < 0) {
                    return Arrays.copyOf(bytes, n);
                }
                n += read;
                continue;
            }
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            if (n == limit) {
                throw tooLarge(result);
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * n));
            bytes[n++] = (byte) next;
        }
    }

    /**
     * Checks bytes as {@link #decode(byte[])} does, without decoding them: a document that passes can be
     * parsed from its bytes.
     *
     * @return where the content starts (after a byte order mark), or -1 if the bytes are not strict UTF-8
     */
    static int utf8Start(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return Utf8.isStrict(bytes, start) ? start : -1;
    }

    /** Checks a document given as text against the byte limit, measured as UTF-8. */
    static String check(String text) {
        return check(text, false);
    }

    /** As {@link #check(String)}, with the limit of a result document if {@code result}. */
    static String check(String text, boolean result) {
        int limit = maxBytes(result);
        if (text.length() > limit || utf8Length(text) > limit) {
            throw tooLarge(result);
        }
        return stripByteOrderMark(text);
    }

    private static int maxBytes(boolean result) {
        return result ? PerfevalJson.MAX_RESULT_DOCUMENT_BYTES : PerfevalJson.MAX_DOCUMENT_BYTES;
    }

    private static JsonInputException tooLarge(boolean result) {
        return new JsonInputException("", 0, 0, "the document is larger than the limit of " + maxBytes(result)
            + (result ? " bytes (PerfevalJson.MAX_RESULT_DOCUMENT_BYTES)" : " bytes (PerfevalJson.MAX_DOCUMENT_BYTES)"), null);
    }

    /**
     * Decodes UTF-8, refusing malformed bytes instead of replacing them: a document in GBK or GB18030
     * must not turn into text with replacement characters.
     */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position());
        }
        return stripByteOrderMark(out.flip().toString());
    }

    private static JsonInputException notUtf8(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        // Locale.ROOT: a message is the same in every JVM; Arabic or Thai digits are not.
        return new JsonInputException("", line, column, String.format(Locale.ROOT,
            "byte 0x%02X at offset %d is not UTF-8: expected UTF-8 text (convert documents in GBK or GB18030 first)", bytes[offset] & 0xFF, offset), null);
    }

    /** RFC 8259 lets a parser ignore a leading byte order mark; systems on Windows often write one. */
    private static String stripByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
