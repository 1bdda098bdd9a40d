package org.perfeval.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Decimals;
import org.perfeval.internal.PerfevalStyle;

/**
 * A printed self-evaluation table as a document of its own: the 项目支出绩效自评表 of one project or the
 * 部门整体支出绩效自评表 of a department, with its header, its budget block exactly as printed, its
 * 年度总体目标, its indicator table row by row, and its 总分 and grade.
 *
 * <p>Layouts differ by place and year (which budget columns and rows, whether 指标性质 has a column, where
 * 分值 stands, whether a category prints its points as {@code 产出指标(70分)}); a layout is data of
 * the table, never a code path. A table cut off in its source ends at {@link #truncatedAt()}, the
 * text printed up to the cut ({@code 【以下缺】} in a transcription); a cell that cannot be read is
 * {@link TableCell.Kind#ILLEGIBLE}.
 *
 * <p>{@link #evaluation()} gives the table as an {@link Evaluation} to score: the indicator rows become
 * the indicator tree (placeholders and sub-items left out), the budget block's total row the project's
 * (or the department's) budget and execution; the budget row is never turned into an indicator.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class SelfEvaluationTable {

    SelfEvaluationTable() {}

    /** Builds a {@link SelfEvaluationTable}; {@code kind}, {@code name} and {@code year} are required. */
    public static final class Builder extends ImmutableSelfEvaluationTable.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return which table this is */
    public abstract TableKind kind();

    /** @return the title as printed, such as {@code 2022年度项目支出绩效自评表}, if recorded */
    public abstract Optional<String> title();

    /** @return the layout's name as printed, such as {@code 公开14表} or {@code 绩效目标自评表}, if any */
    public abstract Optional<String> layout();

    /** @return the 项目名称, or for a department table the 部门(单位)名称 */
    public abstract String name();

    /** @return the 主管部门, if printed */
    public abstract Optional<String> supervisor();

    /** @return the 实施单位, if printed */
    public abstract Optional<String> implementer();

    /** @return the unit that fills in the table (部门:, 单位名称:, 单位(盖章):), if printed apart from the name */
    public abstract Optional<String> filer();

    /** @return other header fields as printed (项目负责人及电话, 项目类别, 项目属性), by label in printed order */
    public abstract Map<String, String> otherHeader();

    /** @return the year evaluated */
    public abstract int year();

    /**
     * @return whether the table prints its year; false when it is inferred (from the 填报日期, from the
     *     file's name), which the table's source records
     */
    @Value.Default
    public boolean yearPrinted() {
        return true;
    }

    /** @return the 填报日期, if printed */
    public abstract Optional<LocalDate> filingDate();

    /** @return the budget block, if the table has one */
    public abstract Optional<BudgetBlock> budget();

    /** @return the 年度总体目标 rows */
    public abstract List<GoalRow> goals();

    /** @return the indicator table's rows in printed order */
    public abstract List<IndicatorRow> indicators();

    /** @return the points the 总分 row prints (usually 100), if printed */
    public abstract Optional<BigDecimal> totalPoints();

    /** @return the score the 总分 row prints, if printed */
    public abstract Optional<BigDecimal> reportedTotal();

    /** @return the grade (自评等级) printed, if any */
    public abstract Optional<String> reportedGrade();

    /**
     * @return further labelled text as printed, by label: 其他需要说明事项, 偏差大或目标未完成原因分析,
     *     改进措施及结果应用方案, a footnote (注)
     */
    public abstract Map<String, String> remarks();

    /**
     * @return the text printed up to the point where the table is cut off in its source, if it is:
     *     nothing after it is known, so no total can be computed from the table
     */
    public abstract Optional<String> truncatedAt();

    /** @return whether the table is cut off before its end */
    public boolean isTruncated() {
        return truncatedAt().isPresent();
    }

    /**
     * The table as an evaluation to score and audit; see the class description and
     * {@link TableEvaluations}.
     *
     * @return the evaluation; computed once
     */
    @Value.Lazy
    public Evaluation evaluation() {
        return TableEvaluations.of(this);
    }

    /**
     * @param row a row of {@link #indicators()}
     * @return the row's location in findings, such as {@code indicators[3]}
     */
    public static String location(int row) {
        return "indicators[" + row + "]";
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("the table's name (项目名称 / 部门名称) must not be blank");
        }
        if (year() < Evaluation.MIN_YEAR || year() > Evaluation.MAX_YEAR) {
            throw new IllegalArgumentException("year must be in [" + Evaluation.MIN_YEAR + ", " + Evaluation.MAX_YEAR
                + "] but was " + year());
        }
        totalPoints().ifPresent(p -> nonNegative(p, "total points (总分)"));
        reportedTotal().ifPresent(p -> nonNegative(p, "reported total (总分)"));
        reportedGrade().ifPresent(g -> {
            if (g.isBlank()) {
                throw new IllegalArgumentException("reported grade must not be blank");
            }
        });
        truncatedAt().ifPresent(t -> {
            if (t.length() > TableCell.MAX_LENGTH) {
                throw new IllegalArgumentException("truncatedAt must be at most " + TableCell.MAX_LENGTH + " characters");
            }
        });
    }

    private static void nonNegative(BigDecimal value, String what) {
        Decimals.checkBounded(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0 but was " + value.toPlainString());
        }
    }
}
