package org.perfeval.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one audit as they are found; {@link #sorted()} puts them in the order
 * {@link Audit} documents. Not thread-safe; one per audit.
 */
final class FindingList {
    private static final int REPORT = 0;
    private static final int TREE = 1;
    private static final int BUDGET = 2;
    private static final int CLAIMS = 3;
    /** Fields of the report as a whole, besides the reported total and grade. */
    private static final java.util.Set<String> REPORT_FIELDS = java.util.Set.of("total", "year", "kind", "indicators");

    private final Tree tree;
    private final List<Entry> found = new ArrayList<>();

    FindingList(Tree tree) {
        this.tree = tree;
    }

    void add(FindingCode code, String location, String messageZh, String messageEn, Figures figures) {
        Finding finding = ImmutableFinding.of(code, code.severity(), location, messageZh, messageEn, figures.map());
        int node = tree.indexOf(location);
        int section = node >= 0 ? TREE
            : location.isEmpty() || location.startsWith("reported") || REPORT_FIELDS.contains(location) ? REPORT
            : location.startsWith("budget.") ? BUDGET
            : CLAIMS;
        found.add(new Entry(finding, section, Math.max(node, 0)));
    }

    /**
     * @return most severe first; then by code in declaration order; then by place: the report as a
     *     whole, the indicator tree in report order, the budget, the claims; then in the order found
     */
    List<Finding> sorted() {
        List<Entry> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.finding.severity().ordinal())
            .thenComparingInt(e -> e.finding.code().ordinal())
            .thenComparingInt(e -> e.section)
            .thenComparingInt(e -> e.node));
        List<Finding> findings = new ArrayList<>(sorted.size());
        for (Entry e : sorted) {
            findings.add(e.finding);
        }
        return List.copyOf(findings);
    }

    private static final class Entry {
        final Finding finding;
        final int section;
        final int node;

        Entry(Finding finding, int section, int node) {
            this.finding = finding;
            this.section = section;
            this.node = node;
        }
    }
}
