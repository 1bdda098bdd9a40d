package org.perfeval.model;

import static java.util.Objects.requireNonNull;

/**
 * A row of a table's indicator table, exactly as printed: 一级指标, 二级指标, 三级指标, 指标性质 (where
 * the layout splits it off), 指标值, 度量单位, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施.
 *
 * <p>A merged cell (一级 and 二级 names spanning rows) is given on every row it spans. A cell the layout
 * does not print is {@linkplain TableCell#blank() blank}.
 *
 * @param kind what the row is
 * @param level1 the 一级指标 as printed, such as {@code 产出指标(70分)}
 * @param level2 the 二级指标 as printed; blank where the table prints none
 * @param name the 三级指标 as printed; {@link TableCell.Kind#ILLEGIBLE} where it cannot be read
 * @param nature the 指标性质 ({@code ≧}, {@code ═}, {@code ≤}), where printed
 * @param target the 指标值 (年度指标值) as printed
 * @param unit the 度量单位, where printed
 * @param actual the 实际完成值 as printed
 * @param points the 分值 as printed
 * @param score the 得分 as printed
 * @param note the 偏差原因分析及改进措施 as printed
 */
public record IndicatorRow(Kind kind, TableCell level1, TableCell level2, TableCell name, TableCell nature,
        TableCell target, TableCell unit, TableCell actual, TableCell points, TableCell score, TableCell note) {

    /** What an indicator row is. */
    public enum Kind {
        /** An indicator: scored with its points. */
        INDICATOR,
        /** A part of the indicator above it ({@code 其中桃树种植面积}): a target and an actual, no points. */
        SUB_ITEM,
        /** A row of the template left unfilled ({@code 指标2}, {@code ……}, an empty 二级 heading). */
        PLACEHOLDER
    }

    /**
     * Checks that no cell is null and that the 一级 name is printed; see the record's description.
     *
     * @param kind see the record's description
     * @param level1 see the record's description
     * @param level2 see the record's description
     * @param name see the record's description
     * @param nature see the record's description
     * @param target see the record's description
     * @param unit see the record's description
     * @param actual see the record's description
     * @param points see the record's description
     * @param score see the record's description
     * @param note see the record's description
     */
    public IndicatorRow {
        requireNonNull(kind, "kind");
        requireNonNull(level1, "level1");
        requireNonNull(level2, "level2");
        requireNonNull(name, "name");
        requireNonNull(nature, "nature");
        requireNonNull(target, "target");
        requireNonNull(unit, "unit");
        requireNonNull(actual, "actual");
        requireNonNull(points, "points");
        requireNonNull(score, "score");
        requireNonNull(note, "note");
        if (!level1.isFilled()) {
            throw new IllegalArgumentException("an indicator row must print its 一级指标 (" + name + ")");
        }
        if (kind == Kind.INDICATOR && name.kind() == TableCell.Kind.BLANK) {
            throw new IllegalArgumentException("an INDICATOR row must print or mark its 三级指标 (" + level1 + "/"
                + level2 + ")");
        }
    }

    /** @return a builder of a row, every cell blank until set */
    public static RowBuilder builder() {
        return new RowBuilder();
    }

    /** Builds an {@link IndicatorRow} cell by cell; cells left unset are blank. */
    public static final class RowBuilder {
        private Kind kind = Kind.INDICATOR;
        private TableCell level1 = TableCell.blank();
        private TableCell level2 = TableCell.blank();
        private TableCell name = TableCell.blank();
        private TableCell nature = TableCell.blank();
        private TableCell target = TableCell.blank();
        private TableCell unit = TableCell.blank();
        private TableCell actual = TableCell.blank();
        private TableCell points = TableCell.blank();
        private TableCell score = TableCell.blank();
        private TableCell note = TableCell.blank();

        RowBuilder() {}

        /**
         * @param value what the row is
         * @return this
         */
        public RowBuilder kind(Kind value) { kind = requireNonNull(value, "kind"); return this; }
        /**
         * @param printed the 一级指标
         * @return this
         */
        public RowBuilder level1(String printed) { level1 = TableCell.parse(printed); return this; }
        /**
         * @param printed the 二级指标
         * @return this
         */
        public RowBuilder level2(String printed) { level2 = TableCell.parse(printed); return this; }
        /**
         * @param printed the 三级指标
         * @return this
         */
        public RowBuilder name(String printed) { name = TableCell.parse(printed); return this; }
        /**
         * @param printed the 指标性质
         * @return this
         */
        public RowBuilder nature(String printed) { nature = TableCell.parse(printed); return this; }
        /**
         * @param printed the 指标值
         * @return this
         */
        public RowBuilder target(String printed) { target = TableCell.parse(printed); return this; }
        /**
         * @param printed the 度量单位
         * @return this
         */
        public RowBuilder unit(String printed) { unit = TableCell.parse(printed); return this; }
        /**
         * @param printed the 实际完成值
         * @return this
         */
        public RowBuilder actual(String printed) { actual = TableCell.parse(printed); return this; }
        /**
         * @param printed the 分值
         * @return this
         */
        public RowBuilder points(String printed) { points = TableCell.parse(printed); return this; }
        /**
         * @param printed the 得分
         * @return this
         */
        public RowBuilder score(String printed) { score = TableCell.parse(printed); return this; }
        /**
         * @param printed the 偏差原因分析及改进措施
         * @return this
         */
        public RowBuilder note(String printed) { note = TableCell.parse(printed); return this; }

        /**
         * @return the row
         * @throws IllegalArgumentException if the row breaks an invariant of {@link IndicatorRow}
         */
        public IndicatorRow build() {
            return new IndicatorRow(kind, level1, level2, name, nature, target, unit, actual, points, score, note);
        }
    }
}
