/**
 * Rule sets as data: which rule scores which indicator ({@link org.perfeval.rules.RuleBinding}),
 * category points ({@link org.perfeval.rules.Category}), allocation, rounding, grade scale,
 * not-applicable and unscorable policies, deviation and audit thresholds, and the built-in
 * {@link org.perfeval.rules.Profiles}. {@link org.perfeval.rules.RuleSet#lint()} checks a rule set on
 * its own; the checks that need the registered rules or an evaluation sit with the registry in
 * {@code org.perfeval.scoring}.
 *
 * <p>This package knows nothing of scoring: it imports only the model.
 */
package org.perfeval.rules;
