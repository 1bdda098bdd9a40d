/** The library's exception root, {@link org.perfeval.PerfevalException}, and its subclasses. */
package org.perfeval;
