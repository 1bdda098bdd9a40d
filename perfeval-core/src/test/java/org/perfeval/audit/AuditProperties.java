package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.IndicatorPath;
import org.perfeval.model.Metric;
import org.perfeval.model.MetricResult;
import org.perfeval.model.Project;
import org.perfeval.model.Rating;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.ScoreSheet;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * Laws of the audit: a report whose figures agree with each other and with the rule set raises
 * nothing above INFO; any valid report is audited without an exception, deterministically.
 */
class AuditProperties {
    private static final List<String> TOPS = List.of("投入管理", "产出指标", "效益指标", "满意度指标");
    private static final List<String> CHILDREN = List.of("数量", "质量", "时效");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // ---- a consistent report raises nothing above INFO ----

    /**
     * Draws a report without scores, lets the engine score it, writes into it what a careful
     * department would (every score the rule's, a note wherever the rule set asks for one, group
     * rates, a total that is the sum of the categories and its grade, claims equal to what the
     * figures give), and audits that.
     */
    @Property(tries = 200)
    void aConsistentReportRaisesNoErrorOrWarning(@ForAll("drafts") Evaluation draft) {
        RuleSet rules = Reports.rules();
        Evaluation consistent = consistent(draft, Reports.score(rules, draft));
        ScoreSheet result = Reports.score(rules, consistent);

        assertEquals(List.of(), aboveInfo(Audit.of(rules).audit(result)));
        assertEquals(List.of(), aboveInfo(Audit.of(rules).audit(consistent)));
    }

