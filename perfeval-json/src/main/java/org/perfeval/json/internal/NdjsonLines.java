package org.perfeval.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream as bytes, one at a time. A line ends at {@code \n} (a {@code \r}
 * before it is JSON white space and stays); the last line needs none, and a final {@code \n} starts
 * no empty line. A line longer than {@code limit} bytes is cut after {@code limit + 1} bytes and the
 * rest skipped unread into memory, so that its reader refuses it as too large while memory stays
 * bounded.
 */
public final class NdjsonLines {
    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private long number;

    /** One line: its number, from 1, and its bytes without the {@code \n}. */
    public record Line(long number, byte[] bytes) {}

    /**
     * @param in the stream, read to its end and not closed
     * @param limit the most bytes a line may have
     */
    public NdjsonLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        // The bytes of earlier buffers, when a line spans them; a line within one buffer is copied once.
        byte[] line = null;
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? new Line(++number, line == null ? new byte[0] : Arrays.copyOf(line, length)) : null;
                }
            }
            any = true;
            int from = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            int kept = Math.min(position - from, limit + 1 - length);
            boolean ends = position < end;
            if (ends && line == null) {
                position++;
                return new Line(++number, Arrays.copyOfRange(buffer, from, from + kept));
            }
            if (kept > 0) {
                if (line == null) {
                    line = new byte[Math.min(Math.max(2 * kept, 256), limit + 1)];
                } else if (length + kept > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + kept, Math.min(2 * line.length, limit + 1)));
                }
                System.arraycopy(buffer, from, line, length, kept);
                length += kept;
            }
            if (ends) {
                position++;
                return new Line(++number, Arrays.copyOf(line, length));
            }
        }
    }
}
