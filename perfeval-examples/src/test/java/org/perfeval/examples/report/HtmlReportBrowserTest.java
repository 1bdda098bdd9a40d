package org.perfeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.examples.cli.PerfevalCli;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/**
 * The pages {@code perfeval report} writes for the bundled reports, loaded in headless Chromium: every
 * figure on the page equals the result document's at its printed precision, each finding has its
 * anchor and every link to one lands, the page asks the network for nothing, prints on A4 portrait
 * without a column cut off, and its Chinese text is set in a CJK font. One browser for the class.
 */
class HtmlReportBrowserTest {
    private static final List<String> SEEDS = List.of("jinshui-2021", "guancheng-2022", "potou-2022");
    private static final String SEED_DIR = "perfeval-examples/src/main/resources/org/perfeval/examples/seeds/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned=3\"><b>'\"&";

    @TempDir
    static Path out;

    private static Chromium chromium;
    private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void writePagesAndStartBrowser() throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--lang", "zh", "-o", out.resolve("zh").toString()));
        for (String seed : SEEDS) {
            Path file = seedFile(seed);
            args.add(file.toString());
            RESULTS.put(seed, JSON.readTree(run("score", file.toString(), "--format", "json")));
        }
        run(args.toArray(String[]::new));
        args.set(2, "en");
        args.set(4, out.resolve("en").toString());
        run(args.toArray(String[]::new));
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Path seedFile(String seed) {
        Path here = Path.of("").toAbsolutePath();
        Path fromRoot = here.resolve(SEED_DIR + seed + ".json");
        return Files.exists(fromRoot) ? fromRoot : here.getParent().resolve(SEED_DIR + seed + ".json");
    }

    private static String run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = new PerfevalCli().run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(PerfevalCli.OK, status, () -> String.join(" ", args) + ": " + stderr.toString(StandardCharsets.UTF_8));
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private static Path page(String lang, String seed) {
        return out.resolve(lang).resolve(seed + ".html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinshui-2021", "guancheng-2022", "potou-2022"})
    void everyFigureIsTheResultDocumentsAtItsPrintedPrecision(String seed) throws Exception {
        for (String lang : List.of("zh", "en")) {
            Chromium.Tab tab = chromium.open(page(lang, seed).toUri());
            JsonNode figures = tab.evaluate("[...document.querySelectorAll('[data-ptr]')].map(e => [e.dataset.ptr, e.textContent])");
            JsonNode result = RESULTS.get(seed);
            Set<String> pointers = new HashSet<>();
            for (JsonNode figure : figures) {
                String pointer = figure.get(0).asText();
                String printed = figure.get(1).asText();
                pointers.add(pointer);
                JsonNode value = result.at(JsonPointer.compile(pointer));
                assertFalse(value.isMissingNode(), seed + ": " + pointer + " is not in the result document");
                if (value.isNumber()) {
                    BigDecimal shown = new BigDecimal(printed);
                    assertEquals(value.decimalValue().setScale(shown.scale(), RoundingMode.HALF_UP), shown,
                        seed + " " + lang + ": " + pointer + " printed " + printed + " but the result holds " + value);
                } else {
                    assertEquals(value.asText(), printed, seed + " " + lang + ": " + pointer);
                }
            }
            assertTrue(pointers.contains("/total/reported"), seed + ": the reported total is shown");
            if (result.at("/evaluation/indicators").size() > 0) {
                assertTrue(pointers.contains("/total/computed") && pointers.contains("/grade/computed"), seed + ": computed total and grade");
                List<String> nodes = new ArrayList<>();
                collectNodes(result.get("nodes"), "/nodes", nodes);
                assertTrue(nodes.size() > 10, seed + ": " + nodes);
                for (String node : nodes) {
                    assertTrue(pointers.contains(node + "/awarded") && pointers.contains(node + "/points"),
                        seed + ": the row " + node + " shows its points and its computed score");
                }
            } else {
                assertFalse(pointers.contains("/total/computed"), seed + ": no computed total for a report without an indicator table");
                assertTrue(tab.evaluate("document.getElementById('not-scored').textContent").asText().length() > 10);
            }
            result.at("/evaluation/budget").fieldNames().forEachRemaining(field -> {
                if (result.at("/evaluation/budget/" + field + "/amount").isNumber() && !field.startsWith("prior")) {
                    assertTrue(pointers.contains("/evaluation/budget/" + field + "/amount"), seed + ": the budget's " + field);
                }
            });
            for (int i = 0; i < result.at("/evaluation/projects").size(); i++) {
                assertTrue(pointers.contains("/evaluation/projects/" + i + "/executed/amount"), seed + ": project " + i);
            }
            assertEquals(lang.equals("zh") ? "zh-CN" : "en", tab.evaluate("document.documentElement.lang").asText());
            tab.close();
        }
    }

