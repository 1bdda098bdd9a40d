package org.perfeval.model;

/** What a self-evaluation covers. */
public enum EvaluationKind {
    /** 部门整体绩效自评: a department's whole year. */
    DEPARTMENT_OVERALL("部门整体绩效自评"),
    /** 项目支出绩效自评: one project. */
    PROJECT("项目支出绩效自评");

    private final String chineseName;

    EvaluationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
