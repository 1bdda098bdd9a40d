package org.perfeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.audit.Finding;
import org.perfeval.audit.FindingCode;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.NodeResult;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * The order of a report's rows changes nothing: the same document in every sibling order gives the
 * same scores and findings, or the same refusal. Two rows that name one category ({@code 产出指标} and
 * {@code 产出}) no longer take its points by position: neither does, and the audit names both.
 */
class SiblingOrderProperties {
    private static final Evaluator DEPARTMENT = Evaluator.of(Profiles.departmentOverall(), RuleRegistry.builtIns());
    private static final Evaluator PROJECT = Evaluator.of(Profiles.ministryProject(), RuleRegistry.builtIns());

    @Property(tries = 200)
    void everySiblingOrderGivesTheSameResult(@ForAll("evaluations") Evaluation evaluation, @ForAll long seed) {
        Evaluation shuffled = shuffled(evaluation, new Random(seed));
        for (Evaluator evaluator : List.of(DEPARTMENT, PROJECT)) {
            assertEquals(summary(evaluator, evaluation), summary(evaluator, shuffled));
        }
    }

    @Property(tries = 100)
    void theSeedReportsWithTwoRowsForOneCategoryGiveOneResultInEveryOrder(@ForAll long seed) {
        Evaluation ambiguous = withRow(SeedReports.jinshui2021(), "产出");
        Evaluation shuffled = shuffled(ambiguous, new Random(seed));
        assertEquals(summary(DEPARTMENT, ambiguous), summary(DEPARTMENT, shuffled));
    }

    @Property(tries = 100)
    void aRefusedDocumentIsRefusedInEveryOrder(@ForAll long seed, @ForAll("confusable") String twin) {
        // The same report with a row whose name prints as another's: refused in every order.
        Evaluation report = SeedReports.jinshui2021();
        List<IndicatorNode> rows = new ArrayList<>(report.indicators());
        rows.add(IndicatorGroup.builder().name(twin).addChildren(leaf("多出的一行")).build());
        Collections.shuffle(rows, new Random(seed));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> copy(report, rows));
        assertTrue(e.getMessage().startsWith("duplicate indicator name"), e.getMessage());
    }

    @Example
    void twoRowsOfOneCategoryAreAmbiguousWhicheverComesFirst() {
        Evaluation first = withRow(SeedReports.jinshui2021(), "产出");
        List<IndicatorNode> reversed = new ArrayList<>(first.indicators());
        Collections.reverse(reversed);
        Evaluation second = copy(first, reversed);
        EvaluationResult a = DEPARTMENT.evaluate(first);
        EvaluationResult b = DEPARTMENT.evaluate(second);
        assertEquals(a.total(), b.total());
        for (EvaluationResult result : List.of(a, b)) {
            List<Finding> ambiguous = result.findings().stream().filter(f -> f.code() == FindingCode.CATEGORY_AMBIGUOUS).toList();
            assertEquals(2, ambiguous.size(), result.findings().toString());
            assertTrue(ambiguous.stream().allMatch(f -> f.messageEn().contains("产出 and 产出指标")), ambiguous.toString());
            assertEquals(List.of("产出", "产出指标"), ambiguous.stream().map(Finding::location).sorted().toList());
            // No total is chosen by position: the sheet has none, and says why.
            assertTrue(result.total().isEmpty(), result.toString());
            assertTrue(result.scores().totalNotComputable().orElseThrow().contains("产出指标"), result.toString());
            // Neither row takes the category's 40 points by position: 产出指标 states its own 40, 产出 none.
            NodeResult stated = result.scores().node("产出指标").orElseThrow();
            assertEquals(org.perfeval.scoring.spi.PointsSource.STATED, stated.pointsSource());
        }
    }

    /** What a user compares: total, grade, each node's points and award, the findings, all independent of row order. */
    private static String summary(Evaluator evaluator, Evaluation evaluation) {
        EvaluationResult result = evaluator.evaluate(evaluation);
        TreeMap<String, String> nodes = new TreeMap<>();
        for (NodeResult node : result.scores().nodes()) {
            nodes.put(node.path().toString(), node.points().toPlainString() + " " + node.pointsSource() + " "
                + node.awarded().toPlainString() + " " + node.rate().map(BigDecimal::toPlainString).orElse("-") + " "
                + node.status() + " " + node.targetStatus());
        }
        List<String> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(f.code() + " " + f.location() + " " + f.figures() + " " + f.messageEn());
        }
        Collections.sort(findings);
        return result.total().map(BigDecimal::toPlainString).orElse("-") + " " + result.grade().map(g -> g.label()).orElse("-") + "\n" + nodes + "\n" + findings;
    }

    private static Evaluation withRow(Evaluation report, String name) {
        List<IndicatorNode> rows = new ArrayList<>(report.indicators());
        rows.add(IndicatorGroup.builder().name(name).addChildren(leaf("新增产出")).build());
        return copy(report, rows);
    }

    private static Indicator leaf(String name) {
        return Indicator.builder().name(name).target(org.perfeval.model.Target.parse("≥1个"))
            .actual(org.perfeval.model.Actual.parse("1")).build();
    }

    static Evaluation shuffled(Evaluation evaluation, Random random) {
        return copy(evaluation, shuffled(evaluation.indicators(), random));
    }

    private static List<IndicatorNode> shuffled(List<IndicatorNode> nodes, Random random) {
        List<IndicatorNode> out = new ArrayList<>();
        for (IndicatorNode node : nodes) {
            if (node instanceof IndicatorGroup group) {
                out.add(IndicatorGroup.builder().name(group.name()).code(group.code()).points(group.points())
                    .reportedScore(group.reportedScore()).reportedRate(group.reportedRate())
                    .addAllChildren(shuffled(group.children(), random)).build());
            } else {
                out.add(node);
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static Evaluation copy(Evaluation e, List<IndicatorNode> rows) {
        return Evaluation.builder().unit(e.unit()).year(e.year()).kind(e.kind()).title(e.title()).budget(e.budget())
            .addAllProjects(e.projects()).addAllIndicators(rows).reportedTotal(e.reportedTotal())
            .reportedGrade(e.reportedGrade()).addAllClaims(e.claims()).build();
    }

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return PerfevalArbitraries.evaluations();
    }

    @Provide
    Arbitrary<String> confusable() {
        return Arbitraries.of("产出\u200B指标", "产\u2060出指标", "产出指标\uFEFF", "效益\u200D指标", "投入\u00AD管理", "预算\u001B执行");
    }
}
