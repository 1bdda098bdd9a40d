package org.perfeval.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.perfeval.model.Actual;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;

/**
 * The floor of scoring: a hand-written {@code BigDecimal} loop that computes the same points as the
 * engine under {@code Profiles.departmentOverall()} for the reports of {@link Reports}, and nothing
 * else. What no implementation can skip is here, done the cheapest way: the same allocation (category
 * points by name, stated points, equal largest-remainder shares at 2 places for the leaves that state
 * none, leftover hundredths to the names first in code-point order), the same rule formulas (S1
 * positive, S3 reverse-linear, S4 equality, S5 qualitative at the band's top, S6 budget execution),
 * quotients truncated at 20 places, the same rounding (half-up to 2 places, never above the points),
 * the same group sums and total, and the grade. Its output is one array of awarded points, one per
 * node in report order, parents before children: the least a result can hold.
 *
 * <p>What it leaves out is what a result says beyond the points: score rates, whether each target was
 * met, deviation reasons, traces, the audit; and what the engine does for any rule set (binding
 * rules by code, path or direction, weights, other aggregators, not-applicable rescaling). The
 * engine's cost over this loop is therefore the price of the result's contents and of its
 * generality. It reads the model through its public API, as any implementation must, and handles
 * only what {@link Reports} generates; {@code FloorTest} checks it against the engine node by node.
 */
public final class Floor {
    private static final int SCALE = 2;
    private static final int RAW_SCALE = 20;
    private static final BigDecimal HUNDREDTH = BigDecimal.ONE.movePointLeft(SCALE);
    private static final BigDecimal ACHIEVED = new BigDecimal("0.8");
    private static final BigDecimal PARTIAL = new BigDecimal("0.6");

    private final Evaluation evaluation;
    private final BigDecimal[] awarded;
    private int next;
    private BigDecimal total;
    private String grade;

    private Floor(Evaluation evaluation) {
        this.evaluation = evaluation;
        this.awarded = new BigDecimal[evaluation.nodesByPath().size()];
    }

    /**
     * @param evaluation a report made by {@link Reports}
     * @return its points, total and grade
     */
    public static Floor score(Evaluation evaluation) {
        Floor floor = new Floor(evaluation);
        floor.run();
        return floor;
    }

    /** @return the awarded points of every node in report order, parents before children */
    public BigDecimal[] awarded() {
        return awarded.clone();
    }

    /** @return the total */
    public BigDecimal total() {
        return total;
    }

    /** @return the grade's label, such as {@code 优} */
    public String grade() {
        return grade;
    }

