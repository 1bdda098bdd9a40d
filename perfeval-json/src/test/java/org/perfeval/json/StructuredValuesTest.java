package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.model.Actual;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;
import org.perfeval.model.Indicator;
import org.perfeval.model.Target;

/** Targets and actuals given as objects by systems that keep them structured; written back printed. */
class StructuredValuesTest {
    private final PerfevalJson json = PerfevalJson.create();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        {"comparator": "AT_LEAST", "value": 98, "unit": "%"}                  | ≥98%
        {"comparator": "AT_LEAST", "symbol": "≧", "value": 98, "unit": "%"}   | ≧98%
        {"comparator": "AT_MOST", "value": 365, "unit": "天"}                 | ≤365天
        {"comparator": "NONE", "value": 1, "unit": "期", "spaced": true}      | 1 期
        {"comparator": "EXACTLY", "value": 12}                               | =12
        {"lower": 80, "upper": 90, "unit": "%"}                              | 80-90%
        {"lower": 80, "upper": 90, "separator": "至"}                         | 80至90
        {"word": "符合"}                                                      | 符合
        """)
    void aStructuredTargetIsThePrintedOne(String structured, String printed) {
        Indicator read = leaf("\"target\": " + structured + ", \"actual\": \"1\"");
        assertEquals(Target.parse(printed), read.target().orElseThrow());
        assertTrue(json.write(evaluation(read)).contains("\"target\":\"" + printed + "\""));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        {"value": 100, "unit": "%"}                   | 100%
        {"value": -31.55, "unit": "%"}                | -31.55%
        {"value": 1, "unit": "期", "spaced": true}    | 1 期
        {"rating": "ACHIEVED"}                        | 达成年度指标
        {"rating": "ACHIEVED", "words": "达成预期指标"} | 达成预期指标
        {"text": "按时完成"}                           | 按时完成
        """)
    void aStructuredActualIsThePrintedOne(String structured, String printed) {
        assertEquals(Actual.parse(printed), leaf("\"actual\": " + structured).actual());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "target": {"comparator": "AT_LEAST", "symbol": "≤", "value": 98}, "actual": "1" | /indicators/0/target | symbol "≤" does not print comparator AT_LEAST
        "target": {"comparator": "AT_LEAST"}, "actual": "1"                           | /indicators/0/target | needs the field "value"
        "target": {"lower": 90, "upper": 80}, "actual": "1"                           | /indicators/0/target | range lower bound 90 is above its upper bound 80
        "target": {"comparator": "ABOVE", "value": 1}, "actual": "1"                  | /indicators/0/target/comparator | expected one of AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EXACTLY, NONE but found the string "ABOVE"
        "target": {"word": "符合", "value": 1}, "actual": "1"                          | /indicators/0/target | a qualitative target has only the fields word
        "actual": {"text": "100"}                                                    | /indicators/0/actual | reads as MEASURED
        "actual": {"rating": "ACHIEVED", "words": "未完成"}                            | /indicators/0/actual | "未完成" does not print rating ACHIEVED
        "actual": {"unit": "%"}                                                      | /indicators/0/actual | a measured actual needs the field "value"
        """)
    void aStructuredValueThatBreaksTheModelIsRefusedAtItsPointer(String fields, String pointer, String problem) {
        JsonInputException e = assertThrows(JsonInputException.class, () -> leaf(fields));
        assertEquals(pointer, e.pointer());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    private Indicator leaf(String fields) {
        return (Indicator) json.readEvaluation("{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
            + "\"kind\": \"PROJECT\", \"indicators\": [{\"name\": \"数量\", " + fields + "}]}").indicators().get(0);
    }

    private static Evaluation evaluation(Indicator leaf) {
        return Evaluation.builder().unit("测试单位").year(2021).kind(EvaluationKind.PROJECT).addIndicators(leaf).build();
    }
}
