package org.perfeval.json;

/**
 * Which document {@link PerfevalJson#write(org.perfeval.evaluation.EvaluationResult, ResultForm)} and
 * {@link BatchScorer#writing(ResultForm)} write for a result: everything, or only what a system acts on.
 *
 * <p>Both forms use the same field names and the same exact number text, so that a consumer of one
 * reads the other: {@code /ruleSet/id}, {@code /total/computed}, {@code /total/reason},
 * {@code /grade/reported}, {@code /evaluation/unit} and {@code /findings/0/code} point at the same
 * values in both. A figure the rules could not compute is absent with its reason in both, never a 0.
 */
public enum ResultForm {
    /**
     * The result document ({@code result.schema.json}), exactly as {@link PerfevalJson#write(
     * org.perfeval.evaluation.EvaluationResult)} writes it: the computed total and grade beside the
     * reported ones, every node's result as a tree with its trace, the budget metrics, the findings with
     * their messages in Chinese and English, and the evaluation scored. It reads back with
     * {@link PerfevalJson#readResult(String)}.
     */
    FULL,
    /**
     * The summary result document ({@code result-summary.schema.json}): only the figures, in this order:
     * <ul>
     *   <li>{@code "schemaVersion"}, and in {@link BatchScorer}'s output {@code "line"}, the number of the
     *       input line, from 1 (the key of the error records);</li>
     *   <li>{@code "evaluation"}: the report's identity, {@code unit}, {@code year}, {@code kind} and
     *       {@code division}, and its {@code projects} as printed ({@code number}, {@code name},
     *       {@code approved}, {@code executed}, {@code status}): no budget, indicators, claims or notes;</li>
     *   <li>{@code "ruleSet"}: {@code id} and {@code version};</li>
     *   <li>{@code "total"} and {@code "grade"} as in the full result: {@code computed} (with the grade's
     *       {@code lowerBound} and {@code upperBound}) or, when the total is not computable,
     *       {@code reason}; and {@code reported};</li>
     *   <li>{@code "nodes"}: every node of the indicator tree as a flat list, depth-first in report order
     *       (parents before their children, as {@code EvaluationResult.nodes()}), each with its
     *       {@code path}, {@code points}, {@code awarded} or, when not computable, {@code notComputable}
     *       with the reason, {@code reportedScore} and {@code status};</li>
     *   <li>{@code "findings"}: each with {@code code}, {@code severity}, {@code path} and
     *       {@code figures}, most severe first as in the full result, without the messages.</li>
     * </ul>
     * No traces, metrics or evaluation echo: a sixth to a third of the full result, about the size of
     * the report it scores. It is written only; the library does not read it back.
     */
    SUMMARY
}
