package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.TableEvaluator;
import org.perfeval.evaluation.TableResult;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.BudgetRow;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableKind;
import org.perfeval.model.Unit;
import org.perfeval.rules.Profiles;
import org.perfeval.scoring.RuleRegistry;

/** The table's own checks on small tables built in code. */
class TableAuditTest {
    private static final List<BudgetColumn> COLUMNS = List.of(BudgetColumn.YEAR_START, BudgetColumn.BUDGET,
        BudgetColumn.EXECUTED, BudgetColumn.POINTS, BudgetColumn.RATE, BudgetColumn.SCORE);

    private static BudgetRow row(String label, BudgetRow.Role role, String... cells) {
        Map<BudgetColumn, TableCell> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byColumn.put(COLUMNS.get(i), TableCell.parse(cells[i]));
        }
        return BudgetRow.of(label, role, byColumn);
    }

    private static TableResult evaluate(BudgetRow... rows) {
        SelfEvaluationTable table = SelfEvaluationTable.builder().kind(TableKind.PROJECT).name("测试项目").year(2022)
            .budget(new BudgetBlock("项目资金（万元）", Unit.WAN_YUAN, COLUMNS, List.of(rows), List.of()))
            .addIndicators(IndicatorRow.builder().level1("产出指标").level2("数量指标").name("完成数量")
                .target("≥10").actual("10").points("90").score("90").build())
            .totalPoints(new BigDecimal("100"))
            .build();
        return TableEvaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns()).evaluate(table);
    }

    private static List<String> codes(TableResult result) {
        return result.findings().stream().map(f -> f.code() + "@" + f.location()).toList();
    }

    @Test
    void aTotalRowOfZerosOverAFullSubRowIsFoundAndScoresNothingSilently() {
        TableResult r = evaluate(
            row("年度资金总额", BudgetRow.Role.TOTAL, "0", "0", "0", "10", "0%", "0"),
            row("其中:当年财政拨款", BudgetRow.Role.PART, "50", "50", "48"));
        List<String> found = codes(r);
        assertEquals(3, found.stream().filter(f -> f.equals("BUDGET_IDENTITY_BROKEN@budget.rows[0]")).count(), found.toString());
        assertTrue(r.budgetScore().isEmpty(), "a zero budget gives no rate: " + r.budgetNode());
        assertTrue(r.total().isEmpty(), "no total over a budget row the rules could not score");
    }

    @Test
    void subRowsAboveTheirTotalAreFound() {
        List<String> found = codes(evaluate(
            row("年度资金总额", BudgetRow.Role.TOTAL, "", "50", "40", "10", "80%", "8"),
            row("其中:当年财政拨款", BudgetRow.Role.PART, "", "50", "40"),
            row("上年结转资金", BudgetRow.Role.PART, "", "5", "5")));
        assertEquals(List.of("BUDGET_IDENTITY_BROKEN@budget.rows[0]", "BUDGET_IDENTITY_BROKEN@budget.rows[0]"), found);
    }

    @Test
    void aPrintedRateThatTheAmountsDoNotGiveIsFound() {
        List<String> found = codes(evaluate(row("年度资金总额", BudgetRow.Role.TOTAL, "", "100", "80", "10", "90%", "8")));
        assertEquals(List.of("CLAIMED_VALUE_MISMATCH@budget.rows[0]"), found);
    }

    @Test
    void aBudgetScoreAboveItsPointsIsFound() {
        TableResult r = evaluate(row("年度资金总额", BudgetRow.Role.TOTAL, "", "100", "100", "10", "100%", "100"));
        assertEquals(List.of("SCORE_EXCEEDS_POINTS@budget.rows[0]"), codes(r));
    }

    @Test
    void aBudgetScoreBelowTheRatesWithNoNoteIsFound() {
        List<String> found = codes(evaluate(row("年度资金总额", BudgetRow.Role.TOTAL, "", "100", "100", "10", "100%", "8")));
        assertEquals(List.of("POINTS_DEDUCTED_UNEXPLAINED@budget.rows[0]"), found);
    }

    @Test
    void aConsistentBlockRaisesNothing() {
        TableResult r = evaluate(
            row("年度资金总额", BudgetRow.Role.TOTAL, "50", "50", "45", "10", "90%", "9"),
            row("其中:当年财政拨款", BudgetRow.Role.PART, "50", "50", "45"));
        assertEquals(List.of(), codes(r));
        assertEquals(java.util.Optional.of(new BigDecimal("99.00")), r.total());
    }
}
