package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.BudgetRow;
import org.perfeval.model.Evaluation;
import org.perfeval.model.GoalRow;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.TableCell;
import org.perfeval.model.TableKind;

/**
 * A table document: a printed self-evaluation table (项目支出绩效自评表, 部门整体支出绩效自评表) cell by
 * cell. Every cell is a JSON string exactly as printed ({@code "387664.62"}, {@code "100%"},
 * {@code "0.0000"}, {@code "—"}, {@code ""}, {@code "【缺】"}); a budget row's cells are an array in the
 * order of the block's {@code columns}, trailing blanks left out.
 */
final class TableJson {
    static final Shape SHAPE = Shape.of("a table", SchemaVersion.FIELD, "kind", "title", "layout", "name", "supervisor",
        "implementer", "filer", "otherHeader", "year", "yearPrinted", "filingDate", "budget", "goals", "indicators",
        "totalPoints", "reportedTotal", "reportedGrade", "remarks", "truncatedAt")
        .requiring(SchemaVersion.FIELD, "kind", "name", "year");
    static final Shape BUDGET = Shape.of("a budget block", "caption", "unit", "columns", "rows", "unaligned")
        .requiring("caption", "unit", "columns", "rows");
    static final Shape ROW = Shape.of("a budget row", "label", "role", "breakdown", "cells").requiring("label", "role");
    static final Shape GOAL = Shape.of("a goal row", "expected", "achieved").requiring("expected", "achieved");
    static final Shape INDICATOR = Shape.of("an indicator row", "kind", "level1", "level2", "name", "nature", "target",
        "unit", "actual", "points", "score", "note").requiring("level1");

    /** Most rows of a table's indicator table or budget block: printed tables have a few dozen. */
    static final int MAX_ROWS = 1000;

    private TableJson() {}

