package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Division;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Category;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleCatalogue;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

class RulePacksTest {
    private static final PerfevalJson JSON = PerfevalJson.create().withPrettyPrinting();

    private static RuleSet pack(String id) {
        return RulePacks.official().stream().filter(p -> p.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("no shipped pack " + id));
    }

    private static String resource(String id) throws IOException {
        try (InputStream in = RulePacks.class.getResourceAsStream("packs/" + id + ".rule-set.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shipsTheMinistrysProjectRulesTheDepartmentFrameworkAndSichuan() {
        assertEquals(List.of("cn-mof-project-2020", "cn-mof-department-2013", "cn-51-department-2021"),
            RulePacks.official().stream().map(RuleSet::id).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void everyPackLintsCleanWithTheBuiltInRules() {
        for (RuleSet pack : RulePacks.official()) {
            assertEquals(List.of(), RuleRegistry.builtIns().lint(pack), pack.id());
        }
    }

    @Test
    void everyPackStatesItsSourceAndWhatIsADefault() {
        for (RuleSet pack : RulePacks.official()) {
            assertTrue(pack.source().isPresent(), pack.id() + " states no source");
            assertFalse(pack.source().orElseThrow().issuer().isBlank(), pack.id());
            assertFalse(pack.source().orElseThrow().defaults().isEmpty(), pack.id() + " lists no default");
            assertTrue(pack.kind().isPresent(), pack.id() + " names no kind");
        }
        assertEquals("财预〔2020〕10号 项目支出绩效评价管理办法 (财政部)", pack("cn-mof-project-2020").source().orElseThrow().toString());
        assertEquals("财预〔2013〕53号 预算绩效评价共性指标体系框架 (财政部)", pack("cn-mof-department-2013").source().orElseThrow().toString());
        assertEquals("a document not identified (四川省财政厅)", pack("cn-51-department-2021").source().orElseThrow().toString());
        // Weights only recalled are defaults, never "read".
        for (RuleSet pack : RulePacks.official()) {
            assertTrue(pack.source().orElseThrow().read().stream().noneMatch(r -> r.startsWith("categories")), pack.id());
            assertTrue(pack.source().orElseThrow().defaults().stream().anyMatch(r -> r.startsWith("categories")), pack.id());
        }
    }

    @Test
    void everyPackFileIsValidAgainstTheSchemaAndIsWhatTheWriterWrites() throws IOException {
        for (RuleSet pack : RulePacks.official()) {
            String text = resource(pack.id());
            assertEquals("[]", Schemas.problems(DocumentKind.RULE_SET, text).toString(), pack.id());
            assertEquals(pack, JSON.readRuleSet(JSON.write(pack)), pack.id());
        }
    }

    @Test
    void theMinistrysProjectPackScoresAsTheProfileInCode() {
        RuleSet pack = pack("cn-mof-project-2020");
        RuleSet profile = Profiles.ministryProject();
        assertEquals(profile.categories(), pack.categories());
        assertEquals(profile.bindings(), pack.bindings());
        assertEquals(profile.effectiveFrom(), pack.effectiveFrom());
        assertEquals(profile.gradeScale(), pack.gradeScale());
        assertEquals(profile.deviation(), pack.deviation());
        Category satisfaction = pack.categories().get(3);
        assertEquals("满意度指标", satisfaction.name());
        assertEquals(Map.of("产出指标", BigDecimal.valueOf(5), "效益指标", BigDecimal.valueOf(5)), satisfaction.whenAbsent());
    }

    @Test
    void sichuansPackHoldsItsLayoutAndItsDeviationThreshold() {
        RuleSet sichuan = pack("cn-51-department-2021");
        assertEquals("510000", sichuan.jurisdiction());
        assertEquals(List.of("预算执行 25", "产出指标 30", "效益指标 45"), sichuan.categories().stream()
            .map(c -> c.name() + " " + c.points().toPlainString()).collect(java.util.stream.Collectors.toList()));
        assertEquals(Optional.of(new BigDecimal("90")), sichuan.deviation().executionRateBelowPercent());
    }

    @Test
    void theShippedCataloguePicksByKindAndPlace() {
        RuleCatalogue catalogue = RulePacks.catalogue();
        Optional<Division> jinjiang = Optional.of(Division.of("510104", "成都市锦江区"));
        Optional<Division> jinshui = Optional.of(Division.of("410105", "郑州市金水区"));
        assertEquals("cn-51-department-2021", catalogue.choose(EvaluationKind.DEPARTMENT_OVERALL, jinjiang, 2022)
            .ruleSet().orElseThrow().id());
        assertEquals("cn-mof-department-2013", catalogue.choose(EvaluationKind.DEPARTMENT_OVERALL, jinshui, 2021)
            .ruleSet().orElseThrow().id());
        // Sichuan's pack is for departments: a Sichuan project gets the ministry's rules.
        assertEquals("cn-mof-project-2020", catalogue.choose(EvaluationKind.PROJECT, jinjiang, 2022).ruleSet().orElseThrow().id());
        // Before the pack took effect, Sichuan departments fall back to the national framework.
        assertEquals("cn-mof-department-2013", catalogue.choose(EvaluationKind.DEPARTMENT_OVERALL, jinjiang, 2020)
            .ruleSet().orElseThrow().id());
        assertTrue(catalogue.choose(EvaluationKind.PROJECT, jinshui, 2019).ruleSet().isEmpty());
    }
}
