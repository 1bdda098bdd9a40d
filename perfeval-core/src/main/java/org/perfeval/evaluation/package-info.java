/**
 * Scores and audits a report in one call: {@link org.perfeval.evaluation.Evaluator} runs the
 * {@link org.perfeval.scoring.ScoringEngine} and the {@link org.perfeval.audit.Audit} under one rule
 * set and gives an {@link org.perfeval.evaluation.EvaluationResult}, the scores and the findings
 * together, as the result document holds them.
 */
package org.perfeval.evaluation;