    static SelfEvaluationTable read(JsonParser p) throws IOException {
        SelfEvaluationTable.Builder b = SelfEvaluationTable.builder();
        JsonLocation start = Reading.object(p, SHAPE, field -> {
            switch (field) {
                case SchemaVersion.FIELD: SchemaVersion.read(p); break;
                case "kind": b.kind(Reading.constant(p, TableKind.class)); break;
                case "title": b.title(Reading.string(p)); break;
                case "layout": b.layout(Reading.string(p)); break;
                case "name": b.name(Reading.string(p)); break;
                case "supervisor": b.supervisor(Reading.string(p)); break;
                case "implementer": b.implementer(Reading.string(p)); break;
                case "filer": b.filer(Reading.string(p)); break;
                case "otherHeader": b.putAllOtherHeader(Reading.map(p, "header fields", Reading::string)); break;
                case "year": b.year(Reading.integer(p, Evaluation.MIN_YEAR, Evaluation.MAX_YEAR)); break;
                case "yearPrinted": b.yearPrinted(Reading.bool(p)); break;
                case "filingDate": b.filingDate(Reading.date(p)); break;
                case "budget": b.budget(readBudget(p)); break;
                case "goals": b.addAllGoals(Reading.list(p, "goal rows", TableJson::readGoal)); break;
                case "indicators": b.addAllIndicators(bounded(p, Reading.list(p, "indicator rows", TableJson::readRow))); break;
                case "totalPoints": b.totalPoints(Reading.decimal(p)); break;
                case "reportedTotal": b.reportedTotal(Reading.decimal(p)); break;
                case "reportedGrade": b.reportedGrade(Reading.string(p)); break;
                case "remarks": b.putAllRemarks(Reading.map(p, "remarks", Reading::string)); break;
                case "truncatedAt": b.truncatedAt(Reading.string(p)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, b::build);
    }

    private static <T> List<T> bounded(JsonParser p, List<T> rows) throws IOException {
        if (rows.size() > MAX_ROWS) {
            throw Reading.problem(p, "a table has at most " + MAX_ROWS + " rows in a block but this one has " + rows.size());
        }
        return rows;
    }

    private static BudgetBlock readBudget(JsonParser p) throws IOException {
        String[] caption = new String[1];
        org.perfeval.model.Unit[] unit = new org.perfeval.model.Unit[1];
        List<BudgetColumn> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        List<String> unaligned = new ArrayList<>();
        JsonLocation start = Reading.object(p, BUDGET, field -> {
            switch (field) {
                case "caption": caption[0] = Reading.string(p); break;
                case "unit": unit[0] = AmountJson.moneyUnit(p); break;
                case "columns": columns.addAll(Reading.list(p, "budget columns", q -> Reading.constant(q, BudgetColumn.class))); break;
                case "rows": rows.addAll(bounded(p, Reading.list(p, "budget rows", TableJson::readBudgetRow))); break;
                case "unaligned": unaligned.addAll(Reading.list(p, "unaligned cells", Reading::string)); break;
                default: throw Reading.noCase(field);
            }
        });
        return Reading.convert(p, start, () -> {
            List<BudgetRow> built = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                built.add(budgetRow(rows.get(i), columns, i));
            }
            return new BudgetBlock(caption[0], unit[0], columns, built, unaligned);
        });
    }

    /** A row as read, before the block's columns are known: label, role, breakdown (or null), cells. */
    private static List<Object> readBudgetRow(JsonParser p) throws IOException {
        Object[] row = new Object[4];
        row[3] = List.of();
        Reading.object(p, ROW, field -> {
            switch (field) {
                case "label": row[0] = Reading.string(p); break;
                case "role": row[1] = Reading.constant(p, BudgetRow.Role.class); break;
                case "breakdown": row[2] = Reading.string(p); break;
                case "cells": row[3] = Reading.list(p, "cells", TableJson::cell); break;
                default: throw Reading.noCase(field);
            }
        });
        return java.util.Arrays.asList(row);
    }

    @SuppressWarnings("unchecked")
    private static BudgetRow budgetRow(List<Object> row, List<BudgetColumn> columns, int index) {
        List<TableCell> cells = (List<TableCell>) row.get(3);
        if (cells.size() > columns.size()) {
            throw new IllegalArgumentException("budget row " + index + " (" + row.get(0) + ") has " + cells.size()
                + " cells but the block prints " + columns.size() + " columns " + columns);
        }
        Map<BudgetColumn, TableCell> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byColumn.put(columns.get(i), cells.get(i));
        }
        return new BudgetRow((String) row.get(0), (BudgetRow.Role) row.get(1),
            java.util.Optional.ofNullable((String) row.get(2)), byColumn);
    }

    private static TableCell cell(JsonParser p) throws IOException {
        String text = Reading.string(p);
        return Reading.convert(p, TableCell::parse, text);
    }

    private static GoalRow readGoal(JsonParser p) throws IOException {
        TableCell[] cells = new TableCell[2];
        JsonLocation start = Reading.object(p, GOAL, field -> cells[field.equals("expected") ? 0 : 1] = cell(p));
        return Reading.convert(p, start, () -> new GoalRow(cells[0], cells[1]));
    }

    private static IndicatorRow readRow(JsonParser p) throws IOException {
        IndicatorRow.Kind[] kind = {IndicatorRow.Kind.INDICATOR};
        Map<String, TableCell> cells = new LinkedHashMap<>();
        JsonLocation start = Reading.object(p, INDICATOR, field -> {
            if (field.equals("kind")) {
                kind[0] = Reading.constant(p, IndicatorRow.Kind.class);
            } else {
                cells.put(field, cell(p));
            }
        });
        return Reading.convert(p, start, () -> new IndicatorRow(kind[0], get(cells, "level1"), get(cells, "level2"),
            get(cells, "name"), get(cells, "nature"), get(cells, "target"), get(cells, "unit"), get(cells, "actual"),
            get(cells, "points"), get(cells, "score"), get(cells, "note")));
    }

    private static TableCell get(Map<String, TableCell> cells, String field) {
        return cells.getOrDefault(field, TableCell.blank());
    }

    static void write(SelfEvaluationTable t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        Writing.constant(g, "kind", t.kind());
        Writing.string(g, "title", t.title());
        Writing.string(g, "layout", t.layout());
        g.writeStringField("name", t.name());
        Writing.string(g, "supervisor", t.supervisor());
        Writing.string(g, "implementer", t.implementer());
        Writing.string(g, "filer", t.filer());
        Writing.map(g, "otherHeader", t.otherHeader(), (v, out) -> out.writeString(v));
        g.writeNumberField("year", t.year());
        if (!t.yearPrinted()) {
            g.writeBooleanField("yearPrinted", false);
        }
        Writing.optional(g, "filingDate", t.filingDate(), (d, out) -> out.writeString(d.toString()));
        Writing.optional(g, "budget", t.budget(), TableJson::writeBudget);
        Writing.list(g, "goals", t.goals(), TableJson::writeGoal);
        Writing.list(g, "indicators", t.indicators(), TableJson::writeRow);
        Writing.decimal(g, "totalPoints", t.totalPoints());
        Writing.decimal(g, "reportedTotal", t.reportedTotal());
        Writing.string(g, "reportedGrade", t.reportedGrade());
        Writing.map(g, "remarks", t.remarks(), (v, out) -> out.writeString(v));
        Writing.string(g, "truncatedAt", t.truncatedAt());
        g.writeEndObject();
    }

    private static void writeBudget(BudgetBlock block, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("caption", block.caption());
        g.writeStringField("unit", block.unit().symbol());
        g.writeArrayFieldStart("columns");
        for (BudgetColumn column : block.columns()) {
            g.writeString(column.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (BudgetRow row : block.rows()) {
            g.writeStartObject();
            g.writeStringField("label", row.label());
            Writing.constant(g, "role", row.role());
            Writing.string(g, "breakdown", row.breakdown());
            int last = -1;
            for (int i = 0; i < block.columns().size(); i++) {
                if (row.cell(block.columns().get(i)).kind() != TableCell.Kind.BLANK) {
                    last = i;
                }
            }
            if (last >= 0) {
                g.writeArrayFieldStart("cells");
                for (int i = 0; i <= last; i++) {
                    g.writeString(row.cell(block.columns().get(i)).print());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Writing.list(g, "unaligned", block.unaligned(), (v, out) -> out.writeString(v));
        g.writeEndObject();
    }

    private static void writeGoal(GoalRow goal, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("expected", goal.expected().print());
        g.writeStringField("achieved", goal.achieved().print());
        g.writeEndObject();
    }

    private static void writeRow(IndicatorRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (row.kind() != IndicatorRow.Kind.INDICATOR) {
            Writing.constant(g, "kind", row.kind());
        }
        cell(g, "level1", row.level1());
        cell(g, "level2", row.level2());
        cell(g, "name", row.name());
        cell(g, "nature", row.nature());
        cell(g, "target", row.target());
        cell(g, "unit", row.unit());
        cell(g, "actual", row.actual());
        cell(g, "points", row.points());
        cell(g, "score", row.score());
        cell(g, "note", row.note());
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, String field, TableCell cell) throws IOException {
        if (cell.kind() != TableCell.Kind.BLANK) {
            g.writeStringField(field, cell.print());
        }
    }
}
