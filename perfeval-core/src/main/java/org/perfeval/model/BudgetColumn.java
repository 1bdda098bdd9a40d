package org.perfeval.model;

/**
 * A column of a table's budget block (项目资金 / 预算资金 / 资金情况). Which columns a table prints, and
 * in which order, is data of the table ({@link BudgetBlock#columns()}).
 */
public enum BudgetColumn {
    /** 年初预算数 (Guizhou: 年初预算数(A)). */
    YEAR_START("年初预算数"),
    /** 全年预算数 (also 全年预算数(A), 预算数(A)): the budget after adjustment. */
    BUDGET("全年预算数"),
    /** 全年执行数 (also 全年执行数(B), 执行数(B)). */
    EXECUTED("全年执行数"),
    /** 分值: the points of the budget row. */
    POINTS("分值"),
    /** 执行率 (also 执行率(B/A)), printed as a percentage or a decimal. */
    RATE("执行率"),
    /** 得分: the score of the budget row. */
    SCORE("得分"),
    /** 得分计算方法: how the score is computed, in words. */
    METHOD("得分计算方法"),
    /** An amount printed beside a breakdown row without a column of its own (Hunan: 按收入性质分 2456.18). */
    AMOUNT("金额");

    private final String chineseName;

    BudgetColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the column's usual heading, such as {@code 全年执行数} */
    public String chineseName() {
        return chineseName;
    }
}
