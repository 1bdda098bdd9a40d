/**
 * Implementations of the kit's arbitraries, its vocabulary and its arbitrary provider. Not API: use
 * {@link org.perfeval.testing.PerfevalArbitraries} and the laws; everything here may change.
 */
package org.perfeval.testing.internal;
