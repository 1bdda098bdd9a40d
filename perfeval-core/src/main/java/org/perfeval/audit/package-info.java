/**
 * The audit: findings that check a report's own claims against its own numbers. A report that fails
 * an audit is a result, never an exception.
 */
package org.perfeval.audit;
