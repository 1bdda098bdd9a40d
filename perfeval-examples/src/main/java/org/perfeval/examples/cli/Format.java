package org.perfeval.examples.cli;

import java.util.Locale;

/** The output formats of {@code score}. */
enum Format {
    /** Aligned plain text for a terminal. */
    TEXT,
    /** GitHub-flavoured Markdown. */
    MARKDOWN;

    /**
     * @param name {@code text} or {@code markdown}
     * @return the format
     * @throws UsageException for any other name
     */
    static Format named(String name) {
        for (Format format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw new UsageException("unknown format " + Arguments.quote(name) + "; use text or markdown");
    }

    String write(Page page) {
        return this == MARKDOWN ? MarkdownWriter.write(page) : TextWriter.write(page);
    }
}
