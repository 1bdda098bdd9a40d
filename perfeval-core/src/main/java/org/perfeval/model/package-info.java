/**
 * The domain model: amounts, units, targets and actuals as reports print them, the indicator tree,
 * projects, the department budget with its framework metrics, claims, grades and the whole
 * {@link org.perfeval.model.Evaluation}. Every type is immutable and thread-safe; every amount, ratio
 * and point is a {@link java.math.BigDecimal}.
 */
package org.perfeval.model;
