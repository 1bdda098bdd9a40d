package org.perfeval.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers why writing failed ({@code No space left on device}), which a
 * {@link java.io.PrintStream} keeps to itself, so that the tool's one-line error can say it.
 */
final class FailureRecorder extends FilterOutputStream {
    private volatile String failure;

    FailureRecorder(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    private void remember(IOException e) {
        if (failure == null) {
            failure = String.valueOf(e.getMessage());
        }
    }

    /** @return why the first write failed, if one did */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
