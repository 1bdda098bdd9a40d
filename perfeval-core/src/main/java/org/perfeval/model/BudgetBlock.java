package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget block of a self-evaluation table, exactly as printed: its caption
 * ({@code 项目资金（万元）}, {@code 预算执行情况(万元)(20分)}), the money unit, the columns it prints in
 * order, and its rows ({@code 年度资金总额} and its sources, or {@code 基本支出} / {@code 项目支出}).
 *
 * <p>A block whose cells cannot be put back in their rows (a flattened spreadsheet) keeps its rows with
 * {@link TableCell.Kind#ILLEGIBLE} cells and the printed values in source order in {@link #unaligned()}:
 * no amount is moved into a cell it may not belong to.
 *
 * @param caption the caption as printed, not blank
 * @param unit the money unit of the amounts, {@code 元} or {@code 万元}
 * @param columns the columns printed, in order; no column twice
 * @param rows the rows in printed order; exactly one {@link BudgetRow.Role#TOTAL} row
 * @param unaligned values printed in the block that cannot be placed in a cell, in source order
 */
public record BudgetBlock(String caption, Unit unit, List<BudgetColumn> columns, List<BudgetRow> rows,
        List<String> unaligned) {
    private static final Pattern POINTS = Pattern.compile("[(（](\\d+(?:\\.\\d+)?)分[)）]");

    /**
     * Checks the block; see the record's description.
     *
     * @param caption see the record's description
     * @param unit see the record's description
     * @param columns see the record's description
     * @param rows see the record's description
     * @param unaligned see the record's description
     * @throws IllegalArgumentException if the caption is blank, the unit is not money, a column repeats,
     *     a row prints a cell in a column the block does not have, or there is not exactly one total row
     */
    public BudgetBlock {
        requireNonNull(caption, "caption");
        requireNonNull(unit, "unit");
        columns = List.copyOf(requireNonNull(columns, "columns"));
        rows = List.copyOf(requireNonNull(rows, "rows"));
        unaligned = List.copyOf(requireNonNull(unaligned, "unaligned"));
        if (caption.isBlank()) {
            throw new IllegalArgumentException("the budget block's caption must not be blank");
        }
        if (!unit.isMoney()) {
            throw new IllegalArgumentException("the budget block's unit must be 元 or 万元 but was " + unit);
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("the budget block repeats a column: " + columns);
        }
        long totals = rows.stream().filter(r -> r.role() == BudgetRow.Role.TOTAL).count();
        if (totals != 1) {
            throw new IllegalArgumentException("the budget block must have exactly one TOTAL row but has " + totals);
        }
        for (BudgetRow row : rows) {
            for (BudgetColumn column : row.cells().keySet()) {
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException("budget row " + row.label() + " has a cell in column " + column
                        + ", which the block does not print (" + columns + ")");
                }
            }
        }
    }

    /** @return the total row, 年度资金总额 */
    public BudgetRow total() {
        return rows.stream().filter(r -> r.role() == BudgetRow.Role.TOTAL).findFirst().orElseThrow();
    }

    /**
     * @param column a column, not null
     * @return whether the block prints the column
     */
    public boolean has(BudgetColumn column) {
        return columns.contains(column);
    }

    /**
     * @return the budget row's points (分值): the total row's, else the {@code (20分)} of the caption
     */
    public Optional<BigDecimal> points() {
        Optional<BigDecimal> own = total().number(BudgetColumn.POINTS);
        if (own.isPresent()) {
            return own;
        }
        Matcher m = POINTS.matcher(caption);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /**
     * @param figure a number of a cell, not null
     * @return the amount in the block's unit
     */
    public Amount amount(BigDecimal figure) {
        return Amount.of(figure, unit);
    }
}
