package org.perfeval.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A row of a table's budget block as printed: its label ({@code 年度资金总额}, {@code 其中:当年财政拨款},
 * {@code 上年结转资金}, {@code 基本支出}, {@code 按收入性质分:} …), its role and its cells by column.
 *
 * <p>A {@link Role#PART} row belongs to the breakdown it names ({@link #breakdown()}): its amounts
 * add up to the {@link Role#SUBTOTAL} row of that breakdown, or, in a breakdown without one, to the
 * {@link Role#TOTAL} row. Rows of no named breakdown add up to the total. A column the row leaves out
 * is a blank cell.
 *
 * @param label the label as printed, not blank
 * @param role what the row is
 * @param breakdown the breakdown the row belongs to, such as {@code 按支出性质分}; empty for the main one
 * @param cells the cells by column, in the block's column order; blanks may be left out
 */
public record BudgetRow(String label, Role role, Optional<String> breakdown, Map<BudgetColumn, TableCell> cells) {

    /** What a budget row is. */
    public enum Role {
        /** The total row, 年度资金总额: one per block. */
        TOTAL,
        /** The head of a named breakdown (按收入性质分:): its amount is the sum of the breakdown's parts. */
        SUBTOTAL,
        /** A part of the total: a funding source (当年财政拨款, 上年结转资金, 其他资金) or a kind of spending. */
        PART
    }

    /**
     * Checks the label and copies the cells; see the record's description.
     *
     * @param label see the record's description
     * @param role see the record's description
     * @param breakdown see the record's description
     * @param cells see the record's description
     * @throws IllegalArgumentException if the label or the breakdown is blank
     */
    public BudgetRow {
        requireNonNull(label, "label");
        requireNonNull(role, "role");
        requireNonNull(breakdown, "breakdown");
        requireNonNull(cells, "cells");
        if (label.isBlank() || label.length() > TableCell.MAX_LENGTH) {
            throw new IllegalArgumentException("a budget row's label must be non-blank and at most "
                + TableCell.MAX_LENGTH + " characters but was \"" + label + "\"");
        }
        breakdown.ifPresent(b -> {
            if (b.isBlank()) {
                throw new IllegalArgumentException("the breakdown of budget row " + label + " must not be blank");
            }
        });
        Map<BudgetColumn, TableCell> copy = new LinkedHashMap<>();
        cells.forEach((column, cell) -> copy.put(requireNonNull(column, "column"), requireNonNull(cell, "cell of " + column)));
        cells = Collections.unmodifiableMap(copy);
    }

    /**
     * @param label the label as printed, not blank
     * @param role what the row is, not null
     * @param cells the cells by column, not null
     * @return a row of the main breakdown
     */
    public static BudgetRow of(String label, Role role, Map<BudgetColumn, TableCell> cells) {
        return new BudgetRow(label, role, Optional.empty(), cells);
    }

    /**
     * @param column a column of the block, not null
     * @return the cell in the column; blank if the row prints none there
     */
    public TableCell cell(BudgetColumn column) {
        return cells.getOrDefault(column, TableCell.blank());
    }

    /**
     * @param column a column of the block, not null
     * @return the number printed in the column, if it holds one
     */
    public Optional<BigDecimal> number(BudgetColumn column) {
        return cell(column).number();
    }
}
