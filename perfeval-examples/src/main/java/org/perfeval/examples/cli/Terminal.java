package org.perfeval.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, where progress may be drawn and redrawn in place. */
@FunctionalInterface
interface Terminal {
    /** Standard error is never a terminal: for runs in tests and in pipelines. */
    Terminal NONE = () -> false;

    /**
     * The process's own standard error: on Linux, file descriptor 2 leads to a terminal device
     * ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere, the JVM has a console.
     */
    Terminal SYSTEM = Terminal::systemStandardError;

    /** @return whether standard error is a terminal */
    boolean standardErrorIsTerminal();

    private static boolean systemStandardError() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