    private static List<Finding> aboveInfo(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).collect(Collectors.toList());
    }

    @Provide
    Arbitrary<Evaluation> drafts() {
        return Combinators.combine(
                Arbitraries.integers().between(1, TOPS.size()).flatMap(k -> split(HUNDRED, k))
                    .flatMap(points -> tops(points)),
                budgets().optional(0.7), projects(), Arbitraries.of(Metric.values()).set().ofMaxSize(6))
            .as((tops, budget, projects, claimed) -> {
                Evaluation unclaimed = Reports.report().addAllIndicators(tops).budget(budget).addAllProjects(projects).build();
                List<Claim> claims = new ArrayList<>();
                for (Metric metric : claimed) {
                    MetricResult value = unclaimed.metric(metric);
                    if (value.isComputable()) {
                        claims.add(Claim.of(metric, value.percent(2).get(), metric.chineseName() + value.percent(2).get() + "%"));
                    }
                }
                return Reports.report().addAllIndicators(tops).budget(budget).addAllProjects(projects).addAllClaims(claims).build();
            })
            // A careful department's income covers the funds it approved for its projects.
            .filter(AuditProperties::incomeCoversProjects);
    }

    private static boolean incomeCoversProjects(Evaluation report) {
        BigDecimal approved = BigDecimal.ZERO;
        for (Project p : report.projects()) {
            approved = approved.add(p.approved().wanYuan());
        }
        BigDecimal sum = approved;
        return report.budget().flatMap(DepartmentBudget::income).map(income -> income.wanYuan().compareTo(sum) >= 0).orElse(true);
    }

    private static Arbitrary<List<IndicatorNode>> tops(List<BigDecimal> points) {
        List<Arbitrary<IndicatorNode>> nodes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            nodes.add(node(TOPS.get(i), Optional.of(points.get(i)), 2));
        }
        return Combinators.combine(nodes).as(list -> list);
    }

    /** A leaf or a group; a group whose points are known may state its children's, else they are allocated. */
    private static Arbitrary<IndicatorNode> node(String name, Optional<BigDecimal> points, int depth) {
        Arbitrary<IndicatorNode> leaf = leaf(name, points);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<IndicatorNode> group = Arbitraries.integers().between(1, CHILDREN.size()).flatMap(k -> {
            Arbitrary<List<Optional<BigDecimal>>> childPoints = points.isPresent()
                    && points.get().movePointRight(2).intValue() >= k
                ? Arbitraries.oneOf(split(points.get(), k).map(AuditProperties::present), unstated(k))
                : unstated(k);
            return childPoints.flatMap(ps -> {
                List<Arbitrary<IndicatorNode>> children = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    children.add(node(CHILDREN.get(i), ps.get(i), depth - 1));
                }
                return Combinators.combine(children).as(list -> (IndicatorNode) IndicatorGroup.builder().name(name)
                    .points(points).addAllChildren(list).build());
            });
        });
        return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(2, group));
    }

    private static List<Optional<BigDecimal>> present(List<BigDecimal> points) {
        return points.stream().map(Optional::of).collect(Collectors.toList());
    }

    private static Arbitrary<List<Optional<BigDecimal>>> unstated(int k) {
        List<Optional<BigDecimal>> none = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            none.add(Optional.empty());
        }
        return Arbitraries.just(none);
    }

    /** Leaves of the three common kinds: ≥A%, ≤A 天, a word rated in any of the three ratings; met or missed. */
    private static Arbitrary<IndicatorNode> leaf(String name, Optional<BigDecimal> points) {
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(150)).ofScale(2);
        Arbitrary<Indicator> positive = Combinators.combine(Arbitraries.integers().between(50, 100), percent)
            .as((a, b) -> Indicator.builder().name(name).points(points)
                .target(Target.atLeast(BigDecimal.valueOf(a), Unit.PERCENT)).actual(Actual.measured(b, Unit.PERCENT)).build());
        Arbitrary<Indicator> reverse = Combinators.combine(Arbitraries.integers().between(1, 365),
                Arbitraries.integers().between(0, 800))
            .as((a, b) -> Indicator.builder().name(name).points(points)
                .target(Target.atMost(BigDecimal.valueOf(a), Unit.DAY)).actual(Actual.measured(BigDecimal.valueOf(b), Unit.DAY))
                .build());
        Arbitrary<Indicator> rated = Arbitraries.of(Rating.values())
            .map(r -> Indicator.builder().name(name).points(points).target(Target.qualitative("符合"))
                .actual(Actual.Rated.of(r)).build());
        return Arbitraries.oneOf(positive, reverse, rated).map(i -> i);
    }

    /** Splits an amount of hundredths into {@code k} positive parts that add up to it. */
    private static Arbitrary<List<BigDecimal>> split(BigDecimal total, int k) {
        int hundredths = total.movePointRight(2).intValueExact();
        if (k == 1) {
            return Arbitraries.just(List.of(total));
        }
        return Arbitraries.integers().between(1, hundredths - 1).set().ofSize(k - 1).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            List<BigDecimal> parts = new ArrayList<>();
            int previous = 0;
            for (int cut : sorted) {
                parts.add(BigDecimal.valueOf(cut - previous, 2));
                previous = cut;
            }
            parts.add(BigDecimal.valueOf(hundredths - previous, 2));
            return parts;
        });
    }

    /** Budgets whose identities hold and whose adjustment stays within ±20%, with the control figures. */
    private static Arbitrary<DepartmentBudget> budgets() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100_000)).ofScale(2);
        Arbitrary<BigDecimal> positive = Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(100_000)).ofScale(2);
        Arbitrary<BigDecimal[]> spending = Combinators.combine(amount, amount, amount, amount)
            .as((personnel, office, project, carry) -> new BigDecimal[] {personnel, office, project, carry});
        return Combinators.combine(spending, positive, Arbitraries.integers().between(80, 120), amount, amount,
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 99))
            .as((parts, start, move, threeBudget, threeSpent, staff, authorized, sourceShare) -> {
                BigDecimal basic = parts[0].add(parts[1]);
                BigDecimal spent = basic.add(parts[2]);
                BigDecimal income = spent.add(parts[3]);
                BigDecimal first = income.multiply(BigDecimal.valueOf(sourceShare)).divide(HUNDRED, 2, RoundingMode.DOWN);
                return DepartmentBudget.builder()
                    .personnelExpenditure(wan(parts[0])).publicExpenditure(wan(parts[1])).basicExpenditure(wan(basic))
                    .projectExpenditure(wan(parts[2])).expenditure(wan(spent)).carryOver(wan(parts[3])).income(wan(income))
                    .putIncomeBySource("财政拨款收入", wan(first)).putIncomeBySource("其他收入", wan(income.subtract(first)))
                    .yearStartBudget(wan(start)).adjustedBudget(wan(start.multiply(BigDecimal.valueOf(move)).movePointLeft(2)))
                    .threePublicBudget(wan(threeBudget)).threePublicExpenditure(wan(threeSpent))
                    .publicFundsBudget(wan(parts[1]))
                    .staff(staff).authorizedStaff(authorized)
                    .build();
            });
    }

    /** Completed projects executed in full, running ones anyhow, unmarked ones with something spent. */
    private static Arbitrary<List<Project>> projects() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(500)).ofScale(2);
        Arbitrary<BigDecimal> positive = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(500)).ofScale(2);
        Arbitrary<Project.Builder> completed = amount.map(a -> Project.builder().approved(wan(a)).executed(wan(a))
            .status(Project.Status.COMPLETED));
        Arbitrary<Project.Builder> running = Combinators.combine(amount, amount)
            .as((a, e) -> Project.builder().approved(wan(a)).executed(wan(e)).status(Project.Status.ONGOING));
        Arbitrary<Project.Builder> unmarked = Combinators.combine(amount, positive)
            .as((a, e) -> Project.builder().approved(wan(a)).executed(wan(e)));
        return Arbitraries.oneOf(completed, running, unmarked).list().ofMaxSize(4).map(builders -> {
            List<Project> projects = new ArrayList<>();
            for (int i = 0; i < builders.size(); i++) {
                projects.add(builders.get(i).number(String.valueOf(i + 1)).name("项目" + (i + 1)).build());
            }
            return projects;
        });
    }

    /** The draft with every score the engine's, notes where required, group rates, total and grade. */
    private static Evaluation consistent(Evaluation draft, ScoreSheet scored) {
        List<IndicatorNode> tops = filled(draft.indicators(), IndicatorPath.root(), scored);
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorNode top : tops) {
            total = total.add(top.reportedScore().get());
        }
        return Reports.report().addAllIndicators(tops).budget(draft.budget()).addAllProjects(draft.projects())
            .addAllClaims(draft.claims()).reportedTotal(total)
            .reportedGrade(Reports.rules().gradeScale().gradeOf(total).label()).build();
    }

    private static List<IndicatorNode> filled(List<IndicatorNode> nodes, IndicatorPath parent, ScoreSheet scored) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            IndicatorPath path = parent.child(node.name());
            NodeResult r = scored.node(path).orElseThrow();
            if (node instanceof Indicator) {
                Indicator leaf = (Indicator) node;
                out.add(Indicator.builder().name(leaf.name()).points(leaf.points()).target(leaf.target()).actual(leaf.actual())
                    .reportedScore(r.awarded())
                    .deviationNote(r.deviationNoteRequired() ? Optional.of("偏差原因已说明") : Optional.empty())
                    .build());
            } else {
                IndicatorGroup group = (IndicatorGroup) node;
                IndicatorGroup.Builder filled = IndicatorGroup.builder().name(group.name()).points(group.points())
                    .reportedScore(r.awarded()).addAllChildren(filled(group.children(), path, scored));
                if (r.points().signum() > 0) {
                    filled.reportedRate(r.awarded().multiply(HUNDRED).divide(r.points(), 2, RoundingMode.HALF_UP));
                }
                out.add(filled.build());
            }
        }
        return out;
    }

    private static Amount wan(BigDecimal number) {
        return Amount.ofWanYuan(number);
    }

    // ---- any valid report is audited, without an exception, the same way every time ----

    @Property(tries = 150)
    void anyReportIsAuditedWithoutAnExceptionAndDeterministically(@ForAll("anyReports") Evaluation evaluation,
            @ForAll("ruleSets") RuleSet rules) {
        Audit audit = Audit.of(rules);
        ScoreSheet result = Reports.score(rules, evaluation);

        List<Finding> scored = audit.audit(result);
        assertEquals(scored, audit.audit(Reports.score(rules, evaluation)));
        assertEquals(audit.audit(evaluation), audit.audit(evaluation));
        for (Finding f : scored) {
            assertEquals(f.code().severity(), f.severity());
        }
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PerfevalArbitraries.ruleSets();
    }

    /**
     * The scoring generators' evaluations (any tree, points and scores anywhere, any actual), with
     * what they lack for the audit drawn at random: totals, grades, group rates, claims, a full budget,
     * project statuses.
     */
    @Provide
    Arbitrary<Evaluation> anyReports() {
        Arbitrary<BigDecimal> figure = Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200)).ofScale(2)),
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
            Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E20")).ofScale(0)));
        Arbitrary<Claim> claims = Combinators.combine(Arbitraries.of(Metric.values()),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-500), BigDecimal.valueOf(500)).ofScale(2))
            .as((metric, percent) -> Claim.of(metric, percent, "随机" + percent + "%"));
        return Combinators.combine(PerfevalArbitraries.evaluations(), figure.optional(0.8),
                Arbitraries.of("优", "良", "中", "差", "A", "Effective").optional(0.7), claims.list().ofMaxSize(4),
                anyBudgets(figure).optional(0.8), Arbitraries.of(Project.Status.values()).optional(0.8).list().ofSize(3),
                figure.optional(0.5))
            .as((e, total, grade, claimList, budget, statuses, rate) -> {
                List<Project> projects = new ArrayList<>();
                for (int i = 0; i < e.projects().size(); i++) {
                    Project p = e.projects().get(i);
                    projects.add(Project.builder().name(p.name()).approved(p.approved()).executed(p.executed())
                        .status(statuses.get(i)).build());
                }
                return Evaluation.builder().unit(e.unit()).year(e.year()).kind(e.kind()).addAllIndicators(withRates(e.indicators(), rate))
                    .budget(budget.isPresent() ? budget : e.budget()).addAllProjects(projects)
                    .reportedTotal(total).reportedGrade(grade).addAllClaims(claimList).build();
            });
    }

    private static List<IndicatorNode> withRates(List<IndicatorNode> nodes, Optional<BigDecimal> rate) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            if (node instanceof IndicatorGroup) {
                IndicatorGroup g = (IndicatorGroup) node;
                out.add(IndicatorGroup.builder().name(g.name()).points(g.points()).reportedScore(g.reportedScore())
                    .reportedRate(rate).addAllChildren(withRates(g.children(), rate)).build());
            } else {
                out.add(node);
            }
        }
        return out;
    }

    private static Arbitrary<DepartmentBudget> anyBudgets(Arbitrary<BigDecimal> figure) {
        Arbitrary<Optional<Amount>> amount = figure.map(Amount::ofWanYuan).optional(0.7);
        Arbitrary<DepartmentBudget.Builder> first = Combinators.combine(amount, amount, amount, amount, amount, amount, amount,
                amount)
            .as((income, spent, basic, personnel, office, project, carry, prior) -> DepartmentBudget.builder()
                .income(income).expenditure(spent).basicExpenditure(basic).personnelExpenditure(personnel)
                .publicExpenditure(office).projectExpenditure(project).carryOver(carry).priorCarryOver(prior));
        return Combinators.combine(first, amount, amount, amount, amount, amount, amount,
                Arbitraries.integers().between(0, 50).optional(0.5))
            .as((builder, start, adjusted, threeBudget, threeSpent, officeBudget, source, staff) -> {
                builder.yearStartBudget(start).adjustedBudget(adjusted).threePublicBudget(threeBudget)
                    .threePublicExpenditure(threeSpent).publicFundsBudget(officeBudget).procurementBudget(officeBudget)
                    .procurementExpenditure(threeSpent);
                source.ifPresent(s -> builder.putIncomeBySource("财政拨款收入", s));
                staff.ifPresent(n -> builder.staff(n).authorizedStaff(Math.max(1, 50 - n)));
                return builder.build();
            });
    }
}
