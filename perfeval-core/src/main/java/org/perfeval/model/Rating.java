package org.perfeval.model;

import java.util.List;

/**
 * A qualitative rating of an actual value (定性评价), with the words reports print for it. The
 * ministry platform scores each rating in a band of the indicator's points (rule S5).
 */
public enum Rating {
    /** 达成年度指标: the target is met. */
    ACHIEVED("达成年度指标", "达成预期指标", "达成", "已达成", "完成", "已完成", "全部完成", "达到", "已达到", "达标"),
    /** 部分达成年度指标并具有一定效果: partly met, with some effect. */
    PARTIALLY_ACHIEVED("部分达成年度指标并具有一定效果", "部分达成", "部分完成", "基本完成", "基本达成", "基本达到"),
    /** 未达成年度指标且效果较差: not met, with poor effect. */
    NOT_ACHIEVED("未达成年度指标且效果较差", "未达成", "未完成", "未达到", "未达标");

    private final List<String> words;

    Rating(String... words) {
        this.words = List.of(words);
    }

    /** @return the platform's own words for this rating, such as {@code 达成年度指标} */
    public String canonicalWords() {
        return words.get(0);
    }

    /** @return every printed form recognised as this rating, the canonical one first */
    public List<String> words() {
        return words;
    }

    /**
     * @param text a printed actual, stripped
     * @return the rating printed as {@code text}, or null if the text is no rating
     */
    static Rating byWords(String text) {
        for (Rating rating : values()) {
            if (rating.words.contains(text)) {
                return rating;
            }
        }
        return null;
    }
}
