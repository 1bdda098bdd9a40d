package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.rules.RuleSet;

class RuleSetJsonProperties {
    private final PerfevalJson compact = PerfevalJson.create();
    private final PerfevalJson pretty = PerfevalJson.create().withPrettyPrinting();

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return RuleSetArbitraries.ruleSets();
    }

    @Property(tries = 300)
    void whatIsWrittenReadsBackEqual(@ForAll("ruleSets") RuleSet ruleSet) {
        assertEquals(ruleSet, compact.readRuleSet(compact.write(ruleSet)));
        assertEquals(ruleSet, pretty.readRuleSet(pretty.write(ruleSet)));
    }

    @Property(tries = 300)
    void writingWhatWasReadGivesTheSameText(@ForAll("ruleSets") RuleSet ruleSet) {
        String text = pretty.write(ruleSet);
        assertEquals(text, pretty.write(pretty.readRuleSet(text)));
    }

    @Property(tries = 200)
    void everyWrittenRuleSetIsValidAgainstTheSchema(@ForAll("ruleSets") RuleSet ruleSet) {
        String text = compact.write(ruleSet);
        assertEquals("[]", Schemas.problems(DocumentKind.RULE_SET, text).toString(), text);
    }
}
