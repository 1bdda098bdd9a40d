package org.perfeval.audit;

/**
 * Chinese for the reasons a {@link org.perfeval.model.MetricResult} gives when a metric cannot be
 * computed; a reason of another form is kept as given.
 */
final class Reasons {
    private static final String NOT_GIVEN = " is not given";
    private static final String ZERO = "the denominator is zero (";

    private Reasons() {}

    static String zh(String reason) {
        if (reason.endsWith(NOT_GIVEN)) {
            return "未列" + reason.substring(0, reason.length() - NOT_GIVEN.length());
        }
        if (reason.startsWith(ZERO) && reason.endsWith(")")) {
            return "分母为零：" + reason.substring(ZERO.length(), reason.length() - 1);
        }
        switch (reason) {
            case "the report gives no budget":
                return "报告未列预算数据";
            case "no project is listed":
                return "报告未列项目";
            case "no project is marked completed":
                return "没有标为已完结的项目";
            default:
                return reason;
        }
    }
}
