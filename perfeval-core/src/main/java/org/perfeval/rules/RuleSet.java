package org.perfeval.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.Names;
import org.perfeval.internal.PerfevalStyle;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.GradeScale;
import org.perfeval.model.IndicatorNode;

/**
 * How one jurisdiction scores self-evaluations in one period, as data: which rule scores which
 * indicator ({@link #bindings()}), the category points ({@link #categories()}), how points are
 * allocated to indicators that state none ({@link #allocation()}), how groups combine their
 * children ({@link #groupAggregator()}, {@link #aggregators()}), rounding, the grade scale,
 * not-applicable and unscorable handling, when a deviation note is required (S13) and the audit's
 * tolerances. Rules are named, never code: a rule set can only name what the registry it is scored
 * with registers.
 *
 * <p>A rule set is linted before use ({@link #lint()} on its own, the registry's {@code lint} with the
 * names it uses): every problem comes back at once as a value. The scoring engine refuses a rule set
 * that does not lint clean. Two profiles are
 * built in: {@link Profiles#ministryProject()} and {@link Profiles#departmentOverall()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class RuleSet {

    RuleSet() {}

    /**
     * Most categories in a rule set: {@value}. Real rule sets have three to six; each category names
     * a top-level row of the report. Enforced by {@link #lint()} ({@link LintProblem.Code#TOO_LARGE}),
     * which past the limit checks only the first {@value} categories one by one.
     */
    public static final int MAX_CATEGORIES = 100;

    /**
     * Most rule bindings in a rule set: {@value}, one per indicator of the largest evaluation the
     * reader accepts (bindings by code). Enforced by {@link #lint()} ({@link LintProblem.Code#TOO_LARGE}),
     * which past the limit checks only the first {@value} bindings one by one.
     */
    public static final int MAX_BINDINGS = 1_000;

    /**
     * Most path patterns in a rule set, path bindings and aggregator bindings together: {@value}.
     * Every leaf is matched against the path bindings and every group against the aggregator
     * bindings, so this bounds the work of scoring one node. Enforced by {@link #lint()}
     * ({@link LintProblem.Code#TOO_LARGE}).
     */
    public static final int MAX_PATTERNS = 200;

    /**
     * Most segments in one path pattern: {@value}. An indicator tree has at most 12 levels; a longer
     * pattern can only repeat {@code **} or match nothing. Enforced by {@link #lint()}
     * ({@link LintProblem.Code#BAD_SELECTOR}) and by the engine, which parses only what lints clean.
     */
    public static final int MAX_PATTERN_SEGMENTS = org.perfeval.internal.PathPattern.MAX_SEGMENTS;

    /**
     * Most allocation weights ({@link Allocation#weights()}): {@value}, one per node of the largest
     * evaluation the reader accepts. Enforced by {@link #lint()} ({@link LintProblem.Code#TOO_LARGE}).
     */
    public static final int MAX_WEIGHTS = 1_000;

    /**
     * Builds a {@link RuleSet}; {@code id}, {@code version}, {@code jurisdiction} and
     * {@code effectiveFrom} are required, every other field has a default.
     */
    public static final class Builder extends ImmutableRuleSet.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rule set's identifier, such as {@code cn-mof-project-2020} */
    public abstract String id();

    /** @return its version, such as {@code 2021.1} */
    public abstract String version();

    /**
     * @return where it applies, such as {@code 郑州市金水区}; a rule set that a {@link RuleCatalogue} holds
     *     names a GB/T 2260 division code, such as {@code 510000}, or {@link RuleCatalogue#NATIONAL}
     */
    public abstract String jurisdiction();

    /** @return a title for people, such as the rule's source document */
    public abstract Optional<String> title();

    /**
     * @return the document the rule set comes from, with what was read in it and what is a configurable
     *     default; absent for a rule set an application writes for itself
     */
    public abstract Optional<RuleSource> source();

    /** @return the first day it applies */
    public abstract LocalDate effectiveFrom();

    /** @return the last day it applies; open-ended when absent */
    public abstract Optional<LocalDate> effectiveUntil();

    /** @return the kind of evaluation it is for; any when absent */
    public abstract Optional<EvaluationKind> kind();

    /** @return the first-level categories and their points, in order; none leaves the points to the report */
    public abstract List<Category> categories();

    /** @return the rule bindings; precedence code, then path, then direction */
    public abstract List<RuleBinding> bindings();

    /** @return aggregators bound to groups by path, the first match winning */
    public abstract List<AggregatorBinding> aggregators();

    /** @return the aggregator of groups that no binding matches; {@code weighted-sum} by default */
    @Value.Default
    public RuleSpec groupAggregator() {
        return RuleSpec.of("weighted-sum");
    }

    /** @return the aggregator of the top-level nodes into the total; {@code weighted-sum} by default */
    @Value.Default
    public RuleSpec totalAggregator() {
        return RuleSpec.of("weighted-sum");
    }

    /** @return how points are allocated to nodes that state none; equal shares at 2 places by default */
    @Value.Default
    public Allocation allocation() {
        return Allocation.equalShares();
    }

    /** @return rounding per step; 2 places half-up by default */
    @Value.Default
    public Rounding rounding() {
        return Rounding.standard();
    }

    /** @return the grade scale; 优/良/中/差 at 90/80/60 by default */
    @Value.Default
    public GradeScale gradeScale() {
        return GradeScale.standard();
    }

    /** @return what a not-applicable indicator does (S12); {@link NotApplicablePolicy#RESCALE_TOTAL} by default */
    @Value.Default
    public NotApplicablePolicy notApplicable() {
        return NotApplicablePolicy.RESCALE_TOTAL;
    }

    /**
     * @return what an indicator that its rule cannot score gets; {@link UnscorablePolicy#ZERO} (0 points,
     *     marked in the trace as the policy's) by default, and written out by the JSON writer
     */
    @Value.Default
    public UnscorablePolicy unscorable() {
        return UnscorablePolicy.ZERO;
    }

    /** @return when a deviation note is required (S13); for missed targets only by default */
    @Value.Default
    public DeviationThresholds deviation() {
        return DeviationThresholds.missedTargetsOnly();
    }

    /** @return the audit's tolerances and thresholds */
    @Value.Default
    public AuditThresholds audit() {
        return AuditThresholds.defaults();
    }

    /**
     * @param day a day
     * @return whether the day lies between the effective dates, both inclusive
     */
    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom()) && effectiveUntil().map(u -> !day.isAfter(u)).orElse(true);
    }

    /**
     * @param year a year
     * @return whether any day of the year lies between the effective dates
     */
    public boolean isEffectiveIn(int year) {
        return effectiveFrom().getYear() <= year && effectiveUntil().map(u -> u.getYear() >= year).orElse(true);
    }

    /**
     * Every problem of the rule set on its own: categories that do not add up to the grade scale's
     * maximum or that collide, a grade scale with gaps or overlaps, malformed selectors and weight
     * paths, duplicate bindings, effective dates in the wrong order. Whether the rules and aggregators
     * it names exist, and whether it fits an evaluation, depend on more than the rule set: see
     * {@code RuleRegistry.lint} in {@code org.perfeval.scoring}.
     *
     * @return the problems, in the order of the rule set's fields; empty when there are none
     */
    public List<LintProblem> lint() {
        return RuleSetLinter.lint(this);
    }

    @Value.Check
    void check() {
        if (id().isBlank() || version().isBlank() || jurisdiction().isBlank()) {
            throw new IllegalArgumentException("rule set id, version and jurisdiction must not be blank but were \""
                + id() + "\", \"" + version() + "\", \"" + jurisdiction() + "\"");
        }
    }

    /**
     * The ways a report does not fit this rule set: a year outside the effective dates, another kind, or
     * top-level rows of which none matches a category. Each is an audit finding ({@code RULE_SET_MISMATCH});
     * an engine or evaluator made {@code strict()} refuses such a report with {@link RuleSetMismatchException}.
     *
     * @param evaluation the report, not null
     * @return every mismatch, in the order year, kind, categories; empty when the report fits
     */
    public List<Mismatch> mismatches(Evaluation evaluation) {
        return Mismatch.of(this, evaluation);
    }

    /**
     * One way in which a report does not fit the rule set it is scored under: a year outside the rule
     * set's effective dates, a report of another kind, or top-level rows of which none matches a category.
     * By default each is an audit finding ({@code RULE_SET_MISMATCH}) and the report is scored all the
     * same; an engine made {@code strict()} refuses the report instead ({@link RuleSetMismatchException}). See
     * {@link RuleSet#mismatches(Evaluation)}.
     *
     * @param kind what does not fit, not null
     * @param location the field of the report that does not fit: {@code year}, {@code kind} or {@code indicators}
     * @param messageZh the mismatch in Chinese, not null
     * @param messageEn the mismatch in English, not null
     */
    public record Mismatch(Kind kind, String location, String messageZh, String messageEn) {

        /** What does not fit. */
        public enum Kind {
            /** The report's year is outside the rule set's effective dates. */
            NOT_EFFECTIVE,
            /** The report is of another kind than the rule set is for. */
            WRONG_KIND,
            /** The report has top-level rows and none of them matches a category of the rule set. */
            NO_CATEGORY_MATCHED
        }

        /**
         * Checks the components.
         *
         * @param kind what does not fit, not null
         * @param location the field of the report that does not fit, not null
         * @param messageZh the mismatch in Chinese, not null
         * @param messageEn the mismatch in English, not null
         */
        public Mismatch {
            requireNonNull(kind, "kind");
            requireNonNull(location, "location");
            requireNonNull(messageZh, "messageZh");
            requireNonNull(messageEn, "messageEn");
        }

        /** @see RuleSet#mismatches(Evaluation) */
        static List<Mismatch> of(RuleSet ruleSet, Evaluation evaluation) {
            requireNonNull(ruleSet, "ruleSet");
            requireNonNull(evaluation, "evaluation");
            List<Mismatch> found = new ArrayList<>(0);
            if (!ruleSet.isEffectiveIn(evaluation.year())) {
                String dates = ruleSet.effectiveFrom() + ruleSet.effectiveUntil().map(u -> " – " + u).orElse(" –");
                found.add(new Mismatch(Kind.NOT_EFFECTIVE, "year",
                    "报告年度 " + evaluation.year() + " 不在规则集 " + ruleSet.id() + " 的有效期（" + dates + "）内",
                    "The report is for " + evaluation.year() + ", outside the effective dates of rule set " + ruleSet.id()
                        + " (" + dates + ")"));
            }
            ruleSet.kind().filter(k -> k != evaluation.kind()).ifPresent(k -> found.add(new Mismatch(Kind.WRONG_KIND, "kind",
                "报告类型为" + evaluation.kind().chineseName() + "，而规则集 " + ruleSet.id() + " 适用于" + k.chineseName(),
                "The report is a " + evaluation.kind() + " evaluation; rule set " + ruleSet.id() + " is for " + k)));
            List<IndicatorNode> tops = evaluation.indicators();
            if (!tops.isEmpty() && !ruleSet.categories().isEmpty() && tops.stream()
                    .noneMatch(top -> ruleSet.categories().stream().anyMatch(c -> Names.same(c.name(), top.name())))) {
                List<String> rows = tops.stream().map(IndicatorNode::name).sorted().toList();
                List<String> categories = ruleSet.categories().stream().map(Category::name).toList();
                found.add(new Mismatch(Kind.NO_CATEGORY_MATCHED, "indicators",
                    "报告的一级指标 " + rows + " 与规则集 " + ruleSet.id() + " 的类别 " + categories + " 均不对应",
                    "None of the report's top-level rows " + rows + " matches a category of rule set " + ruleSet.id() + ", "
                        + categories));
            }
            return found;
        }
    }
}
