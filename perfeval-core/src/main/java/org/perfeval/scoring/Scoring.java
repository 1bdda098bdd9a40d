package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.internal.Exact;
import org.perfeval.internal.Inputs;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.Category;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.RoundingStep;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.spi.ChildScore;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleContractException;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoringContext;

/**
 * One scoring of one evaluation: assigns points top-down (stated, implied, category, allocated),
 * scores the leaves, aggregates the groups and the total, and collects the node results in report
 * order. Not thread-safe; the engine makes one per call.
 */
final class Scoring {
    private static final String[] NO_NAMES = {};
    private static final BigDecimal[] NO_VALUES = {};
    private static final RuleOutcome NOT_APPLICABLE_ACTUAL =
        RuleOutcome.notApplicable("the report says the indicator does not apply");
    private static final RuleOutcome NO_RULE = RuleOutcome.notScorable("no rule of the rule set binds the indicator");
    private static final String[] ROOT_KEYS = {};

    private final CompiledRuleSet compiled;
    private final RuleSet ruleSet;
    private final Evaluation evaluation;
    private final Iterator<IndicatorPath> paths;
    private final List<NodeResult> out;
    private final RoundingStep indicatorStep;
    private final RoundingStep groupStep;
    private final boolean deferNotApplicable;
    private final boolean notApplicableCounts;
    /** Whether rules, aggregators or weights are found by names: then paths are keyed where they may match. */
    private final boolean matchesNames;
    /** Gathers each node's figures into its result. */
    private final ScoredNode.Draft draft;
    /** The reasons of the leaves that are not computable beneath each group that is not, sorted; made when needed. */
    private final Map<IndicatorPath, List<String>> leafReasons = new java.util.HashMap<>(0);
    /** How many leaves' reasons a group's reason names; the rest are counted. */
    private static final int MAX_REASONS = 5;

    Scoring(CompiledRuleSet compiled, Evaluation evaluation) {
        this.compiled = compiled;
        this.ruleSet = compiled.ruleSet;
        this.evaluation = evaluation;
        Map<IndicatorPath, IndicatorNode> byPath = evaluation.nodesByPath();
        this.paths = byPath.keySet().iterator();
        this.out = new ArrayList<>(byPath.size() + compiled.categories.length);
        this.indicatorStep = ruleSet.rounding().indicator();
        this.groupStep = ruleSet.rounding().group();
        this.deferNotApplicable = ruleSet.notApplicable() == NotApplicablePolicy.RESCALE_TOTAL;
        this.notApplicableCounts = ruleSet.notApplicable() == NotApplicablePolicy.ZERO;
        this.matchesNames = compiled.matchesNames();
        this.draft = new ScoredNode.Draft(new ScoredNode.Context(ruleSet.id(), ruleSet.version(), evaluation.year(),
            compiled.deviations, compiled.rates));
    }

    ScoreSheet run() {
        BigDecimal maximum = ruleSet.gradeScale().maximum();
        List<IndicatorNode> tops = evaluation.indicators();
        Category[] categories = compiled.categories;
        // Each top-level node takes the points of the category it names, whatever its position. Two
        // nodes that name one category (产出指标 and 产出) are ambiguous: neither takes the category's
        // points, the category counts as present, the audit reports CATEGORY_AMBIGUOUS with both, and the
        // sheet has no total: which row the report meant is not for position to decide.
        int[] categoryOf = new int[tops.size()];
        int[] claims = new int[categories.length];
        boolean[] present = new boolean[categories.length];
        for (int i = 0; i < tops.size(); i++) {
            int j = compiled.categoryOf(tops.get(i).name());
            categoryOf[i] = j;
            if (j >= 0) {
                claims[j]++;
                present[j] = true;
            }
        }
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < tops.size(); i++) {
            if (categoryOf[i] >= 0 && claims[categoryOf[i]] > 1) {
                if (!ambiguous.contains(categories[categoryOf[i]].name())) {
                    ambiguous.add(categories[categoryOf[i]].name());
                }
                categoryOf[i] = -1;
            }
        }
        BigDecimal[] categoryPoints = new BigDecimal[categories.length];
        int synthesized = 0;
        for (int j = 0; j < categories.length; j++) {
            categoryPoints[j] = categories[j].points();
            if (!present[j] && compiled.categoryRules[j] != null) {
                synthesized++;
            }
        }
        Map<String, BigDecimal> unearned = redistribute(categories, present, categoryPoints);

