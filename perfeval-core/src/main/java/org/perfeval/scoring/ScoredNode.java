package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.perfeval.internal.Inputs;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * The engine's result of one node: what the scoring needed to compute (points, applicable points,
 * awarded points, status, why not computable) and what the rest is made from when first asked, the
 * score rate, whether the target was met, the deviation reasons and the trace. Most callers read a few
 * results of a report, and an audit reads no trace: a result costs what is read of it.
 *
 * <p>Immutable as seen by callers, however it is handed between threads: what the scoring sets is
 * final, and the values made when asked are made from it, immutable and always equal, so a race
 * between two threads makes one of them twice and nothing else.
 */
final class ScoredNode extends NodeResult {
    /** What every node of one scoring shares. */
    static final class Context {
        final String ruleSetId;
        final String ruleSetVersion;
        final int year;
        final Deviations deviations;
        final RatePolicy rates;

        Context(String ruleSetId, String ruleSetVersion, int year, Deviations deviations, RatePolicy rates) {
            this.ruleSetId = ruleSetId;
            this.ruleSetVersion = ruleSetVersion;
            this.year = year;
            this.deviations = deviations;
            this.rates = rates;
        }
    }

    /** Computes a score rate (得分率) as the rule set rounds it. */
    @FunctionalInterface
    interface RatePolicy {
        /** @return {@code 100 × awarded / applicable}, rounded; empty for 0 applicable points */
        Optional<BigDecimal> rate(BigDecimal awarded, BigDecimal applicable);
    }

    private final Context context;
    private final IndicatorPath path;
    private final IndicatorNode node;
    private final BigDecimal points;
    private final PointsSource source;
    private final BigDecimal applicable;
    private final BigDecimal awarded;
    private final RuleOutcome.Status status;
    /** Why the points cannot be computed, or null. */
    final String notComputable;
    /** A group's children's points; null for a leaf. */
    private final BigDecimal childPoints;
    /** A leaf's rule outcome, for its target, band and deviation reasons; null for a group. */
    private final RuleOutcome outcome;
    // How the points came about, for the trace.
    private final String ruleId;
    private final String formula;
    private final BigDecimal raw;
    private final String note;
    private final Trace.Policy policy;
    /** A group's trace, made by the aggregation; null for a leaf. */
    private final Trace aggregated;
    /** A leaf's trace, made when first asked. */
    private Trace trace;
    private TargetStatus target;
    private List<DeviationReason> reasons;
    private Optional<BigDecimal> rate;

    private ScoredNode(Draft draft, BigDecimal childPoints, RuleOutcome outcome, Trace trace) {
        this.context = draft.context;
        this.path = draft.path;
        this.node = draft.node;
        this.points = draft.points;
        this.source = draft.source;
        this.applicable = draft.applicable;
        this.awarded = draft.awarded;
        this.status = draft.status;
        this.notComputable = draft.notComputable;
        this.childPoints = childPoints;
        this.outcome = outcome;
        this.ruleId = draft.ruleId;
        this.formula = draft.formula;
        this.raw = draft.raw;
        this.note = draft.note;
        this.policy = draft.policy;
        this.aggregated = trace;
    }

    /**
     * One node's figures as the scoring gathers them, step by step, ending in {@link #leaf} or
     * {@link #group}. One scoring reuses one draft node after node: each node is drafted and made in
     * one expression, after its children are made.
     */
    static final class Draft {
        private final Context context;
        private IndicatorPath path;
        private IndicatorNode node;
        private BigDecimal points;
        private PointsSource source;
        private BigDecimal applicable;
        private BigDecimal awarded;
        private RuleOutcome.Status status;
        private String notComputable;
        private String ruleId;
        private String formula;
        private BigDecimal raw;
        private String note;
        private Trace.Policy policy;

        Draft(Context context) {
            this.context = context;
        }

        /** Starts a node: where it stands, and its points as scored and where they come from. */
        Draft node(IndicatorPath path, IndicatorNode node, BigDecimal points, PointsSource source) {
            this.path = path;
            this.node = node;
            this.points = points;
            this.source = source;
            return this;
        }

        /**
         * @param awarded the points after rounding; 0 when {@code notComputable} is given
         * @param notComputable why the points cannot be computed, or null
         */
        Draft scored(BigDecimal applicable, BigDecimal awarded, RuleOutcome.Status status, String notComputable) {
            this.applicable = applicable;
            this.awarded = awarded;
            this.status = status;
            this.notComputable = notComputable;
            return this;
        }

