package org.perfeval.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * Streams {@code COUNT} lines through {@link BatchScorer#run} without holding them: the Jinshui report,
 * compact, with a broken line every {@value #BROKEN_EVERY} lines, made as they are read, and an output
 * that checks each error record stands at its own line and keeps nothing. Prints
 * {@code lines failed bytesIn bytesOut} and exits 0 when every line came back in order, 1 otherwise.
 *
 * <p>Usage: {@code LongStream COUNT}; run by {@link BatchScorerLongStreamTest} in a JVM with a small heap.
 */
public final class LongStream {
    static final int BROKEN_EVERY = 997;
    private static final byte[] BROKEN = "{\"unit\":\"broken\"\n".getBytes(StandardCharsets.UTF_8);

    private LongStream() {}

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        PerfevalJson json = PerfevalJson.create();
        byte[] line = (json.write(json.readEvaluation(Resources.text("samples/jinshui-2021.evaluation.json"))) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        Lines in = new Lines(line, count);
        Checked out = new Checked();
        BatchScorer.Outcome outcome = BatchScorer.of(e -> evaluator).run(in, out, BatchScorer.Listener.NONE);
        System.out.println(outcome.lines() + " " + outcome.failed() + " " + in.bytes + " " + out.bytes);
        boolean inOrder = out.misplaced == 0 && out.lines == count && outcome.lines() == count
            && outcome.failed() == count / BROKEN_EVERY && out.errors == outcome.failed();
        System.exit(inOrder ? 0 : 1);
    }

    /** The lines, made as they are read: line {@code n} is broken when {@code n} is a multiple of BROKEN_EVERY. */
    private static final class Lines extends InputStream {
        private final byte[] good;
        private final long count;
        private long number = 1;
        private byte[] current;
        private int at;
        long bytes;

        Lines(byte[] good, long count) {
            this.good = good;
            this.count = count;
            this.current = count > 0 ? lineOf(1) : new byte[0];
        }

        private byte[] lineOf(long n) {
            return n % BROKEN_EVERY == 0 ? BROKEN : good;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == current.length) {
                if (number >= count) {
                    return -1;
                }
                current = lineOf(++number);
                at = 0;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            bytes += n;
            return n;
        }
    }

    /** Counts lines and error records, and how many error records name another line than their own. */
    private static final class Checked extends OutputStream {
        private static final byte[] RECORD = "{\"line\":".getBytes(StandardCharsets.US_ASCII);
        long lines;
        long errors;
        long misplaced;
        long bytes;
        /** How much of RECORD the line starts with so far; RECORD.length while its number is read; -1 past it. */
        private int matched;
        private long named;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
                if (matched == -2) {
                    errors++;
                    misplaced += named == lines && lines % BROKEN_EVERY == 0 ? 0 : 1;
                }
                matched = 0;
                named = 0;
            } else if (matched >= 0 && matched < RECORD.length) {
                matched = b == RECORD[matched] ? matched + 1 : -1;
            } else if (matched == RECORD.length && b >= '0' && b <= '9') {
                named = named * 10 + (b - '0');
            } else if (matched == RECORD.length) {
                matched = -2;   // an error record, its line number read
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
