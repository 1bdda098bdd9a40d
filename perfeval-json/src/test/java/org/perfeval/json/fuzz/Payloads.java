package org.perfeval.json.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the edits put into documents, as raw JSON text: values of the wrong type, extreme numbers,
 * printed targets and actuals at and beyond the parsers' edges, odd Unicode, long strings, and
 * field names of the format and near misses of them.
 */
final class Payloads {
    /** Values of every JSON type, empty and nearly empty ones first: retyping a field. */
    private static final List<String> TYPES = List.of("null", "true", "false", "0", "-1", "1.5", "\"\"", "\" \"", "\"x\"",
        "{}", "[]", "[null]", "[{}]", "[[]]", "{\"name\":\"新\"}", "{\"name\":\"新\",\"actual\":\"\"}",
        "{\"name\":\"组\",\"children\":[]}", "{\"name\":\"组\",\"children\":[{\"name\":\"叶\",\"actual\":\"1\"}]}",
        "{\"amount\":1,\"unit\":\"万元\"}", "[\"a\",1,true,null,{}]");

    /** Numbers at and beyond every bound: precision, scale, exponent, sign, integer range. */
    private static final List<String> NUMBERS = List.of("1e1000000000", "-1e-1000000000", "0e999999999", "0E-999999999",
        "1E+400", "1e-400", "-0", "-0.0", "0.0", "1E2", "1e-7", "1.0E-12", "1.0E-13", "1E+12", "1E+13",
        "9".repeat(34), "9".repeat(35), "9".repeat(50), "9".repeat(51),
        "0." + "0".repeat(11) + "1", "0." + "0".repeat(12) + "1", "100." + "0".repeat(12), "100." + "0".repeat(13),
        "9".repeat(22) + "." + "9".repeat(12), "-" + "9".repeat(22) + "." + "9".repeat(12),
        "2147483647", "2147483648", "-2147483649", "9223372036854775808", "-99", "100.01", "100", "101", "1948", "2101",
        "-2021", "2021.0", "1e3", "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "5.", "1e", "0x10", "1_000");

    /** Printed targets, actuals, units, enums and dates at the parsers' edges. */
    private static final List<String> PRINTED = List.of("\"≥1e1000000000%\"", "\"≥" + "9".repeat(35) + "%\"",
        "\"≥" + "9".repeat(22) + "." + "9".repeat(13) + "%\"", "\"９９．５％\"", "\"80-70%\"", "\"70-80%\"", "\"-5%\"",
        "\"≥-0\"", "\"0.0000000000001%\"", "\"100%%\"", "\"≥\"", "\"1 期\"", "\"1\u3000期\"", "\"达成预期指标\"", "\"不适用\"",
        "\"部分达成\"", "\"未达成\"", "\"≥98%\"", "\"≤365天\"", "\"=0\"", "\"＜＝0\"", "\"1e5\"", "\"+∞\"", "\"NaN\"",
        "\"1,000\"", "\"≥" + "9".repeat(197) + "%\"", "\"≥" + "9".repeat(198) + "%\"", "\"" + "9".repeat(60_000) + "\"",
        "\"" + "9".repeat(60) + "人\"", "\"1" + "\u0301".repeat(5) + "%\"", "\"万元\"", "\"元\"", "\"%\"", "\"123456789012345678\"",
        "\"DEPARTMENT_OVERALL\"", "\"PROJECT\"", "\"department_overall\"", "\"COMPLETED\"", "\"ACHIEVED\"", "\"AT_LEAST\"",
        "\"BETWEEN\"", "\"HALF_UP\"", "\"UNNECESSARY\"", "\"POSITIVE\"", "\"REVERSE\"", "\"EXECUTION_RATE\"",
        "\"2021-02-30\"", "\"2021-01-01\"", "\"99999-01-01\"", "\"+2021-01-01\"", "\"1.0\"", "\"2.0\"",
        "\"产出指标/**\"", "\"**\"", "\"*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*\"", "\"weighted-sum\"", "\"positive\"",
        "\"lookup\"", "\"no-such-rule\"",
        // Path patterns that hung or overflowed the recursive matcher, and their near misses of the limit.
        "\"" + "**/".repeat(23) + "**\"", "\"" + "**/".repeat(299) + "**\"", "\"" + "**/".repeat(19_999) + "**\"",
        "\"" + "**/产出/".repeat(15) + "**\"", "\"" + "**/产出/".repeat(16) + "无\"", "\"" + "*/".repeat(31) + "*\"",
        "\"" + "*/".repeat(32) + "*\"", "\"产出/**/产出指标/**/产出/**/产出指标/**/产出/**/x\"");

    /** Odd text: lone and reversed surrogates, direction marks, NUL, combining marks, the category names. */
    private static final List<String> TEXT = List.of("\"\\ud800\"", "\"\\udc00\"", "\"\\udc00\\ud800\"", "\"产出\\ud83d\"",
        "\"\\u200f产出指标\"", "\"\\u202e指标\"", "\"\\u0000\"", "\"产出\\u0000指标\"", "\"e\\u0301\"", "\"\\u0301\"",
        "\"\\u200d\"", "\"\\ufeff\"", "\"\\u2028\"", "\"\\uffff\"", "\"\\u3000\"", "\" 产出\"", "\"产出 \"", "\"/\"",
        "\"产出/指标\"", "\"产出指标\"", "\"产出\"", "\"预算执行\"", "\"投入管理\"", "\"效益指标\"", "\"指标\"", "\"指标指标\"",
        "\"𠀀😀\"", "\"\\ud840\\udc00\"", "\"\\t\"", "\"\\u001b[2J\\u001b]0;x\\u0007\"", "\"产出\\u200b指标\"",
        "\"\\u200b\"", "\"\\u202d产出\"", "\"产\\u2066出\"", "\"<script>alert(1)</script>\"", "\"a|b\"", "\"a\\nb\"", "\"~0~1\"", "\"$ref\"", "\"\\\\\"", "\"\\\"\"", "\"优\"", "\"良\"");

    /** Strings at and beyond the length limits (of a word, of a string). */
    private static final List<String> LONG = List.of("\"" + "a".repeat(200) + "\"", "\"" + "a".repeat(201) + "\"",
        "\"" + "政".repeat(1_000) + "\"", "\"" + "a".repeat(65_536) + "\"", "\"" + "政".repeat(65_537) + "\"",
        "\"" + "\\u0301".repeat(5_000) + "\"", "\"" + "😀".repeat(20_000) + "\"");

    /** Numbers the reader accepts (34 digits, 12 places), at the edges of what arithmetic on them gives. */
    static final List<String> VALID_NUMBERS = List.of("0", "0.000000000000", "0.000000000001", "1E+12", "1E-12", "1",
        "-1", "-0.01", "0.5", "99.995", "100.005", "100", "100.00", "1000000", "33.333333333333", "0.000000000003",
        "9999999999999999999999.999999999999", "-9999999999999999999999.999999999999", "1" + "0".repeat(33),
        "9".repeat(34), "12345678901234567890.123456789012", "7E+12", "2100", "1949", "9".repeat(34) + "E+12",
        "-" + "9".repeat(34) + "E+12", "1" + "0".repeat(33) + "E+12", "0E+12", "0E-12");

    /** Strings the reader may accept: printed targets and actuals with extreme numbers, odd but valid text. */
    static final List<String> VALID_TEXT = List.of("\"≥9999999999999999999999.999999999999%\"", "\"≤0.000000000001天\"",
        "\"0-9999999999999999999999%\"", "\"=0\"", "\"≥0\"", "\"0%\"", "\"-100%\"", "\"1000000%\"", "\"＞０\"",
        "\"0.000000000001\"", "\"9999999999999999999999.999999999999\"", "\"≥" + "9".repeat(34) + "%\"",
        "\"" + "9".repeat(34) + "人\"", "\"-" + "9".repeat(34) + "\"", "\"≥100%\"", "\"≤0%\"", "\"＝100％\"",
        "\"-0.000000000001%\"", "\"1-1%\"", "\"不适用\"", "\"部分达成\"", "\"未达成\"", "\"达成预期指标\"", "\"\"", "\"x\"",
        "\"e\\u0301\"", "\"\\u200f产出\"", "\"产出\\u0000指标\"", "\"𠀀😀\"", "\"产出指标\"", "\"产出\"", "\"预算执行\"",
        "\"效益\"", "\"满意度指标\"", "\"" + "政".repeat(200) + "\"", "\"A\"", "\"优\"", "\"差\"");

    /** Everything above, the short kinds first so that shrinking ends on a simple value. */
    static final List<String> ALL = Stream.of(TYPES, NUMBERS, PRINTED, TEXT, LONG).flatMap(List::stream).toList();

    /** What an edit puts into a string, as JSON escapes or characters. */
    static final List<String> INJECTIONS = List.of("\\ud800", "\\udfff", "\\u200f", "\\u202e", "\\u0000", "\\u0301",
        "\\u200d", "\\ufeff", "\\u2028", " ", "/", "\\u3000", "\\\"", "\\\\", "𠀀", "\\u0085", "％", "指标");

    /** Field names of the formats beyond those the seed documents show (structured targets and actuals). */
    static final List<String> EXTRA_NAMES = List.of("comparator", "symbol", "value", "spaced", "lower", "upper",
        "separator", "word", "rating", "words", "text", "children", "actual", "target", "reportedRate", "schemaVersion",
        "", "@class", "$type", "__proto__", "name\u0000", "ＮＡＭＥ");

    private Payloads() {}

    /** @return near misses of a field name: another case, a space, a plural, a letter short */
    static List<String> nearMisses(String name) {
        return List.of(name.toUpperCase(Locale.ROOT), name + " ", " " + name, name + "s",
            name.isEmpty() ? "x" : name.substring(1));
    }
}
