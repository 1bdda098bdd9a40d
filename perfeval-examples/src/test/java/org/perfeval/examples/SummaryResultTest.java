package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.examples.bench.Reports;
import org.perfeval.json.BatchScorer;
import org.perfeval.json.DocumentKind;
import org.perfeval.json.PerfevalJson;
import org.perfeval.json.ResultForm;
import org.perfeval.json.RulePacks;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * Summary results of every bundled document and of the benchmarks' generated reports: each valid
 * against {@code result-summary.schema.json} and holding the full result's figures; and the README's
 * snippet and size claims.
 */
class SummaryResultTest {
    private static final PerfevalJson JSON = PerfevalJson.create();
    /** As {@code perfeval batch} scores by default: each report under the rule pack the catalogue picks. */
    private static final BatchScorer CATALOGUE = BatchScorer.choosing(RulePacks.catalogue(), RuleRegistry.builtIns());
    /** The benchmarks' seed ({@code Benchmarks.SEED}): the reports their figures are measured on. */
    private static final long BENCHMARK_SEED = 20211231L;

    private static void check(String full, String summary, long line) {
        assertEquals(List.of(), Schemas.problems(DocumentKind.RESULT_SUMMARY, summary), summary);
        Summaries.assertSummaryOf(full, summary, line);
    }

    @ParameterizedTest
    @EnumSource(SeedReport.class)
    void eachSeedReportsSummaryUnderItsPackHoldsItsFigures(SeedReport report) {
        String line = JSON.write(report.read(JSON));
        check(CATALOGUE.scoreLine(3, line), CATALOGUE.writing(ResultForm.SUMMARY).scoreLine(3, line), 3);
        EvaluationResult underProfile = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns())
            .evaluate(report.read(JSON));
        check(JSON.write(underProfile), JSON.write(underProfile, ResultForm.SUMMARY), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-yongde-2022.json", "03-zhongjiang-2022.json", "04-langfang-2019.json",
        "05-jishan-2021.json", "06-xiaoxian-2023.json", "07-shidian-2021.json",
        "08-jinzhai-2023.json", "09-suiyang-2021.json", "10-lingling-2021.json"})
    void eachTablesSummaryHoldsItsFigures(String file) throws IOException {
        // As 'score --format json' writes a table: its evaluation's scores with every finding, the table's own included.
        EvaluationResult result = SeedTableTest.evaluate(file).asEvaluationResult();
        String summary = JSON.withPrettyPrinting().write(result, ResultForm.SUMMARY);
        check(JSON.write(result), summary, 0);
        JsonNode tree = Summaries.tree(summary);
        if (result.total().isEmpty()) {
            assertTrue(tree.at("/total/computed").isMissingNode(), file + ": a total that is not computable is its reason");
            assertEquals(result.totalNotComputable().orElseThrow(), tree.at("/total/reason").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 200})
    void theBenchmarksGeneratedReportsSummariesHoldTheirFigures(int indicators) {
        String line = JSON.write(Reports.evaluation(indicators, BENCHMARK_SEED));
        String full = CATALOGUE.scoreLine(1, line);
        String summary = CATALOGUE.writing(ResultForm.SUMMARY).scoreLine(1, line);
        check(full, summary, 1);
    }

    /** The README's table of sizes is what the summaries of these reports measure, to the byte. */
    @Test
    void theReadmesTableOfSizesIsWhatTheSummariesMeasure() throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Jinshui 2021", JSON.write(SeedReport.JINSHUI_2021.read(JSON)));
        lines.put("Guancheng 2022", JSON.write(SeedReport.GUANCHENG_2022.read(JSON)));
        lines.put("Potou 2022", JSON.write(SeedReport.POTOU_2022.read(JSON)));
        for (int indicators : new int[] {10, 50, 200}) {
            lines.put("generated, " + indicators + " indicators", JSON.write(Reports.evaluation(indicators, BENCHMARK_SEED)));
        }
        List<String> measured = new ArrayList<>();
        lines.forEach((name, line) -> {
            int input = bytes(line);
            int full = bytes(CATALOGUE.scoreLine(1, line));
            int summary = bytes(CATALOGUE.writing(ResultForm.SUMMARY).scoreLine(1, line));
            BigDecimal ofFull = ratio(summary, full);
            // The README's words: a sixth to a third of the full result.
            assertTrue(ofFull.compareTo(new BigDecimal("0.15")) > 0 && ofFull.compareTo(new BigDecimal("0.35")) < 0,
                name + ": " + ofFull + " of the full result");
            measured.add("| " + name + " | " + grouped(input) + " | " + grouped(full) + " | " + grouped(summary) + " | "
                + ratio(summary, input) + " | " + ofFull + " |");
        });
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n### Summary results\n");
        assertTrue(section >= 0, "the README has a section Summary results");
        List<String> shown = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| (Jinshui|Guancheng|Potou|generated).*$").matcher(readme.substring(section));
        while (row.find()) {
            shown.add(row.group());
        }
        assertEquals(String.join("\n", measured), String.join("\n", shown), "the README's table of summary sizes");
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static String grouped(int bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }

    @Test
    void theReadmeSnippetWritesTheJinshuiSummary() {
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        PerfevalJson json = PerfevalJson.create();
        EvaluationResult result = evaluator.evaluate(SeedReport.JINSHUI_2021.read(json));
        String reportLine = json.write(result.evaluation());

        // tag::summary-result[]
        String summary = json.write(result, ResultForm.SUMMARY);   // a fifth of json.write(result)
        BatchScorer scorer = BatchScorer.of(evaluation -> evaluator).writing(ResultForm.SUMMARY);
        String line = scorer.scoreLine(17, reportLine);
        // {"schemaVersion":"1.0","line":17,"evaluation":{"unit":"郑州市金水区政务服务中心","year":2021,…
        // end::summary-result[]

        BigDecimal ofFull = ratio(bytes(summary), bytes(json.write(result)));
        assertTrue(ofFull.compareTo(new BigDecimal("0.15")) > 0 && ofFull.compareTo(new BigDecimal("0.25")) < 0,
            ofFull + " of the full result");
        assertTrue(line.startsWith("{\"schemaVersion\":\"1.0\",\"line\":17,\"evaluation\":{\"unit\":\"郑州市金水区政务服务中心\","
            + "\"year\":2021,"), line);
        check(json.write(result), line, 17);
        Summaries.assertSummaryOf(json.write(result), summary, 0);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
