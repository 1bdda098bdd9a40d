package org.perfeval.examples.report;

import static java.util.Objects.requireNonNull;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.rules.RuleSet;

/**
 * A scored report as one self-contained HTML page, for the people who act on a score: the header
 * (unit, year, kind, rule set), the computed total and grade beside the reported ones and the distance
 * to the nearest grade boundary; the indicator table, computed beside reported, each row with findings
 * linked to them; bar charts drawn as inline SVG (points, computed and reported score per category;
 * where points were lost; the budget metrics beside the figures the report prints; the projects'
 * approved against executed amounts); what-if (each row that lost points at full points, and the
 * fewest rows that decide the grade); and the findings by severity with their figures.
 *
 * <pre>{@code
 * HtmlReport html = HtmlReport.create();
 * Files.writeString(Path.of("jinshui-2021.html"), html.render(result, ruleSet, Locale.CHINESE));
 * }</pre>
 *
 * <p>The page needs no network: its style is inline, its charts are SVG in the page, it loads no
 * script, font or image, and its Content-Security-Policy ({@code default-src 'none'}) forbids the
 * browser to fetch anything. It prints on A4 portrait with every column of its tables on the page,
 * and names the Chinese fonts a desktop has (Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei,
 * PingFang SC, SimSun). Every string of the document (unit, names, notes, messages) is HTML-escaped
 * by the template engine. The page's own words are Chinese for a {@code zh} locale, English otherwise;
 * the report's own text stays as printed.
 *
 * <p>A figure the rules did not compute is absent with its reason, never a 0: a report without an
 * indicator table is shown as not scored, with what its own figures allow.
 *
 * <p>Instances are immutable and thread-safe: the templates are compiled once.
 */
public final class HtmlReport {
    private static final String TEMPLATES = "org/perfeval/examples/report";

    private final Mustache report;
    private final Mustache index;

    private HtmlReport(Mustache report, Mustache index) {
        this.report = report;
        this.index = index;
    }

    /** @return a renderer with the bundled templates */
    public static HtmlReport create() {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(TEMPLATES);
        return new HtmlReport(factory.compile("report.mustache"), factory.compile("index.mustache"));
    }

    /**
     * One report as a page.
     *
     * @param result a scored and audited report, not null
     * @param ruleSet the rule set it was scored under (its title and grade scale are shown), not null
     * @param locale the language of the page's own words: Chinese for a {@code zh} locale, else English; not null
     * @return the whole HTML document
     * @throws IllegalArgumentException if the rule set's id or version is not the result's
     */
    public String render(EvaluationResult result, RuleSet ruleSet, Locale locale) {
        requireNonNull(result, "result");
        requireNonNull(ruleSet, "ruleSet");
        if (!ruleSet.id().equals(result.ruleSetId()) || !ruleSet.version().equals(result.ruleSetVersion())) {
            throw new IllegalArgumentException("the result was scored under " + result.ruleSetId() + " version "
                + result.ruleSetVersion() + " but the rule set given is " + ruleSet.id() + " version " + ruleSet.version());
        }
        Labels labels = Labels.of(requireNonNull(locale, "locale"));
        return execute(report, new ReportModel(result, ruleSet, labels).scope());
    }

    /**
     * A page linking several reports, with the portfolio: the grades, the money per grade and the
     * worst findings.
     *
     * @param reports the reports with where each one's page is, in the order to list them; not null
     * @param locale the language of the page's own words; not null
     * @return the whole HTML document
     */
    public String renderIndex(List<Linked> reports, Locale locale) {
        requireNonNull(reports, "reports");
        Labels labels = Labels.of(requireNonNull(locale, "locale"));
        return execute(index, new IndexModel(new ArrayList<>(reports), labels).scope());
    }

    /**
     * A report and the address of its page, relative to the index page.
     *
     * @param href the page's address, such as {@code jinshui-2021.html}; not null
     * @param result the report, not null
     */
    public record Linked(String href, EvaluationResult result) {
        /**
         * @param href the page's address, relative to the index page; not null
         * @param result the report; not null
         * @throws NullPointerException if an argument is null
         */
        public Linked {
            requireNonNull(href, "href");
            requireNonNull(result, "result");
        }
    }

    private static String execute(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        try {
            template.execute(out, scope).flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