        int n = synthesized + tops.size();
        IndicatorNode[] nodes = new IndicatorNode[n];
        IndicatorPath[] preset = new IndicatorPath[n];
        CompiledRuleSet.Bound[] forced = new CompiledRuleSet.Bound[n];
        BigDecimal[] points = new BigDecimal[n];
        PointsSource[] sources = new PointsSource[n];
        int at = 0;
        for (int j = 0; j < categories.length; j++) {
            if (!present[j] && compiled.categoryRules[j] != null) {
                nodes[at] = compiled.categoryNodes[j];
                preset[at] = compiled.categoryPaths[j];
                forced[at] = compiled.categoryRules[j];
                points[at] = categoryPoints[j];
                sources[at++] = PointsSource.RULE_SET;
            }
        }
        for (int i = 0; i < tops.size(); i++, at++) {
            nodes[at] = tops.get(i);
            if (categoryOf[i] >= 0) {
                points[at] = categoryPoints[categoryOf[i]];
                sources[at] = PointsSource.RULE_SET;
            }
        }
        BigDecimal unearnedSum = BigDecimal.ZERO;
        for (BigDecimal p : unearned.values()) {
            unearnedSum = unearnedSum.add(p);
        }
        assignPoints(nodes, points, sources, maximum.subtract(unearnedSum), ROOT_KEYS);

