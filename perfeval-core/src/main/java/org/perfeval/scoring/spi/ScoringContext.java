package org.perfeval.scoring.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorPath;
import org.perfeval.rules.RuleSet;

/**
 * What a {@link ScoringRule} knows besides the indicator: where it sits, its points (stated or
 * allocated), the whole evaluation (for the budget and projects) and the rule set (for its rounding).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScoringContext {
    private final IndicatorPath path;
    private final BigDecimal points;
    private final PointsSource pointsSource;
    private final Evaluation evaluation;
    private final RuleSet ruleSet;

    private ScoringContext(IndicatorPath path, BigDecimal points, PointsSource pointsSource, Evaluation evaluation,
            RuleSet ruleSet) {
        this.path = path;
        this.points = points;
        this.pointsSource = pointsSource;
        this.evaluation = evaluation;
        this.ruleSet = ruleSet;
    }

    /**
     * @param path the indicator's path, not null
     * @param points its points, not null, not negative
     * @param pointsSource where the points come from, not null
     * @param evaluation the evaluation being scored, not null
     * @param ruleSet the rule set scoring it, not null
     * @return the context
     * @throws IllegalArgumentException if the points are negative
     */
    public static ScoringContext of(IndicatorPath path, BigDecimal points, PointsSource pointsSource,
            Evaluation evaluation, RuleSet ruleSet) {
        requireNonNull(points, "points");
        if (points.signum() < 0) {
            throw new IllegalArgumentException("points must be >= 0 but was " + points.toPlainString() + " (" + path + ")");
        }
        return new ScoringContext(requireNonNull(path, "path"), points, requireNonNull(pointsSource, "pointsSource"),
            requireNonNull(evaluation, "evaluation"), requireNonNull(ruleSet, "ruleSet"));
    }


    /** @return the indicator's path, such as {@code 产出指标/履职目标实现/标兵奖} */
    public IndicatorPath path() {
        return path;
    }

    /** @return the indicator's points (w), stated or allocated; never negative */
    public BigDecimal points() {
        return points;
    }

    /** @return where the points come from */
    public PointsSource pointsSource() {
        return pointsSource;
    }

    /** @return the evaluation being scored */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** @return the rule set scoring it */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return the decimal places the rule set rounds indicator points to, such as 2 */
    public int indicatorScale() {
        return ruleSet.rounding().indicator().scale();
    }

    /** @return such as {@code 产出指标/履职目标实现/标兵奖 (2.22, ALLOCATED)} */
    @Override
    public String toString() {
        return path + " (" + points.toPlainString() + ", " + pointsSource + ")";
    }
}
