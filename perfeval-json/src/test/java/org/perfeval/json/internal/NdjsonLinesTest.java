package org.perfeval.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines come out as they were written, however the stream hands its bytes over. */
class NdjsonLinesTest {

    /** A stream that gives at most {@code chunk} bytes a read, as pipes and sockets do. */
    private static InputStream chunked(String text, int chunk) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<String> lines(InputStream in, int limit) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, limit);
        List<String> out = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            assertEquals(out.size() + 1, line.number());
            out.add(new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1 << 16})
    void linesAreTheBytesBetweenLineFeedsWhateverTheChunks(int chunk) throws IOException {
        assertEquals(List.of("{\"a\":1}\r", "", "{\"b\":\"预算\"}", "last"),
            lines(chunked("{\"a\":1}\r\n\n{\"b\":\"预算\"}\nlast", chunk), 100));
        assertEquals(List.of("one", "two"), lines(chunked("one\ntwo\n", chunk), 100));
        assertEquals(List.of(), lines(chunked("", chunk), 100));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5000, 1 << 16})
    void aLineAcrossTheReadBufferComesOutWhole(int chunk) throws IOException {
        String longLine = "x".repeat((1 << 16) + 123);
        assertEquals(List.of("a", longLine, "b"), lines(chunked("a\n" + longLine + "\nb", chunk), 1 << 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 1 << 16})
    void aLineLongerThanTheLimitIsCutOneByteAfterItAndTheNextLineFollows(int chunk) throws IOException {
        assertEquals(List.of("12345", "abcdef", "z"), lines(chunked("12345\nabcdefghij\nz", chunk), 5));
    }
}
