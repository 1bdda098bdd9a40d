package org.perfeval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a {@link SelfEvaluationTable} reads as an {@link Evaluation}, and where each of its indicator
 * rows sits in the indicator tree.
 *
 * <ul>
 *   <li>Each {@link IndicatorRow.Kind#INDICATOR} row is a leaf under its 一级 and 二级 names (under the
 *       一级 alone where the table prints no 二级). A 一级 name printed with its points, {@code 产出指标(70分)},
 *       is the group {@code 产出指标} with 70 points; a 一级 printed twice is one group. Placeholder rows
 *       and sub-items are not indicators. A 三级 name that cannot be read, or that repeats within its
 *       group, is named by its row: {@code 【缺】#3} for the third row.</li>
 *   <li>A leaf's target is its 指标性质 and 指标值 together, the full-width signs read as the
 *       comparators they stand for ({@code ≧} is ≥, {@code ═} is =); the 度量单位 is its unit. A score
 *       printed above the row's points is not carried into the leaf (the model refuses it); the table's
 *       audit reports it at the row.</li>
 *   <li>The budget block's total row gives the figures the budget-execution rule reads: for a project
 *       table a {@link Project} (全年预算数 approved, 全年执行数 executed, 年初预算数), for a department table a
 *       {@link DepartmentBudget} (年初预算数, 全年预算数 as the adjusted budget, 全年执行数 as spending). The
 *       budget row itself is the top-level indicator {@value #BUDGET_CATEGORY} with the row's 分值 and 得分,
 *       which the budget-execution rule scores from those figures.</li>
 * </ul>
 */
public final class TableEvaluations {
    /** The name of the budget row's category in the scored tree. */
    public static final String BUDGET_CATEGORY = "预算执行率";

    private static final Pattern CATEGORY_POINTS = Pattern.compile("^(.*?)\\s*[(（](\\d+(?:\\.\\d+)?)分[)）]$");

    private TableEvaluations() {}

    /**
     * @param table the table, not null
     * @return the table as an evaluation
     */
    public static Evaluation of(SelfEvaluationTable table) {
        Evaluation.Builder b = Evaluation.builder()
            .unit(table.implementer().or(table::filer).orElse(table.name()))
            .year(table.year())
            .kind(table.kind().evaluationKind());
        b.title(table.title().orElse(table.name()));
        table.reportedTotal().ifPresent(b::reportedTotal);
        table.reportedGrade().ifPresent(b::reportedGrade);
        table.budget().ifPresent(block -> addBudget(table, block, b));
        table.budget().flatMap(TableEvaluations::budgetRow).ifPresent(b::addIndicators);
        b.addAllIndicators(tree(table));
        return b.build();
    }

    /**
     * @param table the table, not null
     * @return for each {@link IndicatorRow.Kind#INDICATOR} row (by index in {@link SelfEvaluationTable#indicators()})
     *     its path in {@link #of(SelfEvaluationTable)}'s tree; other rows are absent
     */
    public static Map<Integer, IndicatorPath> paths(SelfEvaluationTable table) {
        Map<Integer, IndicatorPath> paths = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        List<IndicatorRow> rows = table.indicators();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.kind() != IndicatorRow.Kind.INDICATOR) {
                continue;
            }
            IndicatorPath parent = IndicatorPath.root().child(categoryName(row.level1()));
            if (row.level2().isFilled()) {
                parent = parent.child(row.level2().print());
            }
            String name = row.name().kind() == TableCell.Kind.ILLEGIBLE || row.name().print().contains("/")
                ? TableCell.ILLEGIBLE_MARK + "#" + (i + 1) : row.name().print();
            Set<String> siblings = names.computeIfAbsent(parent.toString(), k -> new HashSet<>());
            if (!siblings.add(name)) {
                name = name + " #" + (i + 1);
                siblings.add(name);
            }
            paths.put(i, parent.child(name));
        }
        return Collections.unmodifiableMap(paths);
    }

    /**
     * @param level1 a 一级指标 cell as printed
     * @return the category's name without the points it prints: {@code 产出指标} for {@code 产出指标(70分)}
     */
    public static String categoryName(TableCell level1) {
        Matcher m = CATEGORY_POINTS.matcher(level1.print());
        return m.matches() ? m.group(1) : level1.print();
    }

    /**
     * @param level1 a 一级指标 cell as printed
     * @return the points it prints, {@code 70} for {@code 产出指标(70分)}, if any
     */
    public static Optional<BigDecimal> categoryPoints(TableCell level1) {
        Matcher m = CATEGORY_POINTS.matcher(level1.print());
        return m.matches() ? Optional.of(new BigDecimal(m.group(2))) : Optional.empty();
    }

    /**
     * @param row an indicator row
     * @return the row's target as the rules read it, if it prints one
     */
    public static Optional<Target> target(IndicatorRow row) {
        if (!row.target().isFilled()) {
            return Optional.empty();
        }
        String nature = row.nature().isFilled() ? comparator(row.nature().print()) : "";
        return Optional.of(Target.parse(nature + row.target().print()));
    }

    private static String comparator(String nature) {
        switch (nature) {
            case "≧": return "≥";
            case "≦": return "≤";
            case "═":
            case "＝": return "=";
            case "＞": return ">";
            case "＜": return "<";
            default: return nature;
        }
    }

    /**
     * The budget row as the indicator the rules score, {@value #BUDGET_CATEGORY}: its points (分值) and
     * printed score (得分) and, where the rate is printed as a percentage, that rate as its actual. The
     * rules score it from the budget figures, never from the printed rate.
     */
    private static Optional<IndicatorNode> budgetRow(BudgetBlock block) {
        Optional<BigDecimal> points = block.points();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Indicator.Builder b = Indicator.builder().name(BUDGET_CATEGORY).points(points.get());
        block.total().number(BudgetColumn.SCORE).filter(s -> s.compareTo(points.get()) <= 0).ifPresent(b::reportedScore);
        TableCell rate = block.total().cell(BudgetColumn.RATE);
        b.actual(rate.kind() == TableCell.Kind.PERCENT ? Actual.parse(rate.print()) : Actual.missing());
        return Optional.of(b.build());
    }

    private static void addBudget(SelfEvaluationTable table, BudgetBlock block, Evaluation.Builder b) {
        BudgetRow total = block.total();
        Optional<Amount> yearStart = total.number(BudgetColumn.YEAR_START).map(block::amount);
        Optional<Amount> budget = total.number(BudgetColumn.BUDGET).map(block::amount);
        Optional<Amount> executed = total.number(BudgetColumn.EXECUTED).map(block::amount);
        if (table.kind() == TableKind.PROJECT) {
            Optional<Amount> approved = budget.isPresent() ? budget : yearStart;
            if (approved.isPresent() && executed.isPresent()) {
                Project.Builder p = Project.builder().name(table.name()).approved(approved.get()).executed(executed.get());
                yearStart.ifPresent(p::yearStartBudget);
                b.addProjects(p.build());
            }
            return;
        }
        DepartmentBudget.Builder d = DepartmentBudget.builder();
        yearStart.ifPresent(d::yearStartBudget);
        budget.ifPresent(d::adjustedBudget);
        executed.ifPresent(d::expenditure);
        b.budget(d.build());
    }

    private static List<IndicatorNode> tree(SelfEvaluationTable table) {
        Map<Integer, IndicatorPath> paths = paths(table);
        // category name → (二级 name or "" for leaves straight under the category) → leaves, in printed order
        Map<String, Map<String, List<IndicatorNode>>> groups = new LinkedHashMap<>();
        Map<String, BigDecimal> categoryPoints = new LinkedHashMap<>();
        List<IndicatorRow> rows = table.indicators();
        for (Map.Entry<Integer, IndicatorPath> e : paths.entrySet()) {
            IndicatorRow row = rows.get(e.getKey());
            String category = categoryName(row.level1());
            categoryPoints(row.level1()).ifPresent(p -> categoryPoints.putIfAbsent(category, p));
            String level2 = row.level2().isFilled() ? row.level2().print() : "";
            groups.computeIfAbsent(category, k -> new LinkedHashMap<>())
                .computeIfAbsent(level2, k -> new ArrayList<>())
                .add(leaf(row, e.getValue().leafName()));
        }
        List<IndicatorNode> tops = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<IndicatorNode>>> category : groups.entrySet()) {
            IndicatorGroup.Builder g = IndicatorGroup.builder().name(category.getKey());
            Optional.ofNullable(categoryPoints.get(category.getKey())).ifPresent(g::points);
            for (Map.Entry<String, List<IndicatorNode>> level2 : category.getValue().entrySet()) {
                if (level2.getKey().isEmpty()) {
                    g.addAllChildren(level2.getValue());
                } else {
                    g.addChildren(IndicatorGroup.builder().name(level2.getKey()).addAllChildren(level2.getValue()).build());
                }
            }
            tops.add(g.build());
        }
        return tops;
    }

    private static Indicator leaf(IndicatorRow row, String name) {
        Indicator.Builder b = Indicator.builder().name(name);
        Optional<BigDecimal> points = row.points().number();
        points.ifPresent(b::points);
        row.score().number()
            .filter(s -> points.isEmpty() || s.compareTo(points.get()) <= 0)
            .ifPresent(b::reportedScore);
        target(row).ifPresent(b::target);
        if (row.unit().isFilled()) {
            b.unit(Unit.of(row.unit().print()));
        }
        String nature = row.nature().print();
        if (nature.equals("═") || nature.equals("＝") || nature.equals("=")) {
            b.statedDirection(Direction.EQUAL);
        }
        b.actual(row.actual().isFilled() ? Actual.parse(row.actual().print()) : Actual.missing());
        if (row.note().isFilled()) {
            b.deviationNote(row.note().print());
        }
        return b.build();
    }
}
