/**
 * The JSON formats of perfeval: {@link org.perfeval.json.PerfevalJson} reads and writes evaluations,
 * rule sets and results with hardened limits, {@link org.perfeval.json.PerfevalModule} plugs the same
 * binding into an application's own Jackson {@code ObjectMapper}, and every reading failure is a
 * {@link org.perfeval.json.JsonInputException} that names the JSON Pointer, line and column of the bad
 * value.
 *
 * <h2>The formats</h2>
 *
 * <p>Field names are English camelCase; names, labels and printed values are Chinese as reports print
 * them. Every document kind opens with {@code "schemaVersion": "1.0"}. Amounts are
 * {@code {"amount": 918.886283, "unit": "万元"}} with an exact decimal number; targets and actuals are
 * the strings reports print ({@code "≥98%"}, {@code "达成预期指标"}, {@code ""} for a blank cell);
 * an indicator node with {@code "children"} is a group and one without is a leaf; enum values are
 * their constant names. The JSON Schemas (draft 2020-12) ship in this module under
 * {@code org/perfeval/json/schema/}.
 */
package org.perfeval.json;
