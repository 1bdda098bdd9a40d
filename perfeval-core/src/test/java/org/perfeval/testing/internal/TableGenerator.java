package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.BudgetRow;
import org.perfeval.model.DepartmentWithProjects;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableKind;
import org.perfeval.model.Unit;

/**
 * Printed tables: a budget block with its total row and source rows (年度资金总额, 其中:当年财政拨款,
 * 上年结转资金), the printed rate and score, and indicator rows with met targets; optionally with the
 * errors published tables print. Not API.
 */
public final class TableGenerator {
    private static final List<BudgetColumn> COLUMNS = List.of(BudgetColumn.YEAR_START, BudgetColumn.BUDGET,
        BudgetColumn.EXECUTED, BudgetColumn.POINTS, BudgetColumn.RATE, BudgetColumn.SCORE);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标"};

    /** The errors a generated table may print. */
    public enum PrintedError {
        /** No error: the table agrees with itself. */
        NONE,
        /** The total row prints zeros over full source rows. */
        ZERO_TOTAL_ROW,
        /** The rate printed is 5 percentage points above what the amounts give. */
        WRONG_RATE,
        /** The source row repeats the budget's points and score. */
        REPEATED_SCORE,
        /** The 总分 row prints one point more than the rows add up to. */
        WRONG_TOTAL
    }

    /** A generated table and the error it was made to print. */
    public record Case(SelfEvaluationTable table, PrintedError error) {}

    private TableGenerator() {}

    /** @param errors the errors to draw from @return project tables, each with one of the errors */
    public static Arbitrary<Case> projects(List<PrintedError> errors) {
        Arbitrary<BigDecimal> budget = Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("100000.00"))
            .ofScale(2);
        Arbitrary<Integer> executedShare = Arbitraries.integers().between(0, 120);
        Arbitrary<Integer> firstShare = Arbitraries.integers().between(0, 100);
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 9999);
        return Combinators.combine(budget, executedShare, firstShare, rows, index, Arbitraries.of(errors),
                Arbitraries.of(Unit.WAN_YUAN, Unit.YUAN))
            .as((b, share, first, n, i, error, unit) -> new Case(project(b, share, first, n, i, error, unit), error));
    }

    private static SelfEvaluationTable project(BigDecimal b, int share, int first, int n, int index, PrintedError error,
            Unit unit) {
        BigDecimal e = b.multiply(BigDecimal.valueOf(share)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal b1 = b.multiply(BigDecimal.valueOf(first)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal e1 = e.multiply(BigDecimal.valueOf(first)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal rate = e.divide(b, 20, RoundingMode.DOWN);
        BigDecimal percent = rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal score = rate.min(BigDecimal.ONE).multiply(TEN).setScale(2, RoundingMode.HALF_UP);
        String printedRate = (error == PrintedError.WRONG_RATE ? percent.add(BigDecimal.valueOf(5)) : percent).toPlainString() + "%";
        boolean zero = error == PrintedError.ZERO_TOTAL_ROW;
        List<BudgetRow> rows = new ArrayList<>();
        rows.add(row("年度资金总额", BudgetRow.Role.TOTAL, zero ? "0" : b.toPlainString(), zero ? "0" : b.toPlainString(),
            zero ? "0" : e.toPlainString(), "10", zero ? "0%" : printedRate, zero ? "0" : score.toPlainString()));
        boolean repeat = error == PrintedError.REPEATED_SCORE;
        rows.add(row("其中:当年财政拨款", BudgetRow.Role.PART, b1.toPlainString(), b1.toPlainString(), e1.toPlainString(),
            repeat ? "10" : "—", "", repeat ? score.toPlainString() : "—"));
        rows.add(row("上年结转资金", BudgetRow.Role.PART, b.subtract(b1).toPlainString(), b.subtract(b1).toPlainString(),
            e.subtract(e1).toPlainString(), "—", "", "—"));
        SelfEvaluationTable.Builder t = SelfEvaluationTable.builder().kind(TableKind.PROJECT).name("项目" + index).year(2022)
            .supervisor("某县财政局").implementer("某县某单位")
            .budget(new BudgetBlock("项目资金（" + unit.symbol() + "）", unit, COLUMNS, rows, List.of()));
        BigDecimal[] points = split(BigDecimal.valueOf(90), n);
        for (int i = 0; i < n; i++) {
            t.addIndicators(IndicatorRow.builder().level1("产出指标").level2(LEVEL2[i % LEVEL2.length]).name("指标" + (i + 1))
                .target("≥" + (10 + i)).actual(String.valueOf(10 + i + index % 3)).points(points[i].toPlainString())
                .score(points[i].toPlainString()).build());
        }
        BigDecimal total = BigDecimal.valueOf(90).add(zero ? BigDecimal.ZERO : score);
        t.totalPoints(BigDecimal.valueOf(100)).reportedTotal(error == PrintedError.WRONG_TOTAL ? total.add(BigDecimal.ONE) : total);
        return t.build();
    }

    /** @return whole-point shares of {@code total} that add up to it exactly */
    private static BigDecimal[] split(BigDecimal total, int n) {
        BigDecimal[] parts = new BigDecimal[n];
        BigDecimal each = total.divide(BigDecimal.valueOf(n), 0, RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
            parts[i] = each;
        }
        parts[0] = total.subtract(each.multiply(BigDecimal.valueOf(n - 1L)));
        return parts;
    }

    private static BudgetRow row(String label, BudgetRow.Role role, String... cells) {
        Map<BudgetColumn, TableCell> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byColumn.put(COLUMNS.get(i), TableCell.parse(cells[i]));
        }
        return BudgetRow.of(label, role, byColumn);
    }

    /**
     * @return departments whose 项目支出 row holds at least what their projects' tables budget and execute,
     *     with one to five consistent project tables
     */
    public static Arbitrary<DepartmentWithProjects> departments() {
        return projects(List.of(PrintedError.NONE)).map(Case::table).list().ofMinSize(1).ofMaxSize(5)
            .uniqueElements(SelfEvaluationTable::name)
            .map(TableGenerator::department);
    }

    private static DepartmentWithProjects department(List<SelfEvaluationTable> projects) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (SelfEvaluationTable p : projects) {
            BudgetBlock block = p.budget().get();
            budget = budget.add(block.amount(block.total().number(BudgetColumn.BUDGET).get()).wanYuan());
            executed = executed.add(block.amount(block.total().number(BudgetColumn.EXECUTED).get()).wanYuan());
        }
        BigDecimal basic = new BigDecimal("100.00");
        List<BudgetRow> rows = List.of(
            row("年度资金总额", BudgetRow.Role.TOTAL, "", basic.add(budget).toPlainString(), basic.add(executed).toPlainString()),
            row("基本支出", BudgetRow.Role.PART, "", basic.toPlainString(), basic.toPlainString()),
            row("项目支出", BudgetRow.Role.PART, "", budget.toPlainString(), executed.toPlainString()));
        SelfEvaluationTable department = SelfEvaluationTable.builder().kind(TableKind.DEPARTMENT).name("某县某部门").year(2022)
            .budget(new BudgetBlock("预算资金（万元）", Unit.WAN_YUAN, COLUMNS, rows, List.of())).build();
        return new DepartmentWithProjects(department, projects);
    }
}
