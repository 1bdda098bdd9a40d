package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Indicator;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;
import org.perfeval.scoring.RuleRegistry;

/** The built-in profiles, rule sets that respect directions and the built-in rules obey every law. */
class RuleSetLawsProperties {
    private static final RuleRegistry BUILT_INS = RuleRegistry.builtIns();
    private static final RuleSetLaws MINISTRY = RuleSetLaws.of(Profiles.ministryProject(), BUILT_INS);
    private static final RuleSetLaws DEPARTMENT = RuleSetLaws.of(Profiles.departmentOverall(), BUILT_INS);

    @Provide
    Arbitrary<Evaluation> ministryReports() {
        return PerfevalArbitraries.evaluations().shapedFor(Profiles.ministryProject());
    }

    @Provide
    Arbitrary<Evaluation> departmentReports() {
        return PerfevalArbitraries.evaluations().shapedFor(Profiles.departmentOverall());
    }

    @Provide
    Arbitrary<RuleSet> respecting() {
        return PerfevalArbitraries.ruleSets().respectingDirections();
    }

    @Provide
    Arbitrary<Indicator> positive() {
        return PerfevalArbitraries.indicators().directions(Direction.POSITIVE);
    }

    @Provide
    Arbitrary<Indicator> reverse() {
        return PerfevalArbitraries.indicators().directions(Direction.REVERSE);
    }

    @Provide
    Arbitrary<Indicator> equal() {
        return PerfevalArbitraries.indicators().directions(Direction.EQUAL);
    }

    @Provide
    Arbitrary<Indicator> qualitative() {
        return PerfevalArbitraries.indicators().directions(Direction.QUALITATIVE);
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        return PerfevalArbitraries.points();
    }

    @Property(tries = 60)
    void theMinistryProfileObeysEveryLaw(@ForAll("ministryReports") Evaluation evaluation) {
        MINISTRY.checkAll(evaluation);
    }

    @Property(tries = 60)
    void theDepartmentProfileObeysEveryLaw(@ForAll("departmentReports") Evaluation evaluation) {
        DEPARTMENT.checkAll(evaluation);
    }

    @Property(tries = 60)
    void ruleSetsThatRespectDirectionsObeyEveryLaw(@ForAll("respecting") RuleSet ruleSet, @ForAll Evaluation evaluation) {
        RuleSetLaws.of(ruleSet, BUILT_INS).checkAll(evaluation);
    }

    @Property(tries = 80)
    void everyBuiltInRuleIsBoundedDeterministicAndNeverThrows(@ForAll RuleSpec spec, @ForAll Indicator indicator,
            @ForAll("points") BigDecimal points) {
        ScoringRuleLaws laws = ScoringRuleLaws.of(spec, BUILT_INS);
        laws.bounded(indicator, points);
        laws.deterministic(indicator, points);
    }

    @Property(tries = 80)
    void theDirectionRulesAreMonotoneInTheirDirection(@ForAll("positive") Indicator positive,
            @ForAll("reverse") Indicator reverse, @ForAll("equal") Indicator equal,
            @ForAll("qualitative") Indicator qualitative, @ForAll("points") BigDecimal points) {
        ScoringRuleLaws.of(RuleSpec.of("positive"), BUILT_INS).checkAll(positive, points);
        ScoringRuleLaws.of(RuleSpec.of("reverse-ratio"), BUILT_INS).checkAll(reverse, points);
        ScoringRuleLaws.of(RuleSpec.of("reverse-linear"), BUILT_INS).checkAll(reverse, points);
        ScoringRuleLaws.of(RuleSpec.of("equality"), BUILT_INS).checkAll(equal, points);
        ScoringRuleLaws.of(RuleSpec.of("qualitative"), BUILT_INS).checkAll(qualitative, points);
    }
}
