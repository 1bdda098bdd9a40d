package org.perfeval.examples.cli;

import java.util.List;
import java.util.Locale;
import org.perfeval.json.PerfevalJson;


/** The output formats of {@code score}. */
enum Format {
    /** Aligned plain text for a terminal. */
    TEXT,
    /** GitHub-flavoured Markdown. */
    MARKDOWN,
    /** The result documents of perfeval-json: one, or an array of them for several files. */
    JSON;

    /** The names {@code --format} takes, for the completion script. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    private static final PerfevalJson WRITER = PerfevalJson.create().withPrettyPrinting();

    /**
     * @param name {@code text}, {@code markdown} or {@code json}
     * @param texts the run's language, for the refusal
     * @return the format
     * @throws UsageException for any other name
     */
    static Format named(String name, Texts texts) {
        for (Format format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw new UsageException(texts.get("usage.format", name));
    }

    /**
     * @param reports the reports scored, in order; not empty
     * @return the output, ending with a line break
     */
    String write(List<Scorer.Scored> reports, Texts texts) {
        if (this == JSON) {
            return json(reports);
        }
        Page page = new Page();
        reports.forEach(report -> page.add(report.page(texts)));
        return write(page);
    }

    /** Prints a page as text or Markdown; JSON has no page. */
    String write(Page page) {
        if (this == JSON) {
            throw new IllegalStateException("a page has no JSON form");
        }
        return this == MARKDOWN ? MarkdownWriter.write(page) : TextWriter.write(page);
    }

    private static String json(List<Scorer.Scored> reports) {
        if (reports.size() == 1) {
            return WRITER.write(reports.get(0).result());
        }
        // An array of the pretty documents, each indented one level: JSON strings hold no raw line break.
        StringBuilder array = new StringBuilder("[\n");
        for (int i = 0; i < reports.size(); i++) {
            String document = WRITER.write(reports.get(i).result()).stripTrailing();
            array.append("  ").append(document.replace("\n", "\n  ")).append(i < reports.size() - 1 ? ",\n" : "\n");
        }
        return array.append("]\n").toString();
    }
}
