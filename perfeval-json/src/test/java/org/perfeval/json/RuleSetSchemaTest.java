package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.rules.NotApplicablePolicy;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleBinding;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.UnscorablePolicy;

class RuleSetSchemaTest {
    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        assertEquals(List.of(), List.copyOf(Schemas.metaProblems(DocumentKind.RULE_SET)));
        assertEquals(DocumentKind.RULE_SET.schemaId(), Schemas.tree(DocumentKind.RULE_SET.schema()).get("$id").asText());
    }

    @Test
    void theSamplesAndTheProfilesAreValid() {
        for (String sample : new String[] {"samples/department-overall.rule-set.json", "samples/sichuan-style.rule-set.json"}) {
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RULE_SET, Resources.text(sample))), sample);
        }
        for (RuleSet profile : new RuleSet[] {Profiles.departmentOverall(), Profiles.ministryProject()}) {
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.RULE_SET, json.write(profile))), profile.id());
        }
    }

    @Test
    void aRuleNamedLikeCodeIsInvalid() {
        String text = Resources.text("samples/department-overall.rule-set.json").replace("\"positive\"", "\"java.lang.Runtime#exec()\"");
        assertFalse(Schemas.problems(DocumentKind.RULE_SET, text).isEmpty());
    }

    @Test
    void theEnumerationsAreTheModelsConstants() {
        JsonNode schema = Schemas.tree(DocumentKind.RULE_SET.schema());
        JsonNode root = schema.get("properties");
        assertEquals(names(NotApplicablePolicy.values()), strings(root.get("notApplicable").get("enum")));
        assertEquals(names(UnscorablePolicy.values()), strings(root.get("unscorable").get("enum")));
        assertEquals(names(RuleBinding.By.values()), strings(root.get("bindings").get("items").get("properties").get("by").get("enum")));
        List<String> modes = new ArrayList<>(names(RoundingMode.values()));
        modes.remove("UNNECESSARY");
        assertEquals(modes, strings(schema.get("$defs").get("roundingStep").get("properties").get("mode").get("enum")));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
