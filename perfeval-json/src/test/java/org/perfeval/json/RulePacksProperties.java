package org.perfeval.json;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.testing.PerfevalArbitraries;
import org.perfeval.testing.RuleSetLaws;

/** Every shipped rule pack obeys the laws of a usable rule set, on reports shaped for it and of any shape. */
class RulePacksProperties {
    @Provide
    Arbitrary<RuleSet> packs() {
        return net.jqwik.api.Arbitraries.of(RulePacks.official());
    }

    @Provide
    Arbitrary<RuleSetAndReport> shaped() {
        return packs().flatMap(pack -> PerfevalArbitraries.evaluations().shapedFor(pack)
            .map(evaluation -> new RuleSetAndReport(pack, evaluation)));
    }

    @Property(tries = 150)
    void everyPackObeysEveryLawOnReportsShapedForIt(@ForAll("shaped") RuleSetAndReport case_) {
        RuleSetLaws.of(case_.pack(), RuleRegistry.builtIns()).checkAll(case_.evaluation());
    }

    @Property(tries = 60)
    void everyPackObeysEveryLawOnReportsOfAnyShape(@ForAll("packs") RuleSet pack, @ForAll Evaluation evaluation) {
        RuleSetLaws.of(pack, RuleRegistry.builtIns()).checkAll(evaluation);
    }

    record RuleSetAndReport(RuleSet pack, Evaluation evaluation) {}
}
