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
     * higher-is-better, met when reached.
     *
     * @param indicatorName the indicator's name as printed, not null
     * @return {@link #REVERSE} or {@link #POSITIVE}
     */
    public static Direction inferFromName(String indicatorName) {
        for (String marker : LOWER_IS_BETTER) {
            if (indicatorName.contains(marker)) {
                return REVERSE;
            }
        }
        return POSITIVE;
    }
}
