package org.perfeval.model;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeMap;
import com.google.common.collect.TreeRangeSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * Ordered grade bands over scores from 0 to a maximum, lower bounds inclusive: the default
 * {@linkplain #standard() 优/良/中/差 at 90/80/60} of 财预〔2020〕10号 (so 89.99 is 良), or any other
 * scale as data.
 *
 * <p>A scale may be built with gaps or overlaps so that a rule set can be linted and every problem
 * reported at once ({@link #problems()}); {@link #gradeOf(BigDecimal)} needs a scale without problems.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class GradeScale {

    GradeScale() {}
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Builds a {@link GradeScale}; {@code id}, {@code maximum} and the grades are required. */
    public static final class Builder extends ImmutableGradeScale.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60), the scale of 财预〔2020〕10号 */
    public static GradeScale standard() {
        return builder().id("cn-mof-2020").maximum(HUNDRED)
            .addGrades(band("优", 90, 100), band("良", 80, 90), band("中", 60, 80), band("差", 0, 60))
            .build();
    }

    /**
     * @return the four numeric ratings of the US OMB PART: Effective [85, 100], Moderately Effective
     *     [70, 85), Adequate [50, 70), Ineffective [0, 50)
     */
    public static GradeScale omb() {
        return builder().id("us-omb-part").maximum(HUNDRED)
            .addGrades(band("Effective", 85, 100), band("Moderately Effective", 70, 85),
                band("Adequate", 50, 70), band("Ineffective", 0, 50))
            .build();
    }

    private static Grade band(String label, int lower, int upper) {
        return Grade.of(label, BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
    }

    /** @return the scale's identifier, such as {@code cn-mof-2020} */
    public abstract String id();

    /** @return the highest score, such as 100 */
    public abstract BigDecimal maximum();

    /**
     * @return the grades, best first as given; a band whose upper bound is the maximum
     *     {@linkplain Grade#includesUpperBound() includes it}
     */
    public abstract List<Grade> grades();

    /**
     * @param label a grade label, not null
     * @return the grade with that label, if any
     */
    public Optional<Grade> grade(String label) {
        return grades().stream().filter(g -> g.label().equals(label)).findFirst();
    }

    /**
     * The grade of a score: the band whose lower bound is at most the score and whose upper bound is
     * above it, or the top band for the maximum itself.
     *
     * @param score a score from 0 to {@link #maximum()}, not null
     * @return the grade
     * @throws IllegalArgumentException if the score is outside [0, maximum] or falls in a gap
     */
    public Grade gradeOf(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(maximum()) > 0) {
            throw new IllegalArgumentException("score must be in [0, " + maximum().toPlainString() + "] but was "
                + score.toPlainString() + " (grade scale " + id() + ")");
        }
        Grade grade = bands().get(score);
        if (grade == null) {
            throw new IllegalArgumentException("no grade covers the score " + score.toPlainString() + " (grade scale " + id() + ")");
        }
        return grade;
    }

    /** @return each grade's band, the top one closed at the maximum; the first grade wins where bands overlap */
    @Value.Lazy
    RangeMap<BigDecimal, Grade> bands() {
        RangeMap<BigDecimal, Grade> bands = TreeRangeMap.create();
        List<Grade> backwards = new ArrayList<>(grades());
        Collections.reverse(backwards);
        for (Grade grade : backwards) {
            bands.put(band(grade), grade);
        }
        return bands;
    }

    private Range<BigDecimal> band(Grade grade) {
        BigDecimal upper = grade.upperBound().min(maximum());
        BigDecimal lower = grade.lowerBound().max(BigDecimal.ZERO);
        if (lower.compareTo(upper) > 0) {
            return Range.closedOpen(lower, lower);
        }
        return grade.includesUpperBound() || grade.upperBound().compareTo(maximum()) >= 0
            ? Range.closed(lower, upper) : Range.closedOpen(lower, upper);
    }

    /**
     * Every problem of the scale at once: bands that leave a gap in [0, maximum], that overlap, that
     * reach outside it, and duplicate labels.
     *
     * @return the problems, empty for a usable scale
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        RangeSet<BigDecimal> covered = TreeRangeSet.create();
        List<Grade> sorted = new ArrayList<>(grades());
        sorted.sort(null);
        for (Grade grade : sorted) {
            if (!labels.add(grade.label())) {
                problems.add("grade scale " + id() + ": grade label " + grade.label() + " appears twice");
            }
            if (grade.lowerBound().signum() < 0 || grade.upperBound().compareTo(maximum()) > 0) {
                problems.add("grade scale " + id() + ": grade " + grade + " reaches outside [0, " + maximum().toPlainString() + "]");
            }
            Range<BigDecimal> band = band(grade);
            if (covered.intersects(band)) {
                problems.add("grade scale " + id() + ": grade " + grade + " overlaps " + print(covered.subRangeSet(band)));
            }
            covered.add(band);
        }
        RangeSet<BigDecimal> gaps = covered.complement().subRangeSet(Range.closed(BigDecimal.ZERO, maximum()));
        for (Range<BigDecimal> gap : gaps.asRanges()) {
            problems.add("grade scale " + id() + ": no grade covers " + print(gap));
        }
        return problems;
    }

    private static String print(RangeSet<BigDecimal> ranges) {
        StringBuilder out = new StringBuilder();
        for (Range<BigDecimal> range : ranges.asRanges()) {
            out.append(out.length() == 0 ? "" : ", ").append(print(range));
        }
        return out.toString();
    }

    private static String print(Range<BigDecimal> range) {
        return (range.lowerBoundType() == BoundType.CLOSED ? "[" : "(") + range.lowerEndpoint().toPlainString() + ", "
            + range.upperEndpoint().toPlainString() + (range.upperBoundType() == BoundType.CLOSED ? "]" : ")");
    }

    /** The band that reaches the maximum includes it. */
    @Value.Check
    GradeScale includeMaximum() {
        if (grades().stream().allMatch(g -> g.includesUpperBound() || g.upperBound().compareTo(maximum()) != 0)) {
            return this;
        }
        Builder closed = builder();
        closed.id(id()).maximum(maximum());
        for (Grade grade : grades()) {
            closed.addGrades(grade.upperBound().compareTo(maximum()) == 0 ? grade.includingUpperBound() : grade);
        }
        return closed.build();
    }

    @Value.Check
    void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("grade scale id must not be blank");
        }
        if (maximum().signum() <= 0) {
            throw new IllegalArgumentException("grade scale maximum must be > 0 but was " + maximum().toPlainString());
        }
        if (grades().isEmpty()) {
            throw new IllegalArgumentException("grade scale " + id() + " must have at least one grade");
        }
    }
}
