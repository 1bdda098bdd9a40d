package org.perfeval.model;

/** Whether a project is finished (已完结) or still running (正在进行). */
public enum ProjectStatus {
    /** 已完结. */
    COMPLETED("已完结"),
    /** 正在进行. */
    ONGOING("正在进行");

    private final String chineseName;

    ProjectStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name, such as {@code 已完结} */
    public String chineseName() {
        return chineseName;
    }
}