        ScoredNode[] results = new ScoredNode[n];
        String[] rootKeys = matchesNames ? ROOT_KEYS : null;
        for (int i = 0; i < n; i++) {
            results[i] = score(nodes[i], preset[i], points[i], sources[i], forced[i], rootKeys);
        }
        List<ChildScore> phantoms = new ArrayList<>(unearned.size());
        unearned.forEach((name, p) -> {
            if (p.signum() > 0) {
                phantoms.add(ChildScore.of(IndicatorPath.root().child(name), p, BigDecimal.ZERO));
            }
        });
        Combined total = combine(IndicatorPath.root(), maximum, true, points, results, phantoms, compiled.total,
            ruleSet.rounding().total());
        String notComputable = totalNotComputable(unearned, total, ambiguous);
        ScoreSheet.Builder sheet = ScoreSheet.builder();
        if (notComputable == null) {
            sheet.total(total.awarded).grade(ruleSet.gradeScale().gradeOf(total.awarded));
        } else {
            sheet.totalNotComputable(notComputable);
            total.trace = Trace.notComputable(compiled.total.name, ruleSet.id(), ruleSet.version(), notComputable);
        }
        return sheet
            .evaluation(evaluation)
            .ruleSetId(ruleSet.id())
            .ruleSetVersion(ruleSet.version())
            .maximum(maximum)
            .reportedTotal(evaluation.reportedTotal())
            .reportedGrade(evaluation.reportedGrade())
            .applicablePoints(total.childApplicable)
            .addAllNodes(out)
            .putAllUnearnedCategories(unearned)
            .totalTrace(total.trace)
            .build();
    }

    /**
     * @return why the total is not computable, or null when it is: two rows naming one category, a category
     *     absent without a rule or a redistribution, a top-level node that is not computable, or nothing
     *     that applies
     */
    private static String totalNotComputable(Map<String, BigDecimal> unearned, Combined total, List<String> ambiguous) {
        if (!ambiguous.isEmpty()) {
            return "more than one top-level row names the category " + String.join(", ", ambiguous.stream().sorted().toList())
                + ", and which the report meant is not for their order to decide";
        }
        StringBuilder absent = new StringBuilder();
        unearned.forEach((name, p) -> {
            if (p.signum() > 0) {
                absent.append(absent.length() == 0 ? "" : ", ").append(name).append(" (").append(p.toPlainString())
                    .append(" points)");
            }
        });
        if (absent.length() > 0) {
            return "the report has no " + absent + " and the rule set does not say how an absent category counts";
        }
        if (total.notComputable != null) {
            return total.notComputable;
        }
        if (total.childApplicable.signum() == 0) {
            return "nothing in the report applies: no points count toward the total";
        }
        return null;
    }

    /** Moves the points of absent categories by their {@code whenAbsent}; returns those that stay unearned. */
    private Map<String, BigDecimal> redistribute(Category[] categories, boolean[] present, BigDecimal[] points) {
        Map<String, BigDecimal> unearned = Collections.emptyMap();
        for (int j = 0; j < categories.length; j++) {
            if (present[j] || categories[j].rule().isPresent()) {
                continue;
            }
            if (unearned.isEmpty()) {
                unearned = new LinkedHashMap<>();
            }
            if (categories[j].whenAbsent().isEmpty()) {
                unearned.merge(categories[j].name(), points[j], BigDecimal::add);
                continue;
            }
            for (Map.Entry<String, BigDecimal> move : categories[j].whenAbsent().entrySet()) {
                int k = compiled.categoryOf(move.getKey());
                if (k >= 0 && (present[k] || categories[k].rule().isPresent())) {
                    points[k] = points[k].add(move.getValue());
                } else {
                    unearned.merge(move.getKey(), move.getValue(), BigDecimal::add);
                }
            }
        }
        return unearned;
    }

    /**
     * Fills the points of the nodes that have none yet: stated or implied, else a share of what the
     * parent's points leave, by the largest-remainder allocation.
     */
    private void assignPoints(IndicatorNode[] nodes, BigDecimal[] points, PointsSource[] sources, BigDecimal parent,
            String[] parentKeys) {
        BigDecimal fixed = BigDecimal.ZERO;
        int free = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (points[i] == null) {
                BigDecimal stated = nodes[i].points().orElse(null);
                BigDecimal implied = stated != null ? stated : implied(nodes[i]);
                if (implied != null) {
                    points[i] = implied;
                    sources[i] = stated != null ? PointsSource.STATED : PointsSource.IMPLIED;
                } else {
                    free++;
                    continue;
                }
            }
            fixed = fixed.add(points[i]);
        }
        if (free == 0) {
            return;
        }
        BigDecimal left = parent.subtract(fixed);
        if (left.signum() < 0) {
            // The stated points already pass the parent's; the others get none, and the group reads
            // its children's points as weights (see the weighted sum).
            left = BigDecimal.ZERO;
        }
        BigDecimal[] weights = new BigDecimal[free];
        String[] names = new String[free];
        for (int i = 0, f = 0; i < nodes.length; i++) {
            if (points[i] == null) {
                names[f] = nodes[i].name();
                weights[f++] = compiled.hasWeights()
                    ? compiled.weight(CompiledRuleSet.childKeys(parentKeys, nodes[i].name())) : BigDecimal.ONE;
            }
        }
        BigDecimal[] shares = Allocator.shares(left, weights, names, ruleSet.allocation().scale());
        for (int i = 0, f = 0; i < nodes.length; i++) {
            if (points[i] == null) {
                points[i] = shares[f++];
                sources[i] = PointsSource.ALLOCATED;
            }
        }
    }

    /** @return the stated points, or for a group stating none the sum of its children's if all have some */
    private static BigDecimal implied(IndicatorNode node) {
        BigDecimal stated = node.points().orElse(null);
        if (stated != null) {
            return stated;
        }
        if (node instanceof IndicatorGroup) {
            BigDecimal sum = BigDecimal.ZERO;
            for (IndicatorNode child : ((IndicatorGroup) node).children()) {
                BigDecimal p = implied(child);
                if (p == null) {
                    return null;
                }
                sum = sum.add(p);
            }
            return sum;
        }
        return null;
    }

    /**
     * @param parentKeys the matching keys of the parent's path, or null when no pattern or weight can
     *     concern the node: each top-level name is keyed, and the names beneath it only when a pattern
     *     starting with it, with a wildcard, or a weight may concern them
     */
    private ScoredNode score(IndicatorNode node, IndicatorPath preset, BigDecimal points, PointsSource source,
            CompiledRuleSet.Bound forced, String[] parentKeys) {
        IndicatorPath path = preset != null ? preset : paths.next();
        String[] keys = parentKeys == null ? null : CompiledRuleSet.childKeys(parentKeys, node.name());
        int slot = out.size();
        out.add(null);
        ScoredNode result = node instanceof Indicator
            ? scoreLeaf((Indicator) node, path, keys, points, source, forced)
            : scoreGroup((IndicatorGroup) node, path, keys, keysBeneath(keys), points, source);
        out.set(slot, result);
        return result;
    }

    /**
     * @param keys a group's keys, or null
     * @return the keys its children's are made from: null beneath a category that no pattern and no
     *     weight can concern
     */
    private String[] keysBeneath(String[] keys) {
        return keys != null && (keys.length > 1 || compiled.keysNeededUnder(keys[0])) ? keys : null;
    }

    /** @param childKeys the keys the children's are made from, or null when they need none */
    private ScoredNode scoreGroup(IndicatorGroup group, IndicatorPath path, String[] keys, String[] childKeys,
            BigDecimal points, PointsSource source) {
        List<IndicatorNode> children = group.children();
        int k = children.size();
        IndicatorNode[] nodes = children.toArray(new IndicatorNode[k]);
        BigDecimal[] childPoints = new BigDecimal[k];
        PointsSource[] sources = new PointsSource[k];
        assignPoints(nodes, childPoints, sources, points, childKeys);
        ScoredNode[] results = new ScoredNode[k];
        for (int i = 0; i < k; i++) {
            results[i] = score(nodes[i], null, childPoints[i], sources[i], null, childKeys);
        }
        Combined combined = combine(path, points, false, childPoints, results, List.of(), compiled.aggregatorFor(keys),
            groupStep);
        if (combined.notComputable != null) {
            return draft.node(path, group, points, source)
                .scored(combined.applicable, BigDecimal.ZERO, combined.status, combined.notComputable)
                .group(combined.childPoints,
                    Trace.notComputable(combined.trace.ruleId(), ruleSet.id(), ruleSet.version(), combined.notComputable));
        }
        return draft.node(path, group, points, source)
            .scored(combined.applicable, combined.awarded, combined.status, null)
            .group(combined.childPoints, combined.trace);
    }

    /** The aggregate of a group's children, or of the top-level nodes into the total. */
    private static final class Combined {
        BigDecimal awarded;
        BigDecimal applicable;
        BigDecimal childPoints;
        BigDecimal childApplicable;
        RuleOutcome.Status status;
        Trace trace;
        /** Why a child that counts is not computable, or null. */
        String notComputable;
    }

    /**
     * @param what the reasons of the leaves beneath that are not computable, sorted
     * @return the reason of their parent, the same whatever the order of the children
     */
    private static String dependsOn(List<String> what) {
        int shown = Math.min(what.size(), MAX_REASONS);
        return "it depends on what is not computable: " + String.join("; ", what.subList(0, shown))
            + (shown < what.size() ? "; and " + (what.size() - shown) + " more" : "");
    }

    private Combined combine(IndicatorPath path, BigDecimal points, boolean root, BigDecimal[] childPoints,
            ScoredNode[] results, List<ChildScore> phantoms, CompiledRuleSet.BoundAggregator aggregator,
            RoundingStep step) {
        ChildSums sums = new ChildSums();
        List<String> notComputable = null;
        boolean allNotApplicable = results.length > 0 && phantoms.isEmpty();
        // The built-in weighted sum needs only the sums of what counts, not the children one by one.
        boolean summed = aggregator.aggregator == Aggregators.WEIGHTED_SUM;
        List<ChildScore> counted = summed ? List.of() : new ArrayList<>(results.length + phantoms.size());
        int countedSize = 0;
        BigDecimal countedAwarded = BigDecimal.ZERO;
        for (int i = 0; i < results.length; i++) {
            ScoredNode r = results[i];
            BigDecimal applicable = r.applicablePoints();
            sums.add(childPoints[i], applicable);
            allNotApplicable &= r.status() == RuleOutcome.Status.NOT_APPLICABLE;
            if (r.notComputable != null) {
                if (notComputable == null) {
                    notComputable = new ArrayList<>(2);
                }
                if (r.leaf()) {
                    notComputable.add(r.notComputable);
                } else {
                    notComputable.addAll(leafReasons.get(r.path()));
                }
            }
            if (applicable.signum() > 0) {
                countedSize++;
                if (summed) {
                    countedAwarded = countedAwarded.add(r.awarded());
                } else {
                    counted.add(ChildScore.of(r.path(), applicable, r.awarded()));
                }
            }
        }
        for (ChildScore phantom : phantoms) {
            sums.add(phantom.points(), phantom.points());
            countedSize++;
            if (summed) {
                countedAwarded = countedAwarded.add(phantom.awarded());
            } else {
                counted.add(phantom);
            }
        }
        BigDecimal sumPoints = sums.points();
        BigDecimal sumApplicable = sums.applicable();
        Combined c = new Combined();
        c.childPoints = sumPoints;
        c.childApplicable = sumApplicable;
        c.status = RuleOutcome.Status.SCORED;
        if (notComputable != null) {
            Collections.sort(notComputable);
            leafReasons.put(path, notComputable);
            c.notComputable = dependsOn(notComputable);
        }
        if (allNotApplicable && !root) {
            c.awarded = BigDecimal.ZERO;
            c.applicable = notApplicableCounts ? points : BigDecimal.ZERO;
            c.status = RuleOutcome.Status.NOT_APPLICABLE;
            c.trace = trace(aggregator.name, "—", NO_NAMES, NO_VALUES, BigDecimal.ZERO, BigDecimal.ZERO,
                "no child applies (" + ruleSet.notApplicable() + ")");
            return c;
        }
        BigDecimal reach = points;
        if (!root && deferNotApplicable) {
            // S12 on the total only: the group keeps its awarded points and reports fewer applicable ones.
            if (sumPoints.compareTo(points) == 0) {
                reach = sumApplicable;
            } else if (sumApplicable.compareTo(sumPoints) != 0 && sumPoints.signum() > 0) {
                reach = step.roundWithin(Exact.mulDiv(points, sumApplicable, sumPoints), points);
            }
        }
        c.applicable = reach;
        if (countedSize == 0) {
            c.awarded = step.roundWithin(BigDecimal.ZERO, reach);
            c.trace = trace(aggregator.name, "no child counts → 0", NO_NAMES, NO_VALUES, BigDecimal.ZERO, c.awarded, null);
            return c;
        }
        RuleOutcome outcome;
        try {
            outcome = summed ? Aggregators.weightedSum(countedAwarded, sums.counted(), reach)
                : aggregator.aggregator.aggregate(path, reach, counted);
        } catch (RuntimeException e) {
            throw new RuleContractException("aggregator " + aggregator.name + " threw while aggregating " + where(path), e);
        }
        if (outcome == null || outcome.status() != RuleOutcome.Status.SCORED || outcome.awarded().signum() < 0
                || outcome.awarded().compareTo(reach) > 0) {
            throw new RuleContractException("aggregator " + aggregator.name + " must award a scored value in [0, "
                + reach.toPlainString() + "] but returned " + outcome + " for " + where(path), null);
        }
        c.awarded = step.roundWithin(outcome.awarded(), reach);
        c.trace = trace(aggregator.name, outcome.formula(), Inputs.names(outcome.inputs()), Inputs.values(outcome.inputs()), outcome.awarded(),
            c.awarded, outcome.note().orElse(null));
        return c;
    }

    private ScoredNode scoreLeaf(Indicator indicator, IndicatorPath path, String[] keys, BigDecimal w,
            PointsSource source, CompiledRuleSet.Bound forced) {
        String ruleId;
        RuleOutcome outcome;
        Trace.Policy policy = null;
        String notComputable = null;
        if (indicator.actual() instanceof Actual.NotApplicable) {
            ruleId = "not-applicable";
            outcome = NOT_APPLICABLE_ACTUAL;
        } else {
            CompiledRuleSet.Bound bound = forced != null ? forced : compiled.resolve(indicator, path, keys);
            if (indicator.actual() instanceof Actual.Unreadable) {
                ruleId = bound == null ? "none" : bound.name;
                outcome = RuleOutcome.notScorable("the actual is " + ((Actual.Unreadable) indicator.actual()).describe());
                notComputable = path + ": " + outcome.note().orElseThrow();
            } else if (bound == null) {
                ruleId = "none";
                outcome = NO_RULE;
            } else {
                ruleId = bound.name;
                outcome = apply(bound, indicator, ScoringContext.of(path, w, source, evaluation, ruleSet));
                if (bound.rule == JudgementRules.REPORTED && outcome.status() == RuleOutcome.Status.SCORED) {
                    policy = Trace.Policy.REPORTED_SCORE_RULE;
                }
            }
        }
        RuleOutcome.Status status = outcome.status();
        BigDecimal raw = outcome.awarded();
        String formula = outcome.formula();
        String note = outcome.note().orElse(null);
        if (status == RuleOutcome.Status.NOT_SCORABLE && notComputable == null) {
            switch (ruleSet.unscorable()) {
                case ZERO:
                    policy = Trace.Policy.UNSCORABLE_ZERO;
                    break;
                case REPORTED_SCORE:
                    if (indicator.reportedScore().isPresent() && indicator.reportedScore().get().compareTo(w) <= 0) {
                        raw = indicator.reportedScore().get();
                        formula = "not scorable → reported score";
                        policy = Trace.Policy.UNSCORABLE_REPORTED_SCORE;
                    } else {
                        notComputable = path + ": " + (note == null ? "not scorable" : note) + ", and the rule set's "
                            + "policy takes the reported score, which the report does not give within the points";
                    }
                    break;
                case NOT_APPLICABLE:
                    status = RuleOutcome.Status.NOT_APPLICABLE;
                    formula = "not scorable → not applicable";
                    break;
                default:
                    notComputable = path + ": " + (note == null ? "not scorable" : note)
                        + ", and the rule set's policy gives such a row no points";
                    break;
            }
        }
        BigDecimal applicable = w;
        if (status == RuleOutcome.Status.NOT_APPLICABLE) {
            raw = BigDecimal.ZERO;
            applicable = notApplicableCounts ? w : BigDecimal.ZERO;
        }
        BigDecimal awarded = notComputable != null ? BigDecimal.ZERO : indicatorStep.roundWithin(raw, w);
        return draft.node(path, indicator, w, source)
            .scored(applicable, awarded, status, notComputable)
            .rule(ruleId, formula, raw, note, policy)
            .leaf(outcome);
    }

    private static RuleOutcome apply(CompiledRuleSet.Bound bound, Indicator indicator, ScoringContext context) {
        RuleOutcome outcome;
        try {
            outcome = bound.rule.score(indicator, context);
        } catch (RuntimeException e) {
            throw new RuleContractException("rule " + bound.name + " threw while scoring " + where(context.path()), e);
        }
        if (outcome == null || outcome.status() == RuleOutcome.Status.SCORED
                && (outcome.awarded().signum() < 0 || outcome.awarded().compareTo(context.points()) > 0)) {
            throw new RuleContractException("rule " + bound.name + " must award points in [0, "
                + context.points().toPlainString() + "] but returned " + outcome + " for " + where(context.path()), null);
        }
        return outcome;
    }

    private Trace trace(String ruleId, String formula, String[] names, BigDecimal[] values, BigDecimal raw,
            BigDecimal rounded, String note) {
        return new Trace(ruleId, ruleSet.id(), ruleSet.version(), formula, names, values, raw, rounded, note);
    }

    private static String where(IndicatorPath path) {
        return path.depth() == 0 ? "the total" : path.toString();
    }
}
