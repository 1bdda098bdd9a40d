package org.perfeval.model;

/**
 * Which way an indicator is better (指标方向).
 *
 * <p>A target with a comparator says it itself ({@code ≥} positive, {@code ≤} reverse, {@code =}
 * equality, a word qualitative). A target printed with no comparator ({@code 100%}, {@code 0%},
 * {@code 12 月}) takes its direction from what the indicator measures; see
 * {@link #inferFromName(String)}.
 */
public enum Direction {
    /** Higher is better (正向), {@code ≥}. */
    POSITIVE("正向"),
    /** Lower is better (反向), {@code ≤}. */
    REVERSE("反向"),
    /** Met when equal, or within a range (等于). */
    EQUAL("等于"),
    /** Judged in words, not numbers (定性). */
    QUALITATIVE("定性");

    private static final String[] LOWER_IS_BETTER = {"控制率", "结转结余率", "调整率", "变动率", "成本", "投诉率", "差错率"};

    private final String chineseName;

    Direction(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name, such as {@code 正向} */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The direction a reader of a report gives an indicator whose target has no comparator:
     * control rates (控制率), carry-over (结转结余率), adjustment (调整率), change rates (变动率), costs
     * (成本), complaint and error rates are lower-is-better; everything else (completion, execution,
     * coverage, quality, timeliness and satisfaction rates, planned counts and periods) is
     * higher-is-better, met when reached. A name ending with a rate that cannot exceed 100%
     * ({@link #isRateUpToHundred(String)}: 达标率, 合格率 …), with 执行率 or with 完成率 is higher-is-better
     * even when it holds one of the words above (成本节约达标率).
     *
     * @param indicatorName the indicator's name as printed, not null
     * @return {@link #REVERSE} or {@link #POSITIVE}
     */
    public static Direction inferFromName(String indicatorName) {
        if (isRateUpToHundred(indicatorName) || indicatorName.endsWith("执行率") || indicatorName.endsWith("完成率")) {
            return POSITIVE;
        }
        for (String marker : LOWER_IS_BETTER) {
            if (indicatorName.contains(marker)) {
                return REVERSE;
            }
        }
        return POSITIVE;
    }

    private static final String[] RATES_UP_TO_HUNDRED = {"利用率", "覆盖率", "满意度", "满意率", "合格率", "达标率", "知晓率",
        "通过率", "及时率", "办结率", "公开率", "细化率"};

    /**
     * Rates that cannot exceed 100% by their definition: a part over its whole (利用率, 覆盖率, 满意度,
     * 满意率, 合格率, 达标率, 知晓率, 通过率, 及时率, 办结率, 公开率, 细化率). 执行率 may exceed 100% (spending
     * above the budget: 102.59% occurs), and so may 完成率 (more done than planned), 到位率, control,
     * change and adjustment rates; they are not among them.
     *
     * @param indicatorName a name as printed, not null
     * @return whether the name ends with such a rate
     */
    public static boolean isRateUpToHundred(String indicatorName) {
        String name = indicatorName.strip();
        for (String rate : RATES_UP_TO_HUNDRED) {
            if (name.endsWith(rate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param indicatorName a name as printed, not null
     * @return whether the indicator is a rate: its name ends with 率 (成本控制率, 达标率) or 满意度
     */
    public static boolean isRate(String indicatorName) {
        String name = indicatorName.strip();
        return name.endsWith("率") || name.endsWith("满意度");
    }

    /**
     * @param names a path's names, the leaf's own last, not null
     * @return whether a group above the leaf is a cost group (its name holds 成本, such as 成本指标)
     */
    public static boolean isUnderCostGroup(java.util.List<String> names) {
        for (int i = 0; i < names.size() - 1; i++) {
            if (names.get(i).contains("成本")) {
                return true;
            }
        }
        return false;
    }
}
