/**
 * The audit: findings that check a report's own claims against its own numbers and against the rule
 * set it is scored under. {@link org.perfeval.audit.Audit} runs it and lists every
 * {@link org.perfeval.audit.FindingCode} with its severity and what it checks. A report that fails
 * an audit is a result, never an exception.
 */
package org.perfeval.audit;