        /**
         * How a leaf's points came about.
         *
         * @param formula the formula of the trace: the outcome's, or the policy's that replaced it
         * @param raw the points before rounding
         * @param policy the policy that gave the points instead of the rule, or null
         */
        Draft rule(String ruleId, String formula, BigDecimal raw, String note, Trace.Policy policy) {
            this.ruleId = ruleId;
            this.formula = formula;
            this.raw = raw;
            this.note = note;
            this.policy = policy;
            return this;
        }

        /**
         * @param outcome the rule's outcome: its target, band and inputs (the trace's) are read when asked
         * @return the leaf's result
         */
        ScoredNode leaf(RuleOutcome outcome) {
            return new ScoredNode(this, null, outcome, null);
        }

        /**
         * @param trace how the aggregator combined the children; for a group that is not computable, the
         *     trace of that reason
         * @return the group's result
         */
        ScoredNode group(BigDecimal childPoints, Trace trace) {
            rule(trace.ruleId(), trace.formula(), trace.raw(), trace.note().orElse(null), trace.policy().orElse(null));
            return new ScoredNode(this, childPoints, null, trace);
        }
    }

    @Override
    public IndicatorPath path() {
        return path;
    }

    @Override
    public Optional<String> code() {
        return node.code();
    }

    @Override
    public boolean leaf() {
        return childPoints == null;
    }

    @Override
    public BigDecimal points() {
        return points;
    }

    @Override
    public PointsSource pointsSource() {
        return source;
    }

    @Override
    public Optional<BigDecimal> statedPoints() {
        return node.points();
    }

    @Override
    public BigDecimal applicablePoints() {
        return applicable;
    }

    @Override
    public BigDecimal awarded() {
        return awarded;
    }

    @Override
    public Optional<BigDecimal> rate() {
        Optional<BigDecimal> made = rate;
        if (made == null) {
            made = notComputable != null ? Optional.empty() : context.rates.rate(awarded, applicable);
            rate = made;
        }
        return made;
    }

    @Override
    public Optional<BigDecimal> reportedScore() {
        return node.reportedScore();
    }

    @Override
    public Optional<BigDecimal> reportedRate() {
        return node.reportedRate();
    }

    @Override
    public RuleOutcome.Status status() {
        return status;
    }

    @Override
    public TargetStatus targetStatus() {
        TargetStatus judged = target;
        if (judged == null) {
            judged = outcome == null ? TargetStatus.NOT_JUDGED : outcome.targetStatus();
            if (judged == TargetStatus.NOT_JUDGED && outcome != null && status == RuleOutcome.Status.SCORED) {
                judged = TargetJudge.judge((Indicator) node, path, context.year);
            }
            target = judged;
        }
        return judged;
    }

    @Override
    public Optional<ScoreBand> band() {
        return outcome == null ? Optional.empty() : outcome.band();
    }

    @Override
    public List<DeviationReason> deviationReasons() {
        List<DeviationReason> made = reasons;
        if (made == null) {
            made = outcome == null || status == RuleOutcome.Status.NOT_APPLICABLE ? List.of()
                : List.copyOf(context.deviations.reasons((Indicator) node, path, outcome, targetStatus(), ruleId));
            reasons = made;
        }
        return made;
    }

    @Override
    public Optional<String> deviationNote() {
        return outcome == null ? Optional.empty() : ((Indicator) node).deviationNote();
    }

    @Override
    public Optional<BigDecimal> childPointsSum() {
        return Optional.ofNullable(childPoints);
    }

    @Override
    public Trace trace() {
        if (aggregated != null) {
            return aggregated;
        }
        Trace made = trace;
        if (made == null) {
            if (notComputable != null) {
                made = Trace.notComputable(ruleId, context.ruleSetId, context.ruleSetVersion, notComputable);
            } else {
                made = new Trace(ruleId, context.ruleSetId, context.ruleSetVersion, formula,
                    Inputs.names(outcome.inputs()), Inputs.values(outcome.inputs()), raw, awarded, note, policy);
            }
            trace = made;
        }
        return made;
    }

    @Override
    public Optional<String> notComputable() {
        return Optional.ofNullable(notComputable);
    }
}
