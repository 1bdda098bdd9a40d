package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.audit.Reports.auditAlone;
import static org.perfeval.audit.Reports.dec;
import static org.perfeval.audit.Reports.locations;
import static org.perfeval.audit.Reports.wan;
import static org.perfeval.audit.Reports.withBudget;
import static org.perfeval.audit.Reports.withCode;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.rules.AuditThresholds;
import org.perfeval.rules.DeviationThresholds;
import org.perfeval.rules.RuleSet;

/** The budget block against itself. Amounts in 万元 unless marked. */
class BudgetAuditTest {

    private static List<String> broken(DepartmentBudget budget) {
        return locations(auditAlone(withBudget(budget)), FindingCode.BUDGET_IDENTITY_BROKEN);
    }

    private static List<Finding> large(DepartmentBudget budget) {
        return withCode(auditAlone(withBudget(budget)), FindingCode.LARGE_BUDGET_ADJUSTMENT);
    }

    @Nested
    class Identities {
        @Test
        void incomeThatIsNotExpenditurePlusCarryOverIsAnError() {
            DepartmentBudget budget = DepartmentBudget.builder()
                .income(wan("100")).expenditure(wan("90")).carryOver(wan("5")).build();

            List<Finding> findings = withCode(auditAlone(withBudget(budget)), FindingCode.BUDGET_IDENTITY_BROKEN);
            assertEquals(List.of("budget.income"), locations(findings, FindingCode.BUDGET_IDENTITY_BROKEN));
            assertEquals(0, dec("5").compareTo(findings.get(0).figures().get("difference")));
            assertEquals(List.of(), broken(DepartmentBudget.builder()
                .income(wan("100")).expenditure(wan("90")).carryOver(wan("10")).build()));
        }

        @Test
        void thePriorYearsCarryOverCountsAsIncome() {
            assertEquals(List.of(), broken(DepartmentBudget.builder().income(wan("100")).priorCarryOver(wan("10"))
                .expenditure(wan("105")).carryOver(wan("5")).build()));
            assertEquals(List.of("budget.income"), broken(DepartmentBudget.builder().income(wan("100"))
                .priorCarryOver(wan("10")).expenditure(wan("100")).carryOver(wan("5")).build()));
        }

        @Test
        void aDifferenceThatPrintingToTheCentCanCauseIsNoError() {
            // Three figures printed to 0.01 万元 can each have lost 0.005: 0.01 apart is rounding, 0.02 is not.
            assertEquals(List.of(), broken(DepartmentBudget.builder()
                .income(wan("100.01")).expenditure(wan("90.00")).carryOver(wan("10.00")).build()));
            assertEquals(List.of("budget.income"), broken(DepartmentBudget.builder()
                .income(wan("100.02")).expenditure(wan("90.00")).carryOver(wan("10.00")).build()));
        }

        @Test
        void figuresInYuanAndWanYuanAreTheSameMoney() {
            assertEquals(List.of(), broken(DepartmentBudget.builder().income(wan("1"))
                .expenditure(Amount.ofYuan(new BigDecimal("9000"))).carryOver(Amount.ofYuan(new BigDecimal("1000"))).build()));
        }

        @Test
        void basicPlusProjectThatIsNotExpenditureIsAnError() {
            assertEquals(List.of("budget.expenditure"), broken(DepartmentBudget.builder()
                .expenditure(wan("229.63")).basicExpenditure(wan("169.79")).projectExpenditure(wan("59.80")).build()));
            assertEquals(List.of(), broken(DepartmentBudget.builder()
                .expenditure(wan("229.63")).basicExpenditure(wan("169.79")).projectExpenditure(wan("59.84")).build()));
        }

        @Test
        void personnelPlusPublicThatIsNotBasicIsAnError() {
            assertEquals(List.of("budget.basicExpenditure"), broken(DepartmentBudget.builder()
                .basicExpenditure(wan("100")).personnelExpenditure(wan("80")).publicExpenditure(wan("15")).build()));
            assertEquals(List.of(), broken(DepartmentBudget.builder()
                .basicExpenditure(wan("100")).personnelExpenditure(wan("80")).publicExpenditure(wan("20")).build()));
        }

        @Test
        void incomeBySourceThatDoesNotSumToIncomeIsAnError() {
            DepartmentBudget budget = DepartmentBudget.builder().income(wan("100"))
                .putIncomeBySource("财政拨款收入", wan("80")).putIncomeBySource("其他收入", wan("10")).build();

            List<Finding> findings = withCode(auditAlone(withBudget(budget)), FindingCode.BUDGET_IDENTITY_BROKEN);
            assertEquals(List.of("budget.incomeBySource"), locations(findings, FindingCode.BUDGET_IDENTITY_BROKEN));
            assertEquals(0, dec("90").compareTo(findings.get(0).figures().get("incomeBySourceSum")));
            assertTrue(findings.get(0).messageZh().contains("财政拨款收入"));
            assertEquals(List.of(), broken(DepartmentBudget.builder().income(wan("100"))
                .putIncomeBySource("财政拨款收入", wan("90")).putIncomeBySource("其他收入", wan("10")).build()));
        }

        @Test
        void anIdentityWithAFigureMissingIsNotChecked() {
            assertEquals(List.of(), broken(DepartmentBudget.builder().income(wan("100")).expenditure(wan("50")).build()));
            assertEquals(List.of(), broken(DepartmentBudget.builder().expenditure(wan("100")).basicExpenditure(wan("50")).build()));
        }
    }

    @Nested
    class LargeAdjustment {
        @Test
        void anAdjustmentBeyondTheThresholdIsAWarning() {
            List<Finding> findings = large(DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("125")).build());

            assertEquals(1, findings.size());
            assertEquals("budget.adjustedBudget", findings.get(0).location());
            assertEquals(Finding.Severity.WARNING, findings.get(0).severity());
            assertEquals(0, dec("25").compareTo(findings.get(0).figures().get("ratePercent")));
            assertTrue(findings.get(0).messageEn().contains("+25.00%"));
            assertEquals(1, large(DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("79")).build()).size());
        }

        @Test
        void anAdjustmentUpToTheThresholdIsFine() {
            assertEquals(List.of(), large(DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("120")).build()));
            assertEquals(List.of(), large(DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("80")).build()));
        }

        @Test
        void withoutAnAdjustedBudgetTheGrowthOfSpendingOverTheYearStartBudgetIsMeasured() {
            List<Finding> findings = large(DepartmentBudget.builder().yearStartBudget(wan("100")).expenditure(wan("130")).build());

            assertEquals(List.of("budget.expenditure"), findings.stream().map(Finding::location).toList());
            assertTrue(findings.get(0).messageEn().contains("no adjusted budget"));
            assertTrue(findings.get(0).messageZh().contains("决算较年初"));
            assertEquals(List.of(), large(DepartmentBudget.builder().yearStartBudget(wan("100")).expenditure(wan("110")).build()));
            assertEquals(List.of(), large(DepartmentBudget.builder().expenditure(wan("130")).build()));
        }

        @Test
        void theThresholdIsTheRuleSets() {
            RuleSet lenient = Reports.rules(DeviationThresholds.missedTargetsOnly(),
                AuditThresholds.builder().largeAdjustmentPercent(dec("30")).build());
            DepartmentBudget budget = DepartmentBudget.builder().yearStartBudget(wan("100")).adjustedBudget(wan("125")).build();

            assertEquals(List.of(), withCode(Audit.of(lenient).audit(withBudget(budget)), FindingCode.LARGE_BUDGET_ADJUSTMENT));
        }
    }
}
