package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.rules.InvalidRuleSetException;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;
import org.perfeval.scoring.ScoringEngine;

class RuleSetJsonTest {
    private static final String DEPARTMENT = "samples/department-overall.rule-set.json";
    private static final String BRACKETS = "samples/sichuan-style.rule-set.json";

    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void theDepartmentSampleIsTheBuiltInProfile() {
        assertEquals(Profiles.departmentOverall(), json.readRuleSet(Resources.text(DEPARTMENT)));
    }

    @Test
    void samplesWriteBackByteForByte() {
        for (String sample : new String[] {DEPARTMENT, BRACKETS}) {
            String text = Resources.text(sample);
            assertEquals(text, json.withPrettyPrinting().write(json.readRuleSet(text)), sample);
        }
    }

    @Test
    void theBuiltInProfilesRoundTrip() {
        for (RuleSet profile : new RuleSet[] {Profiles.departmentOverall(), Profiles.ministryProject()}) {
            assertEquals(profile, json.readRuleSet(json.write(profile)));
        }
    }

    @Test
    void aRuleSetFromJsonScoresAsTheProfileItWasWrittenFrom() {
        RuleSet loaded = json.readRuleSet(Resources.text(DEPARTMENT));
        var fromJson = ScoringEngine.of(loaded, RuleRegistry.builtIns()).score(SeedReports.jinshui2021());
        var fromCode = ScoringEngine.of(Profiles.departmentOverall(), RuleRegistry.builtIns()).score(SeedReports.jinshui2021());
        assertEquals(fromCode, fromJson);
    }

    @Test
    void theBracketSampleLintsClean() {
        assertEquals(List.of(), RuleRegistry.builtIns().lint(json.readRuleSet(Resources.text(BRACKETS))));
    }

    @Test
    void aRuleTheApplicationDidNotRegisterReadsButDoesNotScore() {
        // A rule is a name looked up in the application's registry, never a class to load.
        String text = Resources.text(DEPARTMENT).replace("\"reverse-linear\"", "\"org.example.evilrule\"");
        RuleSet ruleSet = json.readRuleSet(text);
        List<LintProblem> problems = RuleRegistry.builtIns().lint(ruleSet);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().contains("org.example.evilrule"), problems.toString());
        assertThrows(InvalidRuleSetException.class, () -> ScoringEngine.of(ruleSet, RuleRegistry.builtIns()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "effectiveFrom": "2021-01-01"   | "effectiveFrom": "2021-02-30"        | /effectiveFrom               | expected a date such as "2021-01-01" but found the string "2021-02-30"
        "name": "positive"              | "name": "java.lang.Runtime#exec()"   | /bindings/1/rule             | rule name must be 1 to 64 characters of a-z, 0-9
        "name": "positive"              | "name": "Positive"                   | /bindings/1/rule             | rule name must be 1 to 64 characters
        "by": "DIRECTION"               | "by": "CLASS"                        | /bindings/1/by               | expected one of CODE, PATH, DIRECTION but found the string "CLASS"
        "mode": "HALF_UP"               | "mode": "UNNECESSARY"                | /rounding/indicator          | rounding mode must round, but was UNNECESSARY
        "scale": 4                      | "scale": 13                          | /rounding/rate/scale         | the integer 13 is out of range: expected 0 to 12
        "lowerBound": 90                | "lowerBound": 100                    | /gradeScale/grades/0         | lower bound 100 must be below its upper bound 100
        "pointsTolerance": 0.01         | "pointsTolerance": -0.01             | /audit                       | audit pointsTolerance must be >= 0 but was -0.01
        "whenTargetMissed": true        | "whenTargetMissed": "yes"            | /deviation/whenTargetMissed  | expected true or false but found the string "yes"
        "notApplicable": "RESCALE_TOTAL" | "notApplicable": null               | /notApplicable               | null is not a value of "notApplicable"
        "jurisdiction": "郑州市金水区"     | "jurisdiction": " "                  | ''                           | rule set id, version and jurisdiction must not be blank
        "points": 20                    | "points": 20, "points": 25           | /categories/1/points         | duplicate field "points"
        """)
    void aBrokenRuleSetIsRefusedAtItsPointer(String from, String to, String pointer, String problem) {
        String text = Resources.text(DEPARTMENT);
        assertTrue(text.contains(from), from);
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readRuleSet(text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))));
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    @Test
    void aRuleParameterNamedTwiceIsRefused() {
        String text = Resources.text(BRACKETS).replace("\"deduction\": 0.5", "\"deduction\": 0.5,\n          \"threshold\": 90");
        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readRuleSet(text));
        assertEquals("/bindings/1/rule/numbers/threshold", e.pointer());
        assertTrue(e.problem().contains("duplicate field \"threshold\""), e.getMessage());
    }
}
