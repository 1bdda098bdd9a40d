package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.LintProblem.Code;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * Rule sets written by an attacker: each is refused by the reader or by lint with a problem that
 * names it, or scores the seed reports, within a second and a 256 MB heap; none overflows the stack
 * or hangs. Run in the hostile-input JVM with {@code -Xmx256m}.
 */
class HostileRuleSetTest {
    private static final Duration PER_CASE = Duration.ofSeconds(1);
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final RuleRegistry REGISTRY = RuleRegistry.builtIns();
    private static final List<Evaluation> REPORTS = List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(),
        SeedReports.potou2022());

    @Test
    void aPatternOfTwentyThousandWildcardsIsALintProblemNotAStackOverflow() {
        for (int n : List.of(33, 300, 20_000)) {
            String pattern = String.join("/", Collections.nCopies(n, "**"));
            for (String document : List.of(withBinding(pattern), withAggregator(pattern))) {
                List<LintProblem> problems = linted(document);
                assertEquals(List.of(Code.BAD_SELECTOR), codes(problems), problems.toString());
                assertTrue(problems.get(0).message().contains("more than 32 segments"), problems.toString());
            }
        }
    }

    @Test
    void theCostliestPatternsWithinTheLimitScoreTheSeedReportsWithinASecond() {
        for (String pattern : List.of(String.join("/", Collections.nCopies(32, "**")),
                String.join("/", Collections.nCopies(16, "**/产出")), String.join("/", Collections.nCopies(15, "**/产出指标")) + "/**/无",
                String.join("/", Collections.nCopies(32, "*")))) {
            for (String document : List.of(withBinding(pattern), withAggregator(pattern))) {
                RuleSet ruleSet = read(document);
                assertEquals(List.of(), REGISTRY.lint(ruleSet), pattern);
                Evaluator evaluator = Evaluator.of(ruleSet, REGISTRY);
                for (Evaluation report : REPORTS) {
                    assertTimeoutPreemptively(PER_CASE, () -> evaluator.evaluate(report));
                }
            }
        }
    }

    @Test
    void thirtyThousandCategoriesAreOneLintProblemFoundInLinearTime() {
        StringBuilder categories = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            categories.append(i == 0 ? "" : ",").append("{\"name\": \"类别").append(i).append("\", \"points\": 0}");
        }
        String document = JSON.write(Profiles.departmentOverall()).replaceFirst("\"categories\":\\[",
            "\"categories\":[" + categories + ",");
        List<LintProblem> problems = linted(document);
        assertTrue(codes(problems).contains(Code.TOO_LARGE), problems.stream().limit(3).toList().toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("the rule set has 30004 categories, more than the limit of 100")),
            "names the limit");
    }

    @Test
    void categoriesThatCollideAreLintProblems() {
        String document = JSON.write(Profiles.departmentOverall()).replace("\"categories\":[",
            "\"categories\":[{\"name\": \"产出\", \"points\": 0}, {\"name\": \"效益\\u200b指标\", \"points\": 0},");
        List<LintProblem> problems = linted(document);
        assertEquals(List.of(Code.DUPLICATE_CATEGORY, Code.DUPLICATE_CATEGORY), codes(problems), problems.toString());
    }

    @Test
    void patternsThatMatchTheSamePathsAreLintProblems() {
        String document = withBinding("产出/**/**").replaceFirst("\"bindings\":\\[",
            "\"bindings\":[{\"by\": \"PATH\", \"value\": \"产出指标/**\", \"rule\": {\"name\": \"positive\"}},");
        List<LintProblem> problems = linted(document);
        assertEquals(List.of(Code.DUPLICATE_BINDING), codes(problems), problems.toString());
    }

    @Test
    void categoryNamesThatPrintNothingOrReorderTextAreLintProblems() {
        for (String name : List.of("\\u200b\\u200d", "\\u202e产出", "产\\u2066出", "\\u001b\\u0007")) {
            String document = JSON.write(Profiles.departmentOverall()).replace("\"name\":\"预算执行\"", "\"name\":\"" + name + "\"");
            List<LintProblem> problems = linted(document);
            assertTrue(codes(problems).contains(Code.BAD_CATEGORY_NAME), name + ": " + problems);
        }
    }

    @Test
    void aToleranceThatWouldHideEveryDeductionIsRefusedWhereItStands() {
        String document = JSON.write(Profiles.departmentOverall()).replaceFirst("\"pointsTolerance\":[0-9.]+",
            "\"pointsTolerance\": 1000000");
        JsonInputException e = assertThrows(JsonInputException.class, () -> read(document));
        assertEquals("/audit", e.pointer().substring(0, Math.min(6, e.pointer().length())), e.getMessage());
        assertTrue(e.problem().contains("pointsTolerance must be at most 1 (AuditThresholds.MAX_TOLERANCE) but was 1000000"),
            e.getMessage());
    }

    @Test
    void aDateTheSchemaRefusesIsRefused() {
        for (String date : List.of("+12021-01-01", "12021-01-01", "-2021-01-01", "2021-1-01", "２０２１-01-01")) {
            String document = JSON.write(Profiles.departmentOverall()).replaceFirst("\"effectiveFrom\":\"[0-9-]+\"",
                "\"effectiveFrom\": \"" + date + "\"");
            JsonInputException e = assertThrows(JsonInputException.class, () -> read(document), date);
            assertEquals("/effectiveFrom", e.pointer());
            assertTrue(e.problem().contains("a four-digit year"), e.getMessage());
        }
    }

    @Test
    void aNumberWithTooManyExponentDigitsIsRefusedInTheLibrarysWords() {
        for (String number : List.of("1e9999999999", "1e99999999999999999999", "-1E-99999999999")) {
            String document = JSON.write(Profiles.departmentOverall()).replaceFirst("\"pointsTolerance\":[0-9.]+",
                "\"pointsTolerance\": " + number);
            JsonInputException e = assertThrows(JsonInputException.class, () -> read(document));
            String message = e.getMessage().toLowerCase(Locale.ROOT);
            for (String leak : List.of("deserialized", "java.math", "reason:", "`", "jackson")) {
                assertFalse(message.contains(leak), "leaks " + leak + ": " + e.getMessage());
            }
            assertTrue(e.problem().startsWith("the number " + number + " is out of bounds"), e.getMessage());
        }
    }

    private static List<LintProblem> linted(String document) {
        // Reading is the reader's cost, bounded by its own limits (a 1 MB document of 30,000 categories
        // takes a few hundred milliseconds in a cold 256 MB JVM); the lint and the evaluator's refusal
        // are held to the second.
        RuleSet ruleSet = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> JSON.readRuleSet(document));
        return assertTimeoutPreemptively(PER_CASE, () -> {
            List<LintProblem> problems = REGISTRY.lint(ruleSet);
            InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> Evaluator.of(ruleSet, REGISTRY));
            assertEquals(problems, e.problems(), "the evaluator refuses with the problems of one lint");
            return problems;
        });
    }

    private static RuleSet read(String document) {
        return within(() -> JSON.readRuleSet(document));
    }

    private static <T> T within(Supplier<T> task) {
        return assertTimeoutPreemptively(PER_CASE, task::get);
    }

    private static List<Code> codes(List<LintProblem> problems) {
        List<Code> codes = new ArrayList<>();
        problems.forEach(p -> codes.add(p.code()));
        return codes;
    }

    private static String withBinding(String pattern) {
        return JSON.write(Profiles.departmentOverall()).replaceFirst("\"bindings\":\\[",
            "\"bindings\":[{\"by\": \"PATH\", \"value\": \"" + pattern + "\", \"rule\": {\"name\": \"positive\"}},");
    }

    private static String withAggregator(String pattern) {
        return JSON.write(Profiles.departmentOverall()).replaceFirst("\"groupAggregator\":",
            "\"aggregators\": [{\"pattern\": \"" + pattern + "\", \"aggregator\": {\"name\": \"weighted-sum\"}}], \"groupAggregator\":");
    }
}
