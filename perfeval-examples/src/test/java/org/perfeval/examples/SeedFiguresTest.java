package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every figure each seed report's text prints is in its JSON with its printed value. The text of each
 * report ({@code seed-text/*.txt}, as published) and the list of its figures ({@code figures/*.tsv}) are
 * test resources: every number left in the text once the reviewed exclusions (numbering, years, the
 * grade scale quoted from the rules …) are taken out must be listed, every listed figure must be printed
 * in the text, and every JSON Pointer listed for it must hold it.
 */
class SeedFiguresTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?%?");
    private static final Pattern PRINTED_FIELD = Pattern.compile("/(target|actual|quote|figure|purpose|name)$");
    private static final Pattern PERCENT_FIELD = Pattern.compile("/(percent|reportedRate|reportedTotalRate)$");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One seed's figure list: the exclusions and, for each figure, the pointers that hold it. */
    private static final class FigureList {
        final List<Pattern> exclusions = new ArrayList<>();
        final Map<String, List<String>> figures = new LinkedHashMap<>();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = SeedFiguresTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String baseName(SeedReport seed) {
        String resource = seed.resource();
        return resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".json".length());
    }

    private static FigureList figures(SeedReport seed) throws IOException {
        FigureList list = new FigureList();
        for (String line : text("figures/" + baseName(seed) + ".tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].equals("exclude")) {
                assertTrue(cells.length == 3 && !cells[2].isBlank(), () -> "an exclusion needs its reason: " + line);
                list.exclusions.add(Pattern.compile(cells[1]));
            } else {
                assertTrue(cells.length == 2 && !cells[1].isBlank(), () -> "a figure needs a JSON Pointer: " + line);
                list.figures.put(cells[0], List.of(cells[1].split(" ")));
            }
        }
        return list;
    }

    /** The distinct numbers the text prints once the excluded spans are blanked out. */
    private static Set<String> printedNumbers(String text, FigureList list) {
        String left = text;
        for (Pattern exclusion : list.exclusions) {
            Matcher m = exclusion.matcher(left);
            StringBuilder blanked = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(blanked, " ".repeat(m.group().length()));
            }
            m.appendTail(blanked);
            left = blanked.toString();
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(left);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    @ParameterizedTest
    @EnumSource(SeedReport.class)
    void everyFigureTheTextPrintsIsListed(SeedReport seed) throws IOException {
        FigureList list = figures(seed);
        Set<String> printed = printedNumbers(text("seed-text/" + baseName(seed) + ".txt"), list);
        List<String> unlisted = new ArrayList<>(printed);
        unlisted.removeAll(list.figures.keySet());
        assertTrue(unlisted.isEmpty(), () -> baseName(seed) + " prints figures its list lacks: " + unlisted);
        List<String> notPrinted = new ArrayList<>(list.figures.keySet());
        notPrinted.removeAll(printed);
        assertTrue(notPrinted.isEmpty(), () -> baseName(seed) + " lists figures its text does not print: " + notPrinted);
    }

    @ParameterizedTest
    @EnumSource(SeedReport.class)
    void everyListedFigureIsInTheJsonWithItsPrintedValue(SeedReport seed) throws IOException {
        FigureList list = figures(seed);
        JsonNode json;
        try (InputStream in = SeedReport.class.getResourceAsStream(seed.resource())) {
            json = JSON.readTree(in);
        }
        for (Map.Entry<String, List<String>> figure : list.figures.entrySet()) {
            for (String pointer : figure.getValue()) {
                JsonNode node = json.at(pointer);
                assertFalse(node.isMissingNode(), () -> baseName(seed) + ": " + pointer + " does not exist");
                assertTrue(holds(pointer, node, figure.getKey()),
                    () -> baseName(seed) + ": " + pointer + " holds " + node + ", not the printed " + figure.getKey());
            }
        }
    }

    /**
     * A number field holds a figure when it equals it (a percentage only in a field of percentages); a
     * printed field (a target, an actual, a claimed figure, a quote, a project's name or purpose) when it
     * prints the figure as a number of its own.
     */
    private static boolean holds(String pointer, JsonNode node, String figure) {
        boolean percent = figure.endsWith("%");
        String number = percent ? figure.substring(0, figure.length() - 1) : figure;
        if (node.isNumber()) {
            return percent == PERCENT_FIELD.matcher(pointer).find() && node.decimalValue().compareTo(new BigDecimal(number)) == 0;
        }
        return node.isTextual() && PRINTED_FIELD.matcher(pointer).find()
            && Pattern.compile("(?<![\\d.])" + Pattern.quote(figure) + "(?![\\d.])").matcher(node.textValue()).find();
    }
}
