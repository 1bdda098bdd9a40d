package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSetMismatchException;
import org.perfeval.scoring.RuleRegistry;

/**
 * The README's "Read as printed, invent nothing" snippets (tagged regions, see {@link ReadmeSnippetsTest}),
 * run on the bundled reports; what their comments show is asserted after them.
 */
class ReadmeInventNothingTest {
    private static final PerfevalJson JSON = PerfevalJson.create();

    @Test
    void aReportWithoutAnIndicatorTableHasNoTotal() {
        Evaluator evaluator = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
        Evaluation guancheng = SeedReport.GUANCHENG_2022.read(JSON);

        // tag::total-not-computable[]
        EvaluationResult result = evaluator.evaluate(guancheng);   // a report with no indicator table
        result.total();                // Optional.empty
        result.totalNotComputable();   // Optional[the report has no 投入管理 (20 points), 产出指标 (40 points), 效益指标 (30 points) and …]
        // end::total-not-computable[]

        assertEquals(Optional.empty(), result.total());
        assertEquals(Optional.empty(), result.grade());
        assertEquals(Optional.of("the report has no 投入管理 (20 points), 产出指标 (40 points), 效益指标 (30 points) and the "
            + "rule set does not say how an absent category counts"), result.totalNotComputable());
    }

    @Test
    void strictMatchingRefusesADepartmentReportUnderTheProjectRuleSet() {
        RuleSet ruleSet = Profiles.ministryProject();
        RuleRegistry registry = RuleRegistry.builtIns();
        Evaluation report = SeedReport.JINSHUI_2021.read(JSON);
        try {
            // tag::strict-matching[]
            Evaluator strict = Evaluator.of(ruleSet, registry).strict();   // also ScoringEngine.strict()
            strict.evaluate(report);   // RuleSetMismatchException listing every mismatch, when the report does not fit
            // end::strict-matching[]
            fail("a department report fits no project rule set");
        } catch (RuleSetMismatchException e) {
            // 产出指标 and 效益指标 match the project form's categories; the kind does not.
            assertEquals(List.of(RuleSet.Mismatch.Kind.WRONG_KIND),
                e.mismatches().stream().map(RuleSet.Mismatch::kind).collect(Collectors.toList()));
        }
        // Without strict matching the same report is scored, with a finding for each mismatch.
        assertEquals(1, Evaluator.of(ruleSet, registry).evaluate(report).findings().stream()
            .filter(f -> f.code() == org.perfeval.audit.FindingCode.RULE_SET_MISMATCH).count());
        assertThrows(RuleSetMismatchException.class,
            () -> org.perfeval.scoring.ScoringEngine.of(ruleSet, registry).strict().score(report));
    }
}
