package org.perfeval.model;

/** Which printed self-evaluation table a {@link SelfEvaluationTable} is. */
public enum TableKind {
    /** 项目支出绩效自评表 (and the 衔接资金 绩效目标自评表): one project. */
    PROJECT("项目支出绩效自评表", EvaluationKind.PROJECT),
    /** 部门整体支出绩效自评表: a department's table form. */
    DEPARTMENT("部门整体支出绩效自评表", EvaluationKind.DEPARTMENT_OVERALL);

    private final String chineseName;
    private final EvaluationKind evaluationKind;

    TableKind(String chineseName, EvaluationKind evaluationKind) {
        this.chineseName = chineseName;
        this.evaluationKind = evaluationKind;
    }

    /** @return the table's usual title, such as {@code 项目支出绩效自评表} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the kind of evaluation the table is scored as */
    public EvaluationKind evaluationKind() {
        return evaluationKind;
    }
}
