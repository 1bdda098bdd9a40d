package org.perfeval.rules;

import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;


/**
 * One problem a rule set's lint found: a stable {@link Code}, where it sits (such as
 * {@code categories[2]}, {@code bindings[0]} or an indicator path) and a message naming the bad
 * value and the rule it breaks.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class LintProblem {

    LintProblem() {}

    /** The stable codes of lint problems. */
    public enum Code {
        /** The categories' points do not add up to the grade scale's maximum. */
        POINTS_DO_NOT_ADD_UP,
        /** Two categories match one name ({@code 产出} and {@code 产出指标}, or names that differ only in invisible characters). */
        DUPLICATE_CATEGORY,
        /** A category's {@code whenAbsent} names an unknown category or does not add up to its points. */
        BAD_REDISTRIBUTION,
        /** The grade scale has gaps, overlaps or duplicate labels. */
        BAD_GRADE_SCALE,
        /** A rule name that the registry does not know. */
        UNKNOWN_RULE,
        /** An aggregator name that the registry does not know. */
        UNKNOWN_AGGREGATOR,
        /** Parameters that the rule or aggregator refuses. */
        BAD_PARAMETERS,
        /** A malformed path pattern, an unknown direction, a malformed weight path. */
        BAD_SELECTOR,
        /** Two bindings with the same selector, or two path patterns that match the same paths. */
        DUPLICATE_BINDING,
        /** The effective dates are in the wrong order. */
        BAD_EFFECTIVE_DATES,
        /** A binding that matches no indicator of the evaluation. */
        BINDING_MATCHES_NOTHING,
        /** Two bindings of the same precedence match one indicator. */
        BINDING_CONFLICT,
        /** An indicator that no binding matches. */
        NO_RULE,
        /** A category without a node in the evaluation, whose points are neither scored nor moved. */
        CATEGORY_NOT_FOUND,
        /** A top-level node of the evaluation that matches no category. */
        NODE_WITHOUT_CATEGORY,
        /** An allocation weight whose path matches no node. */
        WEIGHT_MATCHES_NOTHING,
        /** A bracket that gives more points than the indicator it scores has. */
        BRACKET_EXCEEDS_POINTS,
        /** The evaluation's year is outside the rule set's effective dates. */
        NOT_EFFECTIVE,
        /** The evaluation is of another kind than the rule set is for. */
        WRONG_KIND,
        /**
         * A category name no indicator can have (blank, with surrounding space or {@code /}, longer than
         * {@link org.perfeval.model.IndicatorNode#MAX_NAME_LENGTH}): it matches no node, and the engine
         * cannot score it as one.
         */
        BAD_CATEGORY_NAME,
        /**
         * More categories, bindings, path patterns or weights than a rule set may have
         * ({@link RuleSet#MAX_CATEGORIES}, {@link RuleSet#MAX_BINDINGS}, {@link RuleSet#MAX_PATTERNS},
         * {@link RuleSet#MAX_WEIGHTS}).
         */
        TOO_LARGE
    }

    /** Builds a {@link LintProblem}; every field is required. */
    public static final class Builder extends ImmutableLintProblem.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param code the problem's code, not null
     * @param where where it sits, not null
     * @param message what is wrong, not null
     * @return the problem
     */
    public static LintProblem of(Code code, String where, String message) {
        return builder().code(code).where(where).message(message).build();
    }

    /** @return the stable code */
    public abstract Code code();

    /** @return where the problem sits: a field of the rule set or an indicator path */
    public abstract String where();

    /** @return what is wrong */
    public abstract String message();

    /** @return such as {@code UNKNOWN_RULE at bindings[3]: unknown rule "postive"} */
    @Override
    public String toString() {
        return code() + " at " + where() + ": " + message();
    }
}
