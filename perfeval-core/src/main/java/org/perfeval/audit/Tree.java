package org.perfeval.audit;

import java.util.Map;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.scoring.NodeResult;

/**
 * The report's indicator tree flattened in report order (depth-first, parents before children), each
 * node with its path and the engine's result: the checks walk it by index instead of building paths
 * and looking them up. The children of node {@code i} start at {@code i + 1}; each child's subtree
 * ends where the next sibling starts, at {@link #end(int)}.
 */
final class Tree {
    private final IndicatorPath[] paths;
    private final IndicatorNode[] nodes;
    private final NodeResult[] results;
    private final int[] end;

    /**
     * @param results the engine's results by path; empty to check the report alone
     * @throws IllegalArgumentException if results are given and a node of the report has none
     */
    Tree(Evaluation evaluation, Map<IndicatorPath, NodeResult> results) {
        Map<IndicatorPath, IndicatorNode> byPath = evaluation.nodesByPath();
        int n = byPath.size();
        paths = new IndicatorPath[n];
        nodes = new IndicatorNode[n];
        this.results = new NodeResult[n];
        end = new int[n];
        int[] open = new int[n];
        int depth = 0;
        int i = 0;
        for (Map.Entry<IndicatorPath, IndicatorNode> entry : byPath.entrySet()) {
            IndicatorPath path = entry.getKey();
            if (!results.isEmpty()) {
                this.results[i] = results.get(path);
                if (this.results[i] == null) {
                    throw new IllegalArgumentException("no node result for " + path + ": the results are not the evaluation's");
                }
            }
            while (depth > 0 && paths[open[depth - 1]].depth() >= path.depth()) {
                end[open[--depth]] = i;
            }
            paths[i] = path;
            nodes[i] = entry.getValue();
            open[depth++] = i++;
        }
        while (depth > 0) {
            end[open[--depth]] = n;
        }
    }

    /** @return the number of nodes */
    int size() {
        return nodes.length;
    }

    IndicatorPath path(int i) {
        return paths[i];
    }

    IndicatorNode node(int i) {
        return nodes[i];
    }

    /** @return the engine's result of node {@code i}; null when the report is checked alone */
    NodeResult result(int i) {
        return results[i];
    }

    /** @return the index after the last node of {@code i}'s subtree: its next sibling's, if it has one */
    int end(int i) {
        return end[i];
    }

    /**
     * @return the index of the node whose printed path is {@code location} (names joined with {@code /}),
     *     or -1 if no node's is: found name by name down the tree, without a path or a map
     */
    int indexOf(String location) {
        int first = 0;
        int last = nodes.length;
        int from = 0;
        while (true) {
            int slash = location.indexOf('/', from);
            int to = slash < 0 ? location.length() : slash;
            int found = -1;
            for (int c = first; c < last; c = end[c]) {
                String name = nodes[c].name();
                if (name.length() == to - from && location.startsWith(name, from)) {
                    found = c;
                    break;
                }
            }
            if (found < 0 || slash < 0) {
                return found;
            }
            first = found + 1;
            last = end[found];
            from = slash + 1;
        }
    }
}
