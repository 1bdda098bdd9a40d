package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Claim;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.GradeScale;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.rules.Category;
import org.perfeval.rules.RuleSet;
import org.perfeval.testing.EvaluationArbitrary;

/** The implementation of {@link EvaluationArbitrary}. */
public final class DefaultEvaluationArbitrary extends ArbitraryDecorator<Evaluation> implements EvaluationArbitrary {
    private static final List<Metric> CLAIMED = List.of(Metric.EXECUTION_RATE, Metric.COMPLETED_PROJECTS_EXECUTION_RATE,
        Metric.THREE_PUBLIC_CONTROL_RATE, Metric.PUBLIC_FUNDS_CONTROL_RATE);

    private TreeSettings tree = TreeSettings.DEFAULT;
    private Set<EvaluationKind> kinds = EnumSet.allOf(EvaluationKind.class);
    private int firstYear = 2018;
    private int lastYear = 2025;
    private double budgetShare = 0.8;
    private boolean omitCategories;

    @Override
    protected Arbitrary<Evaluation> arbitrary() {
        Arbitrary<List<IndicatorNode>> trees = TreeGenerator.trees(tree);
        if (omitCategories) {
            // now and then a category is missing from the report (满意度 without its indicators)
            trees = Combinators.combine(trees, Arbitraries.integers().between(0, 9).list().ofSize(tree.topLevel().size()))
                .as(DefaultEvaluationArbitrary::omitSome);
        }
        int stated = Shares.perMille(tree.leaves().reportedScoreShare());
        Arbitrary<Evaluation> bare = Combinators.combine(Arbitraries.of(Vocabulary.UNITS_REPORTING),
                Arbitraries.integers().between(firstYear, lastYear), Arbitraries.of(kinds), trees,
                new DefaultBudgetArbitrary().optional(budgetShare), projects(),
                Shares.mix(Tuple.of(stated * 4, Arbitraries.just(0)), Tuple.of(stated, Arbitraries.just(1)),
                    Tuple.of(1000 - stated, Arbitraries.just(2))),
                Arbitraries.integers().between(0, 10_000))
            .as((unit, year, kind, indicators, budget, projects, report, other) -> {
                Evaluation.Builder evaluation = Evaluation.builder().unit(unit).year(year).kind(kind)
                    .addAllIndicators(indicators).budget(budget).addAllProjects(projects);
                reportedTotal(indicators, report, other).ifPresent(total -> {
                    evaluation.reportedTotal(total);
                    if (total.compareTo(BigDecimal.valueOf(100)) <= 0) {
                        // the grade of the stated total mostly; now and then one that disagrees
                        String grade = GradeScale.standard().gradeOf(total).label();
                        evaluation.reportedGrade(other % 10 == 0 ? (grade.equals("优") ? "良" : "优") : grade);
                    }
                });
                return evaluation.build();
            });
        return bare.flatMap(e -> claims(e).map(claims -> claims.isEmpty() ? e : withClaims(e, claims)).withoutEdgeCases());
    }

