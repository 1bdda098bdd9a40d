package org.perfeval.audit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.internal.Decimals;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.BudgetRow;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableEvaluations;
import org.perfeval.model.Unit;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;

/**
 * The checks a printed table needs beyond those of its {@link org.perfeval.model.Evaluation}
 * ({@link SelfEvaluationTable#evaluation()}), which {@link Audit} runs: the budget block as printed
 * and the table's own rows and total.
 *
 * <ul>
 *   <li>{@link FindingCode#BUDGET_IDENTITY_BROKEN} at {@code budget.rows[i]}: a total (or breakdown) row
 *       that is not the sum of its parts in a column, either way round: a total of zeros (or blank) over
 *       full sub-rows, sub-rows above their total.</li>
 *   <li>{@link FindingCode#BUDGET_SCORE_REPEATED} at {@code budget.rows[i]}: a sub-row that repeats the
 *       budget's points or score; counted once, on the total row.</li>
 *   <li>{@link FindingCode#CLAIMED_VALUE_MISMATCH} at {@code budget.rows[i]}: a printed 执行率 (percentage or
 *       decimal) that is not 全年执行数 / 全年预算数 at its printed places.</li>
 *   <li>{@link FindingCode#SCORE_EXCEEDS_POINTS}, {@link FindingCode#FULL_POINTS_FOR_MISSED_TARGET},
 *       {@link FindingCode#POINTS_DEDUCTED_UNEXPLAINED} at {@code budget.rows[i]}: the budget row's printed
 *       得分 above its 分值 (the table's total written there, say so), above the budget-execution rule's
 *       score while the rate is below 100%, or below it with no word on why.</li>
 *   <li>{@link FindingCode#DEVIATION_UNEXPLAINED} at {@code budget.rows[i]}: an execution rate below the
 *       rule set's threshold and no deviation note anywhere in the table (a row's note or a remark on
 *       偏差 / 原因).</li>
 *   <li>{@link FindingCode#COST_CONTRADICTS_BUDGET} at the row's path: a 成本指标 row whose control rate
 *       (控制率) is not the execution rate, or whose actual amount (项目总投资, 投入资金) is not 全年执行数.</li>
 *   <li>{@link FindingCode#ACTUAL_REPEATS_TARGET} at the row's path: an actual printed with its target's
 *       comparator, the target copied.</li>
 *   <li>{@link FindingCode#SUB_ITEMS_DO_NOT_ADD_UP} at the row's path: 其中 rows in units other than their
 *       indicator's, or that do not sum to it.</li>
 *   <li>{@link FindingCode#SCORE_EXCEEDS_POINTS} at the row's path: a row's 得分 above its 分值.</li>
 *   <li>{@link FindingCode#POINTS_DO_NOT_ADD_UP}, {@link FindingCode#REPORTED_TOTAL_MISMATCH} at
 *       {@code totalPoints} / {@code reportedTotal}: the budget row's and the indicator rows' points (or
 *       scores) do not sum to the 总分 row; checked only on a table that is not cut off.</li>
 * </ul>
 *
 * <p>{@link #departmentAgainstProjects} checks a department's table against its projects' tables.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableAudit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final List<BudgetColumn> AMOUNTS =
        List.of(BudgetColumn.YEAR_START, BudgetColumn.BUDGET, BudgetColumn.EXECUTED, BudgetColumn.AMOUNT);

    private final RuleSet ruleSet;

    private TableAudit(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * @param ruleSet the rule set the table is scored under, not null
     * @return the audit
     */
    public static TableAudit of(RuleSet ruleSet) {
        return new TableAudit(requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * @param table the table, not null
     * @param scores the table's evaluation scored under this audit's rule set, not null
     * @return the table's own findings, most severe first, then by code, then in table order
     */
    public List<Finding> audit(SelfEvaluationTable table, ScoreSheet scores) {
        requireNonNull(table, "table");
        requireNonNull(scores, "scores");
        List<Finding> out = new ArrayList<>();
        Map<Integer, IndicatorPath> paths = TableEvaluations.paths(table);
        table.budget().ifPresent(block -> {
            budgetSums(block, out);
            repeated(block, out);
            rates(block, out);
            budgetScore(table, block, scores, out);
            lowExecution(table, block, out);
        });
        rows(table, paths, out);
        totals(table, out);
        out.sort(Comparator.comparingInt((Finding f) -> f.severity().ordinal()).thenComparingInt(f -> f.code().ordinal()));
        return List.copyOf(out);
    }

    /**
     * Checks a department's table against its projects' tables: the projects' 全年预算数 (or 年初预算数) and
     * 全年执行数 together must not exceed the department's 项目支出 row (or, without one, its total row).
     * Findings are {@link FindingCode#BUDGET_IDENTITY_BROKEN} at the department's {@code budget.rows[i]}.
     *
     * @param department the department's table, not null
     * @param projects its projects' tables, not null
     * @return the findings, in column order
     */
    public List<Finding> departmentAgainstProjects(SelfEvaluationTable department, List<SelfEvaluationTable> projects) {
        requireNonNull(department, "department");
        requireNonNull(projects, "projects");
        List<Finding> out = new ArrayList<>();
        if (department.budget().isEmpty() || projects.isEmpty()) {
            return out;
        }
        BudgetBlock block = department.budget().get();
        int at = block.rows().indexOf(block.total());
        for (int i = 0; i < block.rows().size(); i++) {
            BudgetRow r = block.rows().get(i);
            if (r.role() == BudgetRow.Role.PART && r.label().contains("项目支出")) {
                at = i;
                break;
            }
        }
        BudgetRow row = block.rows().get(at);
        for (BudgetColumn column : List.of(BudgetColumn.BUDGET, BudgetColumn.EXECUTED)) {
            BudgetColumn own = column == BudgetColumn.BUDGET && row.number(column).isEmpty() ? BudgetColumn.YEAR_START : column;
            Optional<BigDecimal> stated = row.number(own);
            if (stated.isEmpty()) {
                continue;
            }
            Amount departmentAmount = block.amount(stated.get());
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = Printed.roundingSlack(departmentAmount);
            int counted = 0;
            for (SelfEvaluationTable p : projects) {
                if (p.budget().isEmpty()) {
                    continue;
                }
                BudgetBlock pb = p.budget().get();
                Optional<BigDecimal> n = pb.total().number(column);
                if (column == BudgetColumn.BUDGET && n.isEmpty()) {
                    n = pb.total().number(BudgetColumn.YEAR_START);
                }
                if (n.isPresent()) {
                    Amount a = pb.amount(n.get());
                    sum = sum.add(a.wanYuan());
                    slack = slack.add(Printed.roundingSlack(a));
                    counted++;
                }
            }
            BigDecimal over = sum.subtract(departmentAmount.wanYuan());
            if (counted > 0 && over.compareTo(slack) > 0) {
                add(out, FindingCode.BUDGET_IDENTITY_BROKEN, at(at),
                    counted + " 个项目表的" + column.chineseName() + "合计 " + sum.toPlainString() + " 万元,超过部门" + row.label()
                        + " " + departmentAmount.wanYuan().toPlainString() + " 万元",
                    "the " + counted + " project tables' " + column.chineseName() + " add up to " + sum.toPlainString()
                        + " 万元, more than the department's row " + row.label() + " ("
                        + departmentAmount.wanYuan().toPlainString() + " 万元)",
                    Figures.of("projects", sum).and("department", departmentAmount.wanYuan()).and("difference", over));
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Finding> out, FindingCode code, String location, String zh, String en, Figures figures) {
        out.add(ImmutableFinding.of(code, code.severity(), location, zh, en, figures.map()));
    }

    private static String at(int row) {
        return "budget.rows[" + row + "]";
    }

    /** Sums the parts of each breakdown against its head, column by column. */
    private static void budgetSums(BudgetBlock block, List<Finding> out) {
        List<BudgetRow> rows = block.rows();
        for (int head = 0; head < rows.size(); head++) {
            BudgetRow total = rows.get(head);
            if (total.role() == BudgetRow.Role.PART) {
                continue;
            }
            List<BudgetRow> parts = new ArrayList<>();
            for (BudgetRow r : rows) {
                if (r.role() == BudgetRow.Role.PART && r.breakdown().equals(total.breakdown())) {
                    parts.add(r);
                }
            }
            boolean ownHead = total.role() == BudgetRow.Role.SUBTOTAL
                || rows.stream().noneMatch(r -> r.role() == BudgetRow.Role.SUBTOTAL && r.breakdown().equals(total.breakdown()));
            if (!ownHead || parts.isEmpty()) {
                continue;
            }
            for (BudgetColumn column : AMOUNTS) {
                BigDecimal sum = BigDecimal.ZERO;
                int printed = 0;
                int scale = 0;
                for (BudgetRow part : parts) {
                    Optional<BigDecimal> n = part.number(column);
                    if (n.isPresent()) {
                        sum = sum.add(n.get());
                        printed++;
                        scale = Math.max(scale, n.get().scale());
                    }
                }
                Optional<BigDecimal> stated = total.number(column);
                if (printed == 0 || stated.isEmpty() && sum.signum() == 0) {
                    continue;
                }
                BigDecimal head0 = stated.orElse(BigDecimal.ZERO);
                scale = Math.max(scale, head0.scale());
                BigDecimal slack = HALF.movePointLeft(Math.max(scale, 0)).multiply(BigDecimal.valueOf(printed + 1));
                if (sum.subtract(head0).abs().compareTo(slack) > 0) {
                    String what = stated.isPresent() ? total.label() + " " + head0.toPlainString() : total.label() + " (no amount printed)";
                    add(out, FindingCode.BUDGET_IDENTITY_BROKEN, at(head),
                        column.chineseName() + ": " + what + " ≠ 其分项合计 " + sum.toPlainString() + " " + block.unit().symbol(),
                        column.chineseName() + ": the row " + what + " is not the sum of its " + printed + " printed part(s), "
                            + sum.toPlainString() + " " + block.unit().symbol(),
                        Figures.of("printed", head0).and("sum", sum).and("difference", head0.subtract(sum)));
                }
            }
        }
    }

    private static void repeated(BudgetBlock block, List<Finding> out) {
        BudgetRow total = block.total();
        boolean scored = total.number(BudgetColumn.POINTS).isPresent() || total.number(BudgetColumn.SCORE).isPresent();
        if (!scored) {
            return;
        }
        for (int i = 0; i < block.rows().size(); i++) {
            BudgetRow row = block.rows().get(i);
            if (row.role() != BudgetRow.Role.PART) {
                continue;
            }
            Optional<BigDecimal> points = row.number(BudgetColumn.POINTS);
            Optional<BigDecimal> score = row.number(BudgetColumn.SCORE);
            if (points.isPresent() || score.isPresent()) {
                Figures f = new Figures();
                points.ifPresent(p -> f.and("points", p));
                score.ifPresent(s -> f.and("reportedScore", s));
                add(out, FindingCode.BUDGET_SCORE_REPEATED, at(i),
                    row.label() + " 重复列示分值/得分,只在" + total.label() + "计一次",
                    row.label() + " repeats the budget's points or score; counted once, on the row " + total.label(), f);
            }
        }
    }

    private void rates(BudgetBlock block, List<Finding> out) {
        for (int i = 0; i < block.rows().size(); i++) {
            BudgetRow row = block.rows().get(i);
            TableCell rate = row.cell(BudgetColumn.RATE);
            Optional<BigDecimal> printed = rate.ratio();
            Optional<BigDecimal> executed = row.number(BudgetColumn.EXECUTED);
            Optional<BigDecimal> budget = row.number(BudgetColumn.BUDGET);
            if (printed.isEmpty() || executed.isEmpty() || budget.isEmpty() || budget.get().signum() == 0) {
                continue;
            }
            BigDecimal computed = executed.get().divide(budget.get(), Decimals.RATIO_SCALE, Decimals.RATIO_ROUNDING);
            boolean percent = rate.kind() == TableCell.Kind.PERCENT;
            BigDecimal printedValue = percent ? printed.get().movePointRight(2) : printed.get();
            BigDecimal computedValue = percent ? computed.movePointRight(2) : computed;
            BigDecimal tolerance = percent ? ruleSet.audit().percentTolerance() : ruleSet.audit().percentTolerance().movePointLeft(2);
            if (!Printed.matches(printedValue.setScale(rate.printedScale(), RoundingMode.UNNECESSARY), computedValue, tolerance)) {
                add(out, FindingCode.CLAIMED_VALUE_MISMATCH, at(i),
                    row.label() + " 执行率印为 " + rate.print() + ",而 " + executed.get().toPlainString() + " / "
                        + budget.get().toPlainString() + " = " + Printed.percent(computed) + "%",
                    row.label() + " prints the execution rate " + rate.print() + " but " + executed.get().toPlainString()
                        + " / " + budget.get().toPlainString() + " is " + Printed.percent(computed) + "%",
                    Figures.of("printedPercent", printed.get().movePointRight(2)).and("computedPercent", Printed.percent(computed)));
            }
        }
    }

    private void budgetScore(SelfEvaluationTable table, BudgetBlock block, ScoreSheet scores, List<Finding> out) {
        BudgetRow total = block.total();
        int row = block.rows().indexOf(total);
        Optional<BigDecimal> printed = total.number(BudgetColumn.SCORE);
        Optional<BigDecimal> points = block.points();
        if (printed.isEmpty()) {
            return;
        }
        if (points.isPresent() && printed.get().compareTo(points.get()) > 0) {
            boolean isTotal = table.reportedTotal().map(t -> t.compareTo(printed.get()) == 0).orElse(false);
            add(out, FindingCode.SCORE_EXCEEDS_POINTS, at(row),
                "预算执行率得分 " + printed.get().toPlainString() + " 超过分值 " + points.get().toPlainString()
                    + (isTotal ? ",实为全表总分" : ""),
                "the budget row's score " + printed.get().toPlainString() + " is above its points " + points.get().toPlainString()
                    + (isTotal ? ": it is the table's total written into the budget row" : ""),
                Figures.of("reportedScore", printed.get()).and("points", points.get()));
            return;
        }
        Optional<NodeResult> node = scores.node(IndicatorPath.root().child(TableEvaluations.BUDGET_CATEGORY));
        if (node.isEmpty() || node.get().status() != org.perfeval.scoring.spi.RuleOutcome.Status.SCORED) {
            return;
        }
        BigDecimal rule = node.get().awarded();
        BigDecimal tolerance = ruleSet.audit().pointsTolerance();
        BigDecimal difference = printed.get().subtract(rule);
        if (difference.abs().compareTo(tolerance) <= 0) {
            return;
        }
        Figures f = Figures.of("reportedScore", printed.get()).and("awarded", rule).and("difference", difference);
        if (difference.signum() > 0) {
            add(out, FindingCode.FULL_POINTS_FOR_MISSED_TARGET, at(row),
                "预算执行率未达100%,得分 " + printed.get().toPlainString() + " 高于规则得分 " + rule.toPlainString(),
                "the budget row scores " + printed.get().toPlainString() + " but the execution rate gives "
                    + rule.toPlainString() + " (" + node.get().trace().formula() + ")", f);
        } else if (!hasDeviationNote(table)) {
            add(out, FindingCode.POINTS_DEDUCTED_UNEXPLAINED, at(row),
                "预算执行率得分 " + printed.get().toPlainString() + " 低于规则得分 " + rule.toPlainString() + ",未说明原因",
                "the budget row scores " + printed.get().toPlainString() + ", less than the " + rule.toPlainString()
                    + " the execution rate gives, and the table says nothing of why", f);
        }
    }

    private void lowExecution(SelfEvaluationTable table, BudgetBlock block, List<Finding> out) {
        Optional<BigDecimal> threshold = ruleSet.deviation().executionRateBelowPercent();
        BudgetRow total = block.total();
        Optional<BigDecimal> executed = total.number(BudgetColumn.EXECUTED);
        Optional<BigDecimal> budget = total.number(BudgetColumn.BUDGET).or(() -> total.number(BudgetColumn.YEAR_START));
        if (threshold.isEmpty() || executed.isEmpty() || budget.isEmpty() || budget.get().signum() == 0
                || hasDeviationNote(table)) {
            return;
        }
        BigDecimal percent = Printed.percent(executed.get().divide(budget.get(), Decimals.RATIO_SCALE, Decimals.RATIO_ROUNDING));
        if (percent.compareTo(threshold.get()) < 0) {
            add(out, FindingCode.DEVIATION_UNEXPLAINED, at(block.rows().indexOf(total)),
                "预算执行率 " + percent + "% 低于 " + threshold.get().toPlainString() + "%,表中无偏差原因分析",
                "the execution rate " + percent + "% is below " + threshold.get().toPlainString()
                    + "% and the table gives no deviation note",
                Figures.of("computedPercent", percent).and("threshold", threshold.get()));
        }
    }

    private static boolean hasDeviationNote(SelfEvaluationTable table) {
        for (String label : table.remarks().keySet()) {
            if (label.contains("偏差") || label.contains("原因")) {
                return true;
            }
        }
        for (IndicatorRow row : table.indicators()) {
            if (row.note().kind() == TableCell.Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    private void rows(SelfEvaluationTable table, Map<Integer, IndicatorPath> paths, List<Finding> out) {
        List<IndicatorRow> rows = table.indicators();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            String location = Optional.ofNullable(paths.get(i)).map(IndicatorPath::toString)
                .orElse(SelfEvaluationTable.location(i));
            if (row.kind() != IndicatorRow.Kind.INDICATOR) {
                continue;
            }
            Optional<BigDecimal> points = row.points().number();
            Optional<BigDecimal> score = row.score().number();
            if (points.isPresent() && score.isPresent() && score.get().compareTo(points.get()) > 0) {
                add(out, FindingCode.SCORE_EXCEEDS_POINTS, location,
                    "得分 " + score.get().toPlainString() + " 超过分值 " + points.get().toPlainString(),
                    "the row scores " + score.get().toPlainString() + ", above its points " + points.get().toPlainString(),
                    Figures.of("reportedScore", score.get()).and("points", points.get()));
            }
            if (row.actual().kind() == TableCell.Kind.TEXT && row.actual().print().equals(row.target().print())
                    && startsWithComparator(row.actual().print())) {
                add(out, FindingCode.ACTUAL_REPEATS_TARGET, location,
                    "实际完成值 " + row.actual().print() + " 照抄指标值",
                    "the actual " + row.actual().print() + " repeats the target, comparator and all: no value is reported",
                    new Figures());
            }
            costRow(table, row, location, out);
            subItems(rows, i, location, out);
        }
    }

    private static boolean startsWithComparator(String text) {
        return !text.isEmpty() && "≥≤≧≦><＞＜=＝═".indexOf(text.charAt(0)) >= 0;
    }

    private void costRow(SelfEvaluationTable table, IndicatorRow row, String location, List<Finding> out) {
        if (!row.level2().print().contains("成本") || table.budget().isEmpty() || !row.actual().isFilled()) {
            return;
        }
        BudgetBlock block = table.budget().get();
        Optional<BigDecimal> executed = block.total().number(BudgetColumn.EXECUTED);
        Optional<BigDecimal> budget = block.total().number(BudgetColumn.BUDGET);
        if (executed.isEmpty()) {
            return;
        }
        Actual actual = Actual.parse(row.actual().print());
        if (!(actual instanceof Actual.Measured)) {
            return;
        }
        Actual.Measured m = (Actual.Measured) actual;
        String name = row.name().print();
        if (name.contains("控制率") && budget.isPresent() && budget.get().signum() != 0
                && (m.unit().isEmpty() || m.unit().get().isPercent())) {
            BigDecimal rate = executed.get().divide(budget.get(), Decimals.RATIO_SCALE, Decimals.RATIO_ROUNDING);
            if (!Printed.matches(m.value(), rate.movePointRight(2), ruleSet.audit().percentTolerance())) {
                add(out, FindingCode.COST_CONTRADICTS_BUDGET, location,
                    name + " 印为 " + row.actual().print() + ",而预算执行 " + executed.get().toPlainString() + " / "
                        + budget.get().toPlainString() + " = " + Printed.percent(rate) + "%",
                    name + " prints " + row.actual().print() + " but the budget block executed " + executed.get().toPlainString()
                        + " of " + budget.get().toPlainString() + " = " + Printed.percent(rate) + "%",
                    Figures.of("printedPercent", m.value()).and("computedPercent", Printed.percent(rate)));
            }
            return;
        }
        if (m.unit().filter(Unit::isMoney).isPresent() && !name.contains("标准") && !name.contains("单价")) {
            Amount printed = Amount.of(m.value(), m.unit().get());
            Amount spent = block.amount(executed.get());
            if (printed.yuan().subtract(spent.yuan()).abs().compareTo(Printed.roundingSlack(spent).movePointRight(4)) > 0) {
                add(out, FindingCode.COST_CONTRADICTS_BUDGET, location,
                    name + " 印为 " + row.actual().print() + ",而全年执行数为 " + spent,
                    name + " prints " + row.actual().print() + " but the budget block executed " + spent,
                    Figures.of("printed", printed.wanYuan()).and("executed", spent.wanYuan()));
            }
        }
    }

    private static void subItems(List<IndicatorRow> rows, int at, String location, List<Finding> out) {
        List<IndicatorRow> subs = new ArrayList<>();
        for (int j = at + 1; j < rows.size() && rows.get(j).kind() == IndicatorRow.Kind.SUB_ITEM; j++) {
            subs.add(rows.get(j));
        }
        if (subs.isEmpty()) {
            return;
        }
        Actual whole = Actual.parse(rows.get(at).target().print());
        if (!(whole instanceof Actual.Measured)) {
            return;
        }
        Actual.Measured w = (Actual.Measured) whole;
        BigDecimal sum = BigDecimal.ZERO;
        List<String> units = new ArrayList<>();
        for (IndicatorRow sub : subs) {
            Actual part = Actual.parse(sub.target().print());
            if (!(part instanceof Actual.Measured)) {
                return;
            }
            Actual.Measured p = (Actual.Measured) part;
            sum = sum.add(p.value());
            String unit = p.unit().map(Unit::symbol).orElse("");
            if (!units.contains(unit)) {
                units.add(unit);
            }
        }
        String own = w.unit().map(Unit::symbol).orElse("");
        if (units.size() > 1 || !units.get(0).equals(own)) {
            add(out, FindingCode.SUB_ITEMS_DO_NOT_ADD_UP, location,
                rows.get(at).target().print() + " 由不同单位的分项(" + String.join("、", units) + ")相加而成",
                rows.get(at).target().print() + " adds up sub-items counted in other units (" + String.join(", ", units) + ")",
                Figures.of("printed", w.value()).and("sum", sum));
        } else if (sum.compareTo(w.value()) != 0) {
            add(out, FindingCode.SUB_ITEMS_DO_NOT_ADD_UP, location,
                rows.get(at).target().print() + " ≠ 分项合计 " + sum.toPlainString() + own,
                rows.get(at).target().print() + " is not the sum of its sub-items, " + sum.toPlainString() + own,
                Figures.of("printed", w.value()).and("sum", sum));
        }
    }

    private static void totals(SelfEvaluationTable table, List<Finding> out) {
        if (table.isTruncated()) {
            return;
        }
        BigDecimal points = table.budget().flatMap(BudgetBlock::points).orElse(BigDecimal.ZERO);
        BigDecimal scores = table.budget().flatMap(b -> b.total().number(BudgetColumn.SCORE)).orElse(BigDecimal.ZERO);
        for (IndicatorRow row : table.indicators()) {
            if (row.kind() == IndicatorRow.Kind.INDICATOR) {
                points = points.add(row.points().number().orElse(BigDecimal.ZERO));
                scores = scores.add(row.score().number().orElse(BigDecimal.ZERO));
            }
        }
        BigDecimal p = points;
        BigDecimal s = scores;
        table.totalPoints().filter(t -> t.compareTo(p) != 0).ifPresent(t -> add(out, FindingCode.POINTS_DO_NOT_ADD_UP,
            "totalPoints", "总分分值 " + t.toPlainString() + " ≠ 预算执行率与各指标分值之和 " + p.toPlainString(),
            "the 总分 row prints " + t.toPlainString() + " points but the budget row and the indicator rows have "
                + p.toPlainString(), Figures.of("printed", t).and("sum", p)));
        table.reportedTotal().filter(t -> t.compareTo(s) != 0).ifPresent(t -> add(out, FindingCode.REPORTED_TOTAL_MISMATCH,
            "reportedTotal", "总分得分 " + t.toPlainString() + " ≠ 预算执行率与各指标得分之和 " + s.toPlainString(),
            "the 总分 row prints a score of " + t.toPlainString() + " but the budget row and the indicator rows score "
                + s.toPlainString(), Figures.of("reportedTotal", t).and("sum", s)));
    }
}
