package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.Finding;
import org.perfeval.evaluation.TableResult;
import org.perfeval.model.BudgetBlock;
import org.perfeval.model.BudgetColumn;
import org.perfeval.model.BudgetRow;
import org.perfeval.model.IndicatorRow;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.scoring.NodeResult;

/**
 * A scored printed table as a {@link Page} in the table's own layout, in the run's language: the
 * header, the budget block with the columns it prints and the rule's score beside the printed one,
 * the indicator rows (一级 and 二级 names as heading rows) with the rule's score beside the printed
 * one, the 总分 row beside the computed total, and the findings.
 */
final class TableView {
    private TableView() {}

    static Page page(String source, TableResult result, Texts texts) {
        SelfEvaluationTable t = result.table();
        Page page = new Page().heading(1, texts.get("table.title", t.name(), String.valueOf(t.year()), t.kind().chineseName()));
        List<String> header = new ArrayList<>();
        header.add(texts.get("table.source", source));
        t.supervisor().ifPresent(s -> header.add(texts.get("table.supervisor", s)));
        t.implementer().ifPresent(s -> header.add(texts.get("table.implementer", s)));
        t.filingDate().ifPresent(d -> header.add(texts.get("table.filingDate", d.toString())));
        page.paragraph(header.toArray(new String[0]));
        t.budget().ifPresent(block -> budget(page, block, result, texts));
        indicators(page, t, result, texts);
        page.paragraph(texts.get("table.printedTotal", t.totalPoints().map(p -> p.toPlainString()).orElse("—"),
                t.reportedTotal().map(p -> p.toPlainString()).orElse("—"), t.reportedGrade().map(g -> " " + g).orElse("")),
            result.total().isPresent()
                ? texts.get("table.total", result.total().get().toPlainString(), result.grade().get().label())
                : texts.get("table.notComputable", t.isTruncated() ? texts.get("table.reason.cut") : result.totalNotComputable().get()));
        page.heading(2, texts.get("view.findings"));
        if (result.findings().isEmpty()) {
            page.paragraph(texts.get("findings.none"));
            return page;
        }
        List<String> items = new ArrayList<>();
        for (Finding f : result.findings()) {
            items.add(Words.severity(f.severity(), texts) + " " + f.code()
                + (f.location().isEmpty() ? "" : texts.get("findings.at", f.location())) + "\n" + Words.message(f, texts));
        }
        return page.bullets(items);
    }

    private static void budget(Page page, BudgetBlock block, TableResult result, Texts texts) {
        List<String> headers = new ArrayList<>();
        headers.add(block.caption());
        for (BudgetColumn c : block.columns()) {
            headers.add(texts.get("table.col." + c.name()));
        }
        headers.add(texts.get("table.col.computed"));
        Page.TableBuilder table = page.heading(2, texts.get("table.budget")).table(headers.toArray(new String[0]));
        for (BudgetRow row : block.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            for (BudgetColumn c : block.columns()) {
                cells.add(row.cell(c).print());
            }
            cells.add(row.role() == BudgetRow.Role.TOTAL ? result.budgetScore().map(s -> s.toPlainString()).orElse("—") : "");
            table.row(cells.toArray(new String[0]));
        }
        if (!block.unaligned().isEmpty()) {
            table.note(texts.get("table.unaligned", String.join(" ", block.unaligned())));
        }
        table.end();
    }

    private static void indicators(Page page, SelfEvaluationTable t, TableResult result, Texts texts) {
        if (t.indicators().isEmpty()) {
            t.truncatedAt().ifPresent(cut -> page.paragraph(texts.get("table.cut", cut)));
            return;
        }
        Page.TableBuilder table = page.heading(2, texts.get("table.indicators")).table(texts.get("table.col.indicator"),
            texts.get("table.col.target"), texts.get("table.col.actual"), texts.get("table.col.points"),
            texts.get("table.col.score"), texts.get("table.col.computed"));
        String level1 = null;
        String level2 = null;
        for (int i = 0; i < t.indicators().size(); i++) {
            IndicatorRow row = t.indicators().get(i);
            if (row.kind() == IndicatorRow.Kind.PLACEHOLDER) {
                continue;
            }
            if (!row.level1().print().equals(level1)) {
                level1 = row.level1().print();
                level2 = null;
                table.row(level1, "", "", "", "", "");
            }
            if (!row.level2().print().isEmpty() && !row.level2().print().equals(level2)) {
                level2 = row.level2().print();
                table.row("  " + level2, "", "", "", "", "");
            }
            String computed = result.row(i).map(n -> computed(n, texts)).orElse("");
            table.row("    " + row.name().print(), row.nature().print() + row.target().print() + row.unit().print(),
                row.actual().print(), row.points().print(), row.score().print(), computed);
        }
        t.truncatedAt().ifPresent(cut -> table.note(texts.get("table.cut", cut)));
        table.end();
    }

    private static String computed(NodeResult node, Texts texts) {
        switch (node.status()) {
            case SCORED: return node.awarded().toPlainString();
            default: return texts.get("table.notScorable");
        }
    }
}