    private static List<IndicatorNode> omitSome(List<IndicatorNode> nodes, List<Integer> draws) {
        List<IndicatorNode> kept = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (draws.get(i) != 0) {
                kept.add(nodes.get(i));
            }
        }
        return kept.isEmpty() ? nodes : kept;
    }

    private static Arbitrary<List<Project>> projects() {
        return new DefaultProjectArbitrary().list().ofMaxSize(3).uniqueElements(Project::name).map(list -> {
            List<Project> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Project p = list.get(i);
                numbered.add(Project.builder().number(String.valueOf(i + 1)).name(p.name()).purpose(p.purpose())
                    .approved(p.approved()).executed(p.executed()).status(p.status()).build());
            }
            return numbered;
        });
    }

    /** The sum of the top-level reported scores (report 0), any total (1), or none (2). */
    private static Optional<BigDecimal> reportedTotal(List<IndicatorNode> top, int report, int other) {
        if (report == 2) {
            return Optional.empty();
        }
        if (report == 1 || top.isEmpty()) {
            return Optional.of(BigDecimal.valueOf(other, 2));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorNode node : top) {
            if (node.reportedScore().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(node.reportedScore().get());
        }
        return Optional.of(sum);
    }

    /** Claims of the kind reports make: the figure the report's own numbers give, or the customary 100%. */
    private static Arbitrary<List<Claim>> claims(Evaluation evaluation) {
        Arbitrary<Optional<Claim>> claim = Combinators.combine(Arbitraries.of(CLAIMED), Arbitraries.of(true, false))
            .as((metric, honest) -> {
                Optional<BigDecimal> computed = evaluation.metric(metric).percent(2);
                BigDecimal percent = honest && computed.isPresent() ? computed.get() : new BigDecimal("100.00");
                if (percent.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
                    return Optional.<Claim>empty();
                }
                return Optional.of(Claim.of(metric, percent, metric.chineseName() + "为" + percent.toPlainString() + "%"));
            });
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<Claim>of())),
            Tuple.of(1, claim.list().ofMinSize(1).ofMaxSize(2).uniqueElements(c -> c.map(Claim::metric))
                .map(list -> list.stream().flatMap(Optional::stream).toList())));
    }

    private static Evaluation withClaims(Evaluation e, List<Claim> claims) {
        return Evaluation.builder().unit(e.unit()).year(e.year()).kind(e.kind()).title(e.title()).budget(e.budget())
            .addAllProjects(e.projects()).addAllIndicators(e.indicators()).reportedTotal(e.reportedTotal())
            .reportedGrade(e.reportedGrade()).addAllClaims(claims).build();
    }

    private DefaultEvaluationArbitrary with(TreeSettings changed) {
        DefaultEvaluationArbitrary clone = typedClone();
        clone.tree = changed;
        return clone;
    }

    @Override
    public EvaluationArbitrary depth(int min, int max) {
        return with(tree.withDepth(min, max));
    }

    @Override
    public EvaluationArbitrary fanOut(int min, int max) {
        return with(tree.withFanOut(min, max));
    }

    @Override
    public EvaluationArbitrary totalPoints(BigDecimal total) {
        return with(tree.withTotalPoints(total));
    }

    @Override
    public EvaluationArbitrary withoutPoints() {
        return with(tree.withoutPoints());
    }

    @Override
    public EvaluationArbitrary directions(Direction... directions) {
        return with(tree.withLeaves(tree.leaves().withDirections(directions)));
    }

    @Override
    public EvaluationArbitrary missingShare(double share) {
        return with(tree.withLeaves(tree.leaves().withMissingShare(share)));
    }

    @Override
    public EvaluationArbitrary notApplicableShare(double share) {
        return with(tree.withLeaves(tree.leaves().withNotApplicableShare(share)));
    }

    @Override
    public EvaluationArbitrary reportedScoreShare(double share) {
        return with(tree.withLeaves(tree.leaves().withReportedScoreShare(share)));
    }

    @Override
    public EvaluationArbitrary kinds(EvaluationKind... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("kinds must not be empty");
        }
        DefaultEvaluationArbitrary clone = typedClone();
        clone.kinds = Set.of(given);
        return clone;
    }

    @Override
    public EvaluationArbitrary budgetShare(double share) {
        DefaultEvaluationArbitrary clone = typedClone();
        clone.budgetShare = Shares.check(share, "budgetShare");
        return clone;
    }

    @Override
    public EvaluationArbitrary shapedFor(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        DefaultEvaluationArbitrary clone = typedClone();
        if (!ruleSet.categories().isEmpty()) {
            Map<String, BigDecimal> top = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Category category : ruleSet.categories()) {
                top.put(category.name(), category.points());
                total = total.add(category.points());
            }
            TreeSettings shaped = tree.withTopLevel(top).withDepth(Math.max(2, tree.minDepth()), Math.max(2, tree.maxDepth()));
            clone.tree = tree.layout() == TreeSettings.PointsLayout.ADD_UP ? shaped.withTotalPoints(total) : shaped;
            clone.omitCategories = ruleSet.categories().size() > 1;
        }
        clone.firstYear = Math.max(ruleSet.effectiveFrom().getYear(), Evaluation.MIN_YEAR);
        clone.lastYear = ruleSet.effectiveUntil().map(d -> d.getYear())
            .orElse(Math.min(clone.firstYear + 5, Evaluation.MAX_YEAR));
        ruleSet.kind().ifPresent(kind -> clone.kinds = Set.of(kind));
        return clone;
    }
}
