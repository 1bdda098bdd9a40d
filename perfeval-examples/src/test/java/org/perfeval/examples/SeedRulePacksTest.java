package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.json.RulePacks;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Metric;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleCatalogue;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/** The bundled seed reports, each scored under the rule pack the shipped catalogue picks for it: the README's snippet. */
class SeedRulePacksTest {
    private static final PerfevalJson JSON = PerfevalJson.create();

    private static Evaluation read(SeedReport report) {
        return report.read(JSON);
    }

    @Test
    void eachSeedNamesItsPlace() {
        assertEquals("410105 郑州市金水区", read(SeedReport.JINSHUI_2021).division().orElseThrow().toString());
        assertEquals("410104 郑州市管城回族区", read(SeedReport.GUANCHENG_2022).division().orElseThrow().toString());
        assertEquals("440804 湛江市坡头区", read(SeedReport.POTOU_2022).division().orElseThrow().toString());
    }

    @Test
    void readmeSnippetScoresJinshuiUnderThePackTheCataloguePicks() {
        Evaluation report = read(SeedReport.JINSHUI_2021);

        // tag::rule-packs[]
        RuleCatalogue catalogue = RulePacks.catalogue();            // the shipped packs; add yours with .with(pack)
        RuleCatalogue.Choice choice = catalogue.choose(report);      // by kind, place (410105) and year (2021)
        RuleSet pack = choice.ruleSet().orElseThrow();               // cn-mof-department-2013
        EvaluationResult result = Evaluator.of(pack, RuleRegistry.builtIns()).evaluate(report);
        // end::rule-packs[]

        assertEquals("cn-mof-department-2013", pack.id());
        assertEquals("cn-mof-department-2013 version 1: the national rules for DEPARTMENT_OVERALL in effect in 2021"
            + " (from 2013-01-01); the evaluation is from 410105 郑州市金水区, and 410105, 410100, 410000 have no pack"
            + " of their own", choice.reason());
        assertEquals(List.of(), RuleRegistry.builtIns().lint(pack, report), "the pack fits the report");
        // The report's own category points stand under the framework: the published figures are reproduced.
        assertEquals(Optional.of(new BigDecimal("100.00")), result.total());
        assertEquals(Optional.of(new BigDecimal("98.15")), result.reportedTotal());
        assertEquals(Optional.of(new BigDecimal("-31.55")), report.metric(Metric.ADJUSTMENT_RATE).percent(2));
    }

    @Test
    void guanchengAndPotouGetTheDepartmentFrameworkAndKeepTheirFigures() {
        for (SeedReport seed : List.of(SeedReport.GUANCHENG_2022, SeedReport.POTOU_2022)) {
            Evaluation report = read(seed);
            RuleCatalogue.Choice choice = RulePacks.catalogue().choose(report);
            assertEquals(Optional.of("cn-mof-department-2013"), choice.ruleSet().map(RuleSet::id), seed.name());
            assertEquals(Optional.of(RuleCatalogue.NATIONAL), choice.jurisdiction(), seed.name());
            assertTrue(choice.reason().contains("in effect in 2022"), choice.reason());
            RuleSet pack = choice.ruleSet().orElseThrow();
            // The pack applies: its kind and dates fit. (A report without an indicator table leaves its
            // path binding unused, which the fit says too.)
            assertTrue(RuleRegistry.builtIns().lint(pack, report).stream()
                .noneMatch(p -> p.code() == LintProblem.Code.NOT_EFFECTIVE || p.code() == LintProblem.Code.WRONG_KIND),
                seed.name());
            Evaluator.of(pack, RuleRegistry.builtIns()).evaluate(report);
        }
        Evaluation guancheng = read(SeedReport.GUANCHENG_2022);
        assertEquals(Optional.of(new BigDecimal("80.51")), guancheng.metric(Metric.PROJECTS_EXECUTION_RATE).percent(2));
    }
}
