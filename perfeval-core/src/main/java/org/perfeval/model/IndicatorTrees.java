package org.perfeval.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.perfeval.internal.Names;

/** Walking and checking indicator trees. */
final class IndicatorTrees {
    private IndicatorTrees() {}

    /** Siblings up to this many are compared pairwise: cheaper than hashing their names. */
    private static final int FEW = 16;

    static void checkSiblings(List<IndicatorNode> nodes, String where) {
        String repeated = firstRepeatedName(nodes);
        if (repeated != null) {
            throw new IllegalArgumentException("duplicate indicator name \"" + Names.visible(repeated) + "\" at the top of "
                + where + " (names equal once normalised to NFC and stripped of invisible characters are one name)");
        }
        if (!hasDuplicateCode(nodes, new HashSet<>())) {
            return;
        }
        // Found again with paths, which only the message needs: the first duplicate in report order.
        Set<String> codes = new HashSet<>();
        walk(nodes, IndicatorPath.root(), (path, node) -> node.code().ifPresent(code -> {
            if (!codes.add(code)) {
                throw new IllegalArgumentException("duplicate indicator code \"" + code + "\" at " + path + " in " + where);
            }
        }));
    }

    /**
     * @return the name of the first node whose name an earlier sibling has, or null if the names are
     *     distinct; names equal once normalised (NFC) and stripped of invisible characters are equal
     */
    static String firstRepeatedName(List<IndicatorNode> nodes) {
        int n = nodes.size();
        if (n <= FEW) {
            for (int i = 1; i < n; i++) {
                String name = Names.canonical(nodes.get(i).name());
                for (int j = 0; j < i; j++) {
                    if (Names.canonical(nodes.get(j).name()).equals(name)) {
                        return nodes.get(i).name();
                    }
                }
            }
            return null;
        }
        Set<String> names = new HashSet<>();
        for (IndicatorNode node : nodes) {
            if (!names.add(Names.canonical(node.name()))) {
                return node.name();
            }
        }
        return null;
    }

    private static boolean hasDuplicateCode(List<IndicatorNode> nodes, Set<String> codes) {
        for (IndicatorNode node : nodes) {
            if (node.code().isPresent() && !codes.add(node.code().get())) {
                return true;
            }
            if (node instanceof IndicatorGroup && hasDuplicateCode(((IndicatorGroup) node).children(), codes)) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of nodes, groups and leaves, in the trees */
    static int count(List<IndicatorNode> nodes) {
        int n = nodes.size();
        for (IndicatorNode node : nodes) {
            if (node instanceof IndicatorGroup) {
                n += count(((IndicatorGroup) node).children());
            }
        }
        return n;
    }

    /** Visits every node depth-first in report order, parents before children. */
    static void walk(List<IndicatorNode> nodes, IndicatorPath parent, BiConsumer<IndicatorPath, IndicatorNode> visitor) {
        for (IndicatorNode node : nodes) {
            IndicatorPath path = parent.checkedChild(node.name());
            visitor.accept(path, node);
            if (node instanceof IndicatorGroup) {
                walk(((IndicatorGroup) node).children(), path, visitor);
            }
        }
    }
}
