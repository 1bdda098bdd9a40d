package org.perfeval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.evaluation.Portfolio;
import org.perfeval.evaluation.PortfolioEvaluator;
import org.perfeval.evaluation.PortfolioResult;
import org.perfeval.evaluation.TableEvaluator;
import org.perfeval.evaluation.TableResult;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.DepartmentWithProjects;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.internal.TableGenerator;

/** Laws of the table's scoring and audit, over the kit's generated tables and departments. */
class TableLawsProperties {
    private static final TableEvaluator EVALUATOR = TableEvaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns());
    private static final Set<FindingCode> PRINTED_ERRORS = Set.of(FindingCode.BUDGET_IDENTITY_BROKEN,
        FindingCode.CLAIMED_VALUE_MISMATCH, FindingCode.BUDGET_SCORE_REPEATED, FindingCode.REPORTED_TOTAL_MISMATCH);

    @Provide
    Arbitrary<TableGenerator.Case> cases() {
        return TableGenerator.projects(List.of(TableGenerator.PrintedError.values()));
    }

    @Provide
    Arbitrary<SelfEvaluationTable> consistent() {
        return PerfevalArbitraries.consistentTables();
    }

    @Provide
    Arbitrary<DepartmentWithProjects> departments() {
        return PerfevalArbitraries.departmentsWithProjects();
    }

    @Property(tries = 300)
    void aConsistentTableRaisesNoPrintedErrorAndItsTotalIsTheRowsSum(@ForAll("consistent") SelfEvaluationTable table) {
        TableResult r = EVALUATOR.evaluate(table);
        assertEquals(List.of(), r.findings(), table.toString());
        BigDecimal printed = table.budget().get().total().number(BudgetColumn.SCORE).get();
        assertEquals(r.budgetScore().get(), printed, "the printed score is the rule's");
        assertEquals(0, r.total().get().compareTo(table.reportedTotal().get()));
    }

    @Property(tries = 300)
    void eachPrintedErrorIsFoundAndNothingElse(@ForAll("cases") TableGenerator.Case c) {
        List<Finding> findings = EVALUATOR.evaluate(c.table()).findings();
        List<FindingCode> codes = findings.stream().map(Finding::code).filter(PRINTED_ERRORS::contains).distinct().toList();
        switch (c.error()) {
            case NONE -> assertEquals(List.of(), codes);
            case ZERO_TOTAL_ROW -> assertEquals(List.of(FindingCode.BUDGET_IDENTITY_BROKEN), codes, findings.toString());
            case WRONG_RATE -> assertEquals(List.of(FindingCode.CLAIMED_VALUE_MISMATCH), codes);
            case REPEATED_SCORE -> assertEquals(List.of(FindingCode.BUDGET_SCORE_REPEATED), codes);
            case WRONG_TOTAL -> assertEquals(List.of(FindingCode.REPORTED_TOTAL_MISMATCH), codes);
            default -> throw new AssertionError(c.error());
        }
    }

    @Property(tries = 200)
    void theBudgetScoreNeverExceedsItsPointsAndScoringIsDeterministic(@ForAll("cases") TableGenerator.Case c) {
        TableResult first = EVALUATOR.evaluate(c.table());
        first.budgetScore().ifPresent(s -> assertTrue(s.compareTo(BigDecimal.TEN) <= 0, s.toString()));
        assertEquals(first.findings(), EVALUATOR.evaluate(c.table()).findings());
        assertEquals(first.total(), EVALUATOR.evaluate(c.table()).total());
    }

    @Property(tries = 100)
    void aPortfolioCountsEveryProjectOnceAndItsMoneyAddsUp(@ForAll("departments") DepartmentWithProjects d) {
        PortfolioResult r = PortfolioEvaluator.of(Profiles.departmentOverall(), Profiles.ministryProject(),
            RuleRegistry.builtIns()).evaluate(d);
        Portfolio p = r.portfolio();
        int counted = p.projectsByGrade().values().stream().mapToInt(Integer::intValue).sum() + p.notScored();
        assertEquals(d.projects().size(), counted);
        assertEquals(List.of(), r.departmentAgainstProjects(), "the department's 项目支出 holds its projects");
        BigDecimal approved = p.approvedByGrade().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = BigDecimal.ZERO;
        for (SelfEvaluationTable t : d.projects()) {
            var block = t.budget().get();
            expected = expected.add(block.amount(block.total().number(BudgetColumn.BUDGET).get()).wanYuan());
        }
        assertEquals(0, expected.compareTo(approved));
        assertTrue(p.topFindings().size() <= Portfolio.TOP_FINDINGS);
    }
}
