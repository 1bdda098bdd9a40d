package org.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;
import org.perfeval.model.IndicatorPath;
import org.perfeval.scoring.spi.PointsSource;
import org.perfeval.scoring.spi.RuleOutcome;
import org.perfeval.scoring.spi.ScoreBand;
import org.perfeval.scoring.spi.TargetStatus;

/**
 * The score of one node of the indicator tree: its points (stated or allocated, and which), the
 * points awarded by the rule set beside the score the report gives itself, the score rate (得分率),
 * whether the target was met, the band of a qualitative rating, whether a deviation note is required
 * (S13), and the trace.
 *
 * <p>For the audit: {@link #awarded()} is what the rule gives, {@link #reportedScore()} what the
 * report claims, {@link #difference()} the gap; {@link #band()} is the band a reported qualitative
 * score must lie in; {@link #deviationReasons()} says whether the report owes a deviation note and
 * {@link #deviationNote()} whether it gave one; {@link #childPointsSum()} whether a group's children
 * add up to it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class NodeResult {

    NodeResult() {}
    // Two kinds of instance: the builder's (and readers'), and the engine's ScoredNode, which holds what
    // the scoring computed and makes the rest (rate, target, deviation reasons, trace) when first asked.
    // Equality is by attributes, whatever the kind.

    /** Builds a {@link NodeResult}; made by the {@link ScoringEngine}. */
    public static final class Builder extends ImmutableNodeResult.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the node's path, such as {@code 产出指标/履职目标实现/标兵奖} */
    @Value.Parameter
    public abstract IndicatorPath path();

    /** @return the node's code, if the report gives one */
    @Value.Parameter
    public abstract Optional<String> code();

    /** @return whether the node is a leaf indicator (else a group) */
    @Value.Parameter
    public abstract boolean leaf();

    /** @return the node's points (分值) as scored: stated, implied, from the rule set or allocated */
    @Value.Parameter
    public abstract BigDecimal points();

    /** @return where {@link #points()} come from */
    @Value.Parameter
    public abstract PointsSource pointsSource();

    /** @return the points the report states on the node, if any (they may differ from a category's) */
    @Value.Parameter
    public abstract Optional<BigDecimal> statedPoints();

    /**
     * @return the points that count after S12: {@link #points()}, less the points of not-applicable
     *     indicators under {@link org.perfeval.rules.NotApplicablePolicy#RESCALE_TOTAL}; 0 for a not-applicable node
     */
    @Value.Parameter
    public abstract BigDecimal applicablePoints();

    /**
     * @return the points awarded by the rule set, rounded; in {@code [0, applicablePoints]}; 0 and no
     *     figure at all when the node is {@link #notComputable()}: read {@link #score()} to tell them apart
     */
    @Value.Parameter
    public abstract BigDecimal awarded();

    /** @return the score rate (得分率) in percent, {@code 100 × awarded / applicablePoints}; absent for 0 points */
    @Value.Parameter
    public abstract Optional<BigDecimal> rate();

    /** @return the score the report gives the node (自评得分), if any */
    @Value.Parameter
    public abstract Optional<BigDecimal> reportedScore();

    /** @return the score rate the report prints for a group, in percent, if any */
    @Value.Parameter
    public abstract Optional<BigDecimal> reportedRate();

    /** @return whether the node was scored, could not be scored, or does not apply */
    @Value.Parameter
    public abstract RuleOutcome.Status status();

    /** @return whether a leaf's target was met; {@link TargetStatus#NOT_JUDGED} for groups */
    @Value.Parameter
    public abstract TargetStatus targetStatus();

    /** @return the band of a qualitative rating (S5), for leaves scored by such a rule */
    @Value.Parameter
    public abstract Optional<ScoreBand> band();

    /** @return why the rule set requires a deviation note (S13); empty when it requires none */
    @Value.Parameter
    public abstract List<DeviationReason> deviationReasons();

    /** @return the deviation note the report gives (偏差原因), if any */
    @Value.Parameter
    public abstract Optional<String> deviationNote();

    /** @return for a group, the sum of its children's points as scored */
    @Value.Parameter
    public abstract Optional<BigDecimal> childPointsSum();

    /** @return how the awarded points came about */
    @Value.Parameter
    public abstract Trace trace();

    /**
     * @return why the node's points cannot be computed, if they cannot: a cell that cannot be read, a
     *     row its rule cannot score while the rule set's policy gives no points for it, or (for a group)
     *     such a node beneath it
     */
    @Value.Parameter
    public abstract Optional<String> notComputable();

    /** @return the awarded points, or empty when they are {@link #notComputable()} */
    public Optional<BigDecimal> score() {
        return notComputable().isPresent() ? Optional.empty() : Optional.of(awarded());
    }

    @Value.Check
    void checkNotComputable() {
        if (notComputable().isPresent() && (awarded().signum() != 0 || rate().isPresent())) {
            throw new IllegalArgumentException("a node that is not computable has no awarded points and no rate (" + path() + ")");
        }
    }

    /** @return the node's name: the last name of its path */
    public String name() {
        return path().leafName();
    }

    /** @return whether the rule set requires a deviation note for the node (S13) */
    public boolean deviationNoteRequired() {
        return !deviationReasons().isEmpty();
    }

    /** @return the reported score less the awarded points, if the report gives a score and the points are computed */
    public Optional<BigDecimal> difference() {
        return notComputable().isPresent() ? Optional.empty() : reportedScore().map(r -> r.subtract(awarded()));
    }

    /** @return whether {@code other} is a node result with equal attributes */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NodeResult)) {
            return false;
        }
        NodeResult that = (NodeResult) other;
        return path().equals(that.path()) && leaf() == that.leaf() && points().equals(that.points())
            && awarded().equals(that.awarded()) && applicablePoints().equals(that.applicablePoints())
            && status() == that.status() && pointsSource() == that.pointsSource() && code().equals(that.code())
            && statedPoints().equals(that.statedPoints()) && rate().equals(that.rate())
            && reportedScore().equals(that.reportedScore()) && reportedRate().equals(that.reportedRate())
            && targetStatus() == that.targetStatus() && band().equals(that.band())
            && deviationReasons().equals(that.deviationReasons()) && deviationNote().equals(that.deviationNote())
            && childPointsSum().equals(that.childPointsSum()) && notComputable().equals(that.notComputable())
            && trace().equals(that.trace());
    }

    /** @return a hash of the attributes that identify the result: its path and its points */
    @Override
    public int hashCode() {
        return Objects.hash(path(), points(), awarded(), status());
    }

    /** @return such as {@code 产出指标 40.00/40 (reported 39.35)} */
    @Override
    public String toString() {
        return path() + " " + notComputable().map(r -> "not computable").orElse(awarded().toPlainString()) + "/"
            + points().toPlainString()
            + reportedScore().map(r -> " (reported " + r.toPlainString() + ")").orElse("");
    }

    /** Why a rule set requires a deviation note (偏差原因) for an indicator (S13). */
    public enum DeviationReason {
        /** The actual value misses the target. */
        TARGET_MISSED,
        /** The budget execution rate is below the rule set's threshold (Sichuan: 90%). */
        EXECUTION_RATE_LOW,
        /** The actual value is far above a target set too low (Guangxi: at least 130% of it). */
        FAR_ABOVE_TARGET
    }
}
