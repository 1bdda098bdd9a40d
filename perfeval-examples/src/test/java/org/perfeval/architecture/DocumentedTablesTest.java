package org.perfeval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.json.DocumentKind;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.scoring.BuiltInRules;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.spi.RuleOutcome;

/**
 * Each list the library keeps in one place (the built-in rules, the finding codes, the metrics) is
 * the list every table of it shows: the registry, the Javadoc tables, the README's tables and the
 * schemas' enumerations. A new entry that misses a table fails here, naming the table.
 */
class DocumentedTablesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theBuiltInRulesAreTheRegistrysAndEveryTablesRules() throws IOException {
        List<String> rules = BuiltInRules.ruleNames();
        assertEquals(List.copyOf(RuleRegistry.builtIns().ruleNames()), rules, "RuleRegistry.builtIns()");
        assertEquals(List.copyOf(RuleRegistry.builtIns().aggregatorNames()), BuiltInRules.aggregatorNames(),
            "RuleRegistry.builtIns() aggregators");
        assertEquals(rules, column(source("perfeval-core", "org/perfeval/scoring/BuiltInRules.java"),
            "<tr><td>\\{@code ([a-z-]+)\\}</td>"), "the rule table in BuiltInRules' documentation");
        Map<String, String> readme = readmeTable("## Scoring", "`([a-z-]+)` \\| (S\\d+)");
        assertEquals(rules, List.copyOf(readme.keySet()), "the README's table of rules");
        for (String rule : rules) {
            assertEquals(BuiltInRules.reference(rule), readme.get(rule), "the README's reference of " + rule);
        }
    }

    @Test
    void theFindingCodesAreEveryTablesCodes() throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (FindingCode code : FindingCode.values()) {
            codes.put(code.name(), code.severity().name());
        }
        assertEquals(codes, pairs(source("perfeval-core", "org/perfeval/audit/FindingCode.java"),
            "<tr><td>\\{@link FindingCode#(\\w+)\\}</td><td>(\\w+)</td>"), "the table in FindingCode's documentation");
        assertEquals(codes, readmeTable("## Audit", "`([A-Z_]+)` \\| (ERROR|WARNING|INFO)"), "the README's table of codes");
        JsonNode finding = schema(DocumentKind.RESULT).get("$defs").get("finding").get("properties");
        assertEquals(List.copyOf(codes.keySet()), strings(finding.get("code").get("enum")), "the result schema's codes");
        assertEquals(List.copyOf(codes.keySet()), strings(summaryEnum("/$defs/findingSummary/properties/code")),
            "the summary schema's codes");
    }

    /**
     * The summary schema takes its enumerations from the result and evaluation schemas by {@code $ref}:
     * followed to where they are written, they are the library's constants.
     */
    @Test
    void theSummarySchemasEnumerationsAreTheLibrarysConstants() throws IOException {
        assertEquals(names(Finding.Severity.values()), strings(summaryEnum("/$defs/findingSummary/properties/severity")),
            "the summary schema's severities");
        assertEquals(names(RuleOutcome.Status.values()), strings(summaryEnum("/$defs/nodeSummary/properties/status")),
            "the summary schema's node statuses");
        assertEquals(names(EvaluationKind.values()), strings(summaryEnum("/$defs/evaluationIdentity/properties/kind")),
            "the summary schema's kinds");
        assertEquals(names(Project.Status.values()), strings(summaryEnum("/$defs/projectSummary/properties/status")),
            "the summary schema's project statuses");
    }

    /** @return the {@code enum} the summary schema's part at {@code pointer} has, following its references */
    private static JsonNode summaryEnum(String pointer) throws IOException {
        DocumentKind kind = DocumentKind.RESULT_SUMMARY;
        JsonNode node = schema(kind).at(pointer);
        for (int hops = 0; !node.isMissingNode() && node.has("$ref") && hops < 10; hops++) {
            String ref = node.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                String file = ref.substring(0, hash);
                kind = Arrays.stream(DocumentKind.values()).filter(k -> k.schemaFileName().equals(file)).findFirst()
                    .orElseThrow(() -> new AssertionError(ref + " names no shipped schema"));
            }
            node = schema(kind).at(ref.substring(hash + 1));
        }
        assertFalse(node.path("enum").isMissingNode(), pointer + " of the summary schema leads to no enumeration");
        return node.get("enum");
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    @Test
    void theMetricsAreEveryTablesMetrics() throws IOException {
        Map<String, String> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            metrics.put(metric.name(), metric.chineseName() + " = " + metric.formula());
        }
        Map<String, String> readme = readmeTable("### Budget metrics", "`([A-Z_]+)` \\| (.+?) \\| (.+?) \\|");
        assertEquals(metrics, readme, "the README's table of metrics");
        JsonNode claim = schema(DocumentKind.EVALUATION).get("$defs").get("claim").get("properties");
        assertEquals(List.copyOf(metrics.keySet()), strings(claim.get("metric").get("enum")), "the evaluation schema's metrics");
    }

    private static String source(String module, String file) throws IOException {
        return Files.readString(ROOT.resolve(module).resolve("src/main/java").resolve(file), StandardCharsets.UTF_8);
    }

    /** @return the rows of the table that follows a README heading, each as its first two (or three) captures */
    private static Map<String, String> readmeTable(String heading, String row) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n" + heading + "\n");
        assertFalse(start < 0, "the README has no section " + heading);
        int end = readme.indexOf("\n#", start + heading.length() + 2);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| " + row).matcher(section);
        while (m.find()) {
            rows.put(m.group(1), m.groupCount() > 2 ? m.group(2) + " = " + m.group(3) : m.group(2));
        }
        return rows;
    }

    private static List<String> column(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String> pairs(String text, String regex) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static JsonNode schema(DocumentKind kind) throws IOException {
        return new ObjectMapper().readTree(kind.schema());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
