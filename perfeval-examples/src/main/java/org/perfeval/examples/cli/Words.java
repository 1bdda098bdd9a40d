package org.perfeval.examples.cli;

import org.perfeval.audit.Finding;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Metric;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;

/**
 * The library's words in the run's language: kinds of report, project statuses, metric names, the
 * reasons a metric is not computable, severities and findings. The library names these in Chinese
 * (metrics, budget lines) or gives both languages (findings); this picks or translates, so that an
 * English view does not carry Chinese prose, nor a Chinese view English.
 */
final class Words {
    private static final String NOT_GIVEN = " is not given";
    private static final String ZERO = "the denominator is zero (";
    private static final String FROM_PROJECTS = " is computed from the projects, not the budget";
    private static final String PROJECTS = " projects)";

    private Words() {}

    /** @return such as {@code 部门整体绩效自评} or {@code department self-evaluation} */
    static String kind(EvaluationKind kind, Texts texts) {
        return texts.zh() ? kind.chineseName() : texts.get("kind." + kind.name());
    }

    /** @return such as {@code 已完结} or {@code completed} */
    static String status(Project.Status status, Texts texts) {
        return texts.zh() ? status.chineseName() : texts.get("status." + status.name());
    }

    /** @return such as {@code 预算执行率} or {@code budget execution rate} */
    static String metric(Metric metric, Texts texts) {
        return texts.zh() ? metric.chineseName() : texts.get("metric." + metric.name());
    }

    /** @return a budget line's name, such as {@code 年初预算数} or {@code year-start budget}; an unknown one as given */
    static String field(String chineseName, Texts texts) {
        return texts.zh() ? chineseName : texts.getOrElse("field." + chineseName, chineseName);
    }

    /** @return {@code 错误}, {@code 警告}, {@code 提示} or {@code ERROR}, {@code WARNING}, {@code INFO} */
    static String severity(Finding.Severity severity, Texts texts) {
        return texts.get("severity." + severity.name());
    }

    /** @return the finding's message in the run's language */
    static String message(Finding finding, Texts texts) {
        return texts.zh() ? finding.messageZh() : finding.messageEn();
    }

    /**
     * A metric's explanation in the run's language: its figures, with {@code (23 projects)} as
     * {@code （23 个项目）} in Chinese, or why it is not computable, with the budget lines named in the
     * language. A reason of a form not known here is kept as the library gives it.
     */
    static String explanation(MetricResult result, Texts texts) {
        String text = result.explanation();
        if (result.isComputable()) {
            int projects = text.lastIndexOf(" (");
            if (texts.zh() && projects >= 0 && text.endsWith(PROJECTS)) {
                String count = text.substring(projects + 2, text.length() - PROJECTS.length());
                if (!count.isEmpty() && count.chars().allMatch(Character::isDigit)) {
                    return text.substring(0, projects) + texts.get("explain.projects", count);
                }
            }
            return text;
        }
        if (text.endsWith(NOT_GIVEN)) {
            return texts.get("explain.notGiven", field(text.substring(0, text.length() - NOT_GIVEN.length()), texts));
        }
        if (text.endsWith(FROM_PROJECTS)) {
            return texts.get("explain.fromProjects", metric(result.metric(), texts));
        }
        if (text.startsWith(ZERO) && text.endsWith(")")) {
            return texts.get("explain.zero", text.substring(ZERO.length(), text.length() - 1));
        }
        return switch (text) {
            case "the report gives no budget" -> texts.get("explain.noBudget");
            case "no project is listed" -> texts.get("explain.noProject");
            case "no project is marked completed" -> texts.get("explain.noCompleted");
            default -> text;
        };
    }
}