    private static void collectNodes(JsonNode nodes, String at, List<String> into) {
        for (int i = 0; i < nodes.size(); i++) {
            into.add(at + "/" + i);
            if (nodes.get(i).has("children")) {
                collectNodes(nodes.get(i).get("children"), at + "/" + i + "/children", into);
            }
        }
    }

    @Test
    void gradeAndDistanceToTheBoundaryOfJinshui() throws Exception {
        Chromium.Tab tab = chromium.open(page("zh", "jinshui-2021").toUri());
        assertEquals("优", tab.evaluate("document.getElementById('grade-computed').textContent").asText());
        assertEquals("优", tab.evaluate("document.getElementById('grade-reported').textContent").asText());
        String boundary = tab.evaluate("document.getElementById('boundary').textContent").asText();
        assertTrue(boundary.contains("10.00") && boundary.contains("最高等级"), boundary);
        tab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinshui-2021", "guancheng-2022", "potou-2022"})
    void everyFindingHasItsAnchorAndEveryLinkLands(String seed) throws Exception {
        Chromium.Tab tab = chromium.open(page("zh", seed).toUri());
        JsonNode findings = RESULTS.get(seed).get("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode finding = findings.get(i);
            String id = "finding-" + (i + 1);
            JsonNode shown = tab.evaluate("(() => { const e = document.getElementById('" + id + "');"
                + " return e ? [e.querySelector('.code').textContent, e.querySelector('.message').textContent] : null; })()");
            assertFalse(shown.isNull(), seed + ": no anchor " + id);
            assertEquals(finding.get("code").asText(), shown.get(0).asText());
            assertEquals(finding.at("/message/zh").asText(), shown.get(1).asText());
            String path = finding.path("path").asText();
            boolean onARow = tab.evaluate("[...document.querySelectorAll('tr[data-path]')].some(r => r.dataset.path === "
                + JSON.writeValueAsString(path) + ")").asBoolean();
            if (onARow) {
                assertTrue(tab.evaluate("[...document.querySelectorAll('tr[data-path]')].filter(r => r.dataset.path === "
                    + JSON.writeValueAsString(path) + ").some(r => r.querySelector('a[href=\"#" + id + "\"]'))").asBoolean(),
                    seed + ": the row " + path + " links to " + id);
            }
        }
        JsonNode broken = tab.evaluate("[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))"
            + ".filter(id => !document.getElementById(id))");
        assertEquals(0, broken.size(), seed + ": links to nothing: " + broken);
        tab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinshui-2021", "guancheng-2022", "potou-2022", "index"})
    void thePageAsksTheNetworkForNothing(String name) throws Exception {
        Path file = out.resolve("zh").resolve(name + ".html");
        String html = Files.readString(file);
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'"), "a strict Content-Security-Policy");
        Chromium.Tab tab = chromium.open(file.toUri());
        List<Path> requested = tab.requestedUrls().stream().map(u -> Path.of(java.net.URI.create(u))).toList();
        assertEquals(List.of(file), requested, "the page's own file and nothing else");
        assertEquals(0, tab.evaluate("performance.getEntriesByType('resource').length").asInt());
        assertEquals(0, tab.evaluate("document.querySelectorAll('script, img, link, iframe, object, embed').length").asInt());
        tab.close();
    }

    /** The check above would see a request: a page that asks for an image shows it in the log. */
    @Test
    void theNetworkLogSeesARequestWhenThereIsOne() throws Exception {
        Path file = out.resolve("asks.html");
        Files.writeString(file, "<!DOCTYPE html><p>x</p><img src=\"http://127.0.0.1:9/x.png\">");
        Chromium.Tab tab = chromium.open(file.toUri());
        assertTrue(tab.requestedUrls().contains("http://127.0.0.1:9/x.png"), tab.requestedUrls().toString());
        tab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinshui-2021", "guancheng-2022", "potou-2022", "index"})
    void printsOnA4PortraitWithEveryColumnOnThePageInACjkFont(String name) throws Exception {
        Chromium.Tab tab = chromium.open(out.resolve("zh").resolve(name + ".html").toUri());
        byte[] pdf = tab.printToPdf();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]").matcher(text);
        int pages = 0;
        while (boxes.find()) {
            pages++;
            assertEquals(595, Math.round(Double.parseDouble(boxes.group(1))), name + ": page width in points");
            assertEquals(842, Math.round(Double.parseDouble(boxes.group(2))), name + ": page height in points");
        }
        assertTrue(pages >= 1, name + ": no page in the PDF");
        JsonNode fonts = tab.platformFonts("h1");
        assertTrue(fonts.size() > 0, name + ": no font reported for the heading");
        for (JsonNode font : fonts) {
            assertTrue(font.get("familyName").asText().contains("CJK"), name + ": the Chinese heading is set in " + fonts);
            assertTrue(font.get("glyphCount").asInt() > 0, name + ": " + fonts);
        }
        // A4 less the page margins (210 − 2 × 12 mm = 186 mm) at 96 px per inch: 703 px.
        tab.emulatePrint(703);
        JsonNode overflowing = tab.evaluate("[...document.querySelectorAll('table, svg, body')]"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(e => e.outerHTML.slice(0, 80))");
        assertEquals(0, overflowing.size(), name + ": cut off in print: " + overflowing);
        JsonNode cells = tab.evaluate("[...document.querySelectorAll('td, th')].filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)");
        assertEquals(0, cells.size(), name + ": cells wider than their column in print: " + cells);
        tab.close();
    }

    @Test
    void theIndexLinksEveryReportAndItsWorstFindings() throws Exception {
        Chromium.Tab tab = chromium.open(out.resolve("zh").resolve("index.html").toUri());
        JsonNode links = tab.evaluate("[...document.querySelectorAll('a.report-link')].map(a => a.getAttribute('href'))");
        assertEquals(SEEDS.stream().map(s -> s + ".html").sorted().toList(),
            new ArrayList<String>() {{ links.forEach(l -> add(l.asText())); sort(null); }});
        JsonNode findingLinks = tab.evaluate("[...document.querySelectorAll('#worst a')].map(a => a.getAttribute('href'))");
        assertTrue(findingLinks.size() > 0);
        for (JsonNode link : findingLinks) {
            String[] parts = link.asText().split("#", 2);
            String html = Files.readString(out.resolve("zh").resolve(parts[0]));
            assertTrue(html.contains("id=\"" + parts[1] + "\""), link.asText() + " lands on nothing");
        }
        tab.close();
    }

    @Test
    void everyDocumentStringIsEscaped() throws Exception {
        // An indicator name cannot hold '/', the path separator.
        String hostile = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">'\"&";
        JsonNode document;
        try (InputStream in = Files.newInputStream(seedFile("jinshui-2021"))) {
            document = JSON.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) document).put("unit", "单位" + hostile);
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/indicators/2/children/0")).put("name", "指标" + HOSTILE_NAME);
        PerfevalJson json = PerfevalJson.create();
        Evaluation evaluation = json.readEvaluation(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(document)));
        EvaluationResult result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(evaluation);
        Path file = out.resolve("hostile.html");
        Files.writeString(file, HtmlReport.create().render(result, Profiles.departmentOverall(), Locale.CHINESE));
        Chromium.Tab tab = chromium.open(file.toUri());
        assertEquals(0, tab.evaluate("document.querySelectorAll('script, img').length").asInt());
        assertTrue(tab.evaluate("window.pwned === undefined").asBoolean());
        assertEquals("单位" + hostile + " · 2021", tab.evaluate("document.querySelector('h1').textContent").asText());
        assertTrue(tab.evaluate("[...document.querySelectorAll('td.name')].some(td => td.textContent === "
            + JSON.writeValueAsString("指标" + HOSTILE_NAME) + ")").asBoolean());
        tab.close();
    }

    /**
     * Jinshui with two targets missed: 经济效益 9% of ≥90 (0.75 of 7.50) and a 产出 row 45% of ≥90
     * (5.00 of 10.00); computed 88.25 良. With 经济效益 at full points the total is 95.00 优: that one
     * row decides the grade.
     */
    @Test
    void whatIfGivesEachLosingRowsTotalAndTheRowsThatDecideTheGrade() throws Exception {
        JsonNode document;
        try (InputStream in = Files.newInputStream(seedFile("jinshui-2021"))) {
            document = JSON.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/indicators/2/children/0/children/0")).put("actual", "45%");
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/indicators/3/children/0/children/0")).put("actual", "9%");
        Evaluation evaluation = PerfevalJson.create().readEvaluation(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(document)));
        EvaluationResult result = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).evaluate(evaluation);
        assertEquals(Optional.of(new BigDecimal("88.25")), result.total());
        Path file = out.resolve("what-if.html");
        Files.writeString(file, HtmlReport.create().render(result, Profiles.departmentOverall(), Locale.CHINESE));
        Chromium.Tab tab = chromium.open(file.toUri());
        JsonNode rows = tab.evaluate("[...document.querySelectorAll('#what-if tbody tr')].map(r => [...r.cells].map(c => c.textContent))");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("效益指标/履职效益/经济效益", "6.75", "95.00", "优"), texts(rows.get(0)));
        assertEquals(List.of("产出指标/重点工作任务完成/负责制定中心各项规章制度、管理办法并组织实施。", "5.00", "93.25", "优"), texts(rows.get(1)));
        String deciding = tab.evaluate("document.getElementById('deciding').textContent").asText();
        assertTrue(deciding.contains("1 项") && deciding.contains("效益指标/履职效益/经济效益") && !deciding.contains("产出指标/"), deciding);
        String boundary = tab.evaluate("document.getElementById('boundary').textContent").asText();
        assertTrue(boundary.contains("8.25") && boundary.contains("1.75"), boundary);
        tab.close();
    }

    private static List<String> texts(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(c -> texts.add(c.asText()));
        return texts;
    }
}