    private void run() {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorNode top : evaluation.indicators()) {
            sum = sum.add(node(top, categoryPoints(top.name())));
        }
        total = within(sum, BigDecimal.valueOf(100));
        grade = grade(total);
    }

    private static BigDecimal categoryPoints(String name) {
        switch (name) {
            case "预算执行": return BigDecimal.TEN;
            case "投入管理": return BigDecimal.valueOf(20);
            case "产出指标": return BigDecimal.valueOf(40);
            default: return BigDecimal.valueOf(30);
        }
    }

    private BigDecimal node(IndicatorNode node, BigDecimal w) {
        return node(node, w, false);
    }

    /** @param underCost whether a group above is a cost group (成本指标): its rows without comparator are lower-is-better */
    private BigDecimal node(IndicatorNode node, BigDecimal w, boolean underCost) {
        int slot = next++;
        BigDecimal points = node instanceof Indicator ? leaf((Indicator) node, w, underCost)
            : group((IndicatorGroup) node, w, underCost || node.name().contains("成本"));
        awarded[slot] = points;
        return points;
    }

    private BigDecimal group(IndicatorGroup group, BigDecimal w, boolean underCost) {
        List<IndicatorNode> children = group.children();
        BigDecimal[] points = points(children, w);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < points.length; i++) {
            sum = sum.add(node(children.get(i), points[i], underCost));
        }
        return within(sum, w);
    }

    /** Stated points, else equal shares of what the stated ones leave, by the largest remainder. */
    private static BigDecimal[] points(List<IndicatorNode> children, BigDecimal w) {
        int n = children.size();
        BigDecimal[] points = new BigDecimal[n];
        boolean[] allocated = new boolean[n];
        BigDecimal left = w;
        int free = 0;
        for (int i = 0; i < n; i++) {
            IndicatorNode child = children.get(i);
            if (child.points().isPresent()) {
                points[i] = child.points().get();
                left = left.subtract(points[i]);
            } else {
                allocated[i] = true;
                free++;
            }
        }
        if (free == 0) {
            return points;
        }
        long units = left.max(BigDecimal.ZERO).movePointRight(SCALE).longValueExact();
        BigDecimal base = BigDecimal.valueOf(units / free, SCALE);
        long extra = units % free;
        for (int i = 0; i < n; i++) {
            if (allocated[i]) {
                int before = 0;
                for (int j = 0; j < n; j++) {
                    if (allocated[j] && children.get(j).name().compareTo(children.get(i).name()) < 0) {
                        before++;
                    }
                }
                points[i] = before < extra ? base.add(HUNDREDTH) : base;
            }
        }
        return points;
    }

    private BigDecimal leaf(Indicator indicator, BigDecimal w, boolean underCost) {
        Target target = indicator.target().orElse(null);
        if (target == null) {
            return within(execution(w), w);
        }
        if (target instanceof Target.Qualitative) {
            return within(qualitative(indicator, (Target.Qualitative) target, w), w);
        }
        Target.Quantitative quantity = (Target.Quantitative) target;
        BigDecimal a = quantity.value();
        BigDecimal b = ((Actual.Measured) indicator.actual()).value();
        BigDecimal raw;
        Direction direction = !quantity.comparator().statesDirection() && underCost && !Direction.isRate(indicator.name())
            ? Direction.REVERSE : indicator.direction();
        switch (direction) {
            case REVERSE:
                BigDecimal twiceA = a.add(a);
                raw = b.compareTo(a) <= 0 ? w : a.signum() <= 0 || b.compareTo(twiceA) >= 0 ? BigDecimal.ZERO
                    : twiceA.subtract(b).multiply(w).divide(a, RAW_SCALE, RoundingMode.DOWN);
                break;
            case EQUAL:
                raw = a.signum() == 0 ? (b.signum() <= 0 ? w : BigDecimal.ZERO) : positive(a, b, w);
                break;
            default:
                raw = positive(a, b, w);
        }
        return within(raw, w);
    }

    private static BigDecimal positive(BigDecimal a, BigDecimal b, BigDecimal w) {
        return b.compareTo(a) >= 0 ? w : a.signum() <= 0 || b.signum() <= 0 ? BigDecimal.ZERO
            : b.multiply(w).divide(a, RAW_SCALE, RoundingMode.DOWN);
    }

    /** S5 at the band's top: 达成 w, 部分达成 just below 0.8w, 未达成 just below 0.6w. */
    private static BigDecimal qualitative(Indicator indicator, Target.Qualitative target, BigDecimal w) {
        Actual actual = indicator.actual();
        Rating rating = actual instanceof Actual.Rated ? ((Actual.Rated) actual).rating()
            : ((Actual.Described) actual).text().equals(target.word()) ? Rating.ACHIEVED : null;
        if (rating == Rating.ACHIEVED) {
            return w;
        }
        BigDecimal top = (rating == Rating.PARTIALLY_ACHIEVED ? ACHIEVED : PARTIAL).multiply(w);
        return top.setScale(SCALE, RoundingMode.CEILING).subtract(HUNDREDTH);
    }

    /** S6: min(支出合计 / 调整后预算数, 1) × w. */
    private BigDecimal execution(BigDecimal w) {
        DepartmentBudget budget = evaluation.budget().get();
        BigDecimal rate = budget.expenditure().get().yuan().divide(budget.adjustedBudget().get().yuan(), RAW_SCALE,
            RoundingMode.DOWN);
        return rate.compareTo(BigDecimal.ONE) >= 0 ? w : rate.signum() <= 0 ? BigDecimal.ZERO : rate.multiply(w);
    }

    /** Half-up to 2 places; a value that would round above its bound keeps the bound, or rounds down. */
    private static BigDecimal within(BigDecimal value, BigDecimal bound) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_UP);
        if (rounded.compareTo(bound) > 0) {
            return value.compareTo(bound) == 0 ? bound : value.setScale(SCALE, RoundingMode.DOWN);
        }
        return rounded;
    }

    private static String grade(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
            : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
