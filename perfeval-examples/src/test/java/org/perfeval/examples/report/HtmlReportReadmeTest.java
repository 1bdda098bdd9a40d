package org.perfeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/** The README's use of {@link HtmlReport}, as printed there, and what it refuses. */
class HtmlReportReadmeTest {
    @Test
    void theReadmeSnippetRendersAPageAndAnIndex() throws Exception {
        EvaluationResult result;
        try (InputStream in = Files.newInputStream(HtmlReportBrowserTest.seedFile("jinshui-2021"))) {
            result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(PerfevalJson.create().readEvaluation(in));
        }
        // tag::html-report[]
        HtmlReport html = HtmlReport.create();                                  // templates compiled once; thread-safe
        String page = html.render(result, Profiles.departmentOverall(), Locale.CHINESE);
        String index = html.renderIndex(List.of(new HtmlReport.Linked("jinshui-2021.html", result)), Locale.CHINESE);
        // end::html-report[]
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("郑州市金水区政务服务中心") && page.contains("<html lang=\"zh-CN\">"));
        assertTrue(index.contains("href=\"jinshui-2021.html\""));
        String english = html.render(result, Profiles.departmentOverall(), Locale.ENGLISH);
        assertTrue(english.contains("Indicators, computed beside reported"));
        assertThrows(IllegalArgumentException.class, () -> html.render(result, Profiles.ministryProject(), Locale.CHINESE),
            "a rule set other than the result's");
    }
}
