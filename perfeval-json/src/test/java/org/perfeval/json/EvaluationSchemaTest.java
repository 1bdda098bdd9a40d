package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Comparator;
import org.perfeval.model.Direction;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Metric;
import org.perfeval.model.Project;
import org.perfeval.model.Rating;

class EvaluationSchemaTest {
    private final PerfevalJson json = PerfevalJson.create();

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        assertEquals(List.of(), List.copyOf(Schemas.metaProblems(DocumentKind.EVALUATION)));
        assertEquals(DocumentKind.EVALUATION.schemaId(), Schemas.tree(DocumentKind.EVALUATION.schema()).get("$id").asText());
    }

    @Test
    void theJinshuiSampleIsValid() {
        assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.EVALUATION, Resources.text("samples/jinshui-2021.evaluation.json"))));
    }

    @Test
    void everySeedReportAsWrittenIsValid() {
        for (Evaluation report : new Evaluation[] {SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022()}) {
            assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.EVALUATION, json.write(report))), report.unit());
        }
    }

    @Test
    void aReportWhosePointsDoNotAddUpIsValid() {
        assertEquals(List.of(), List.copyOf(Schemas.problems(DocumentKind.EVALUATION, Resources.text("hostile/points-do-not-add-up.json"))));
    }

    /** The schema is no blank cheque: documents the reader refuses for their shape, it refuses too. */
    @ParameterizedTest
    @ValueSource(strings = {"wrong-type-year-string.json", "wrong-type-kind-index.json", "wrong-type-points-string.json",
        "wrong-type-object-for-array.json", "wrong-type-actual-number.json", "wrong-type-boolean-string.json",
        "null-required.json", "null-element.json", "unknown-field.json", "missing-required.json", "leaf-without-actual.json",
        "unsupported-schema-version.json", "mixed-structured-target.json", "group-with-target.json", "amount-in-percent.json",
        "array-at-top.json", "null-document.json"})
    void documentsOfTheWrongShapeAreInvalid(String file) {
        assertFalse(Schemas.problems(DocumentKind.EVALUATION, Resources.text("hostile/" + file)).isEmpty(), file);
    }

    @Test
    void theEnumerationsAreTheModelsConstants() {
        JsonNode defs = Schemas.tree(DocumentKind.EVALUATION.schema()).get("$defs");
        JsonNode root = Schemas.tree(DocumentKind.EVALUATION.schema()).get("properties");
        assertEquals(names(EvaluationKind.values()), strings(root.get("kind").get("enum")));
        assertEquals(names(Metric.values()), strings(defs.get("claim").get("properties").get("metric").get("enum")));
        assertEquals(names(Project.Status.values()), strings(defs.get("project").get("properties").get("status").get("enum")));
        assertEquals(names(Direction.values()), strings(defs.get("leaf").get("properties").get("statedDirection").get("enum")));
        assertEquals(names(Comparator.values()),
            strings(defs.get("target").get("oneOf").get(1).get("properties").get("comparator").get("enum")));
        assertEquals(names(Rating.values()), strings(defs.get("actual").get("oneOf").get(2).get("properties").get("rating").get("enum")));
        assertEquals(PerfevalJson.SCHEMA_VERSION, root.get("schemaVersion").get("const").asText());
    }

    @Test
    void theSchemaIsShippedWhereItsNameSays() {
        assertTrue(getClass().getClassLoader().getResource(DocumentKind.EVALUATION.schemaResource()) != null);
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
