package org.perfeval.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart as the template draws it in SVG: groups of bars, one group per row (a
 * category, an indicator, a metric, a project), each bar's length proportional to its value against
 * the largest in the chart. Lengths are computed in decimals and rounded to a tenth of a pixel; the
 * value printed beside each bar is the figure itself, as given.
 */
final class Bars {
    static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 220;
    private static final int AREA = 360;
    private static final int BAR = 12;
    private static final int GAP = 2;
    private static final int GROUP_GAP = 10;
    private static final int TOP = 6;
    private static final int LABEL_CHARACTERS = 14;

    /** One bar: its value (drawn by its absolute size), its style class and the text printed beside it. */
    record Bar(BigDecimal value, String style, String text) {}

    private record Group(String label, List<Bar> bars, String mark) {}

    private final String title;
    private final List<Map<String, Object>> legend = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    Bars(String title) {
        this.title = title;
    }

    Bars legend(String style, String label) {
        legend.add(Map.of("style", style, "label", label));
        return this;
    }

    /**
     * @param label the row's name as the report prints it
     * @param mark a short mark after the name (such as "idle"), or empty
     */
    Bars group(String label, String mark, List<Bar> bars) {
        groups.add(new Group(label, List.copyOf(bars), mark));
        return this;
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** @return the chart for the template: {@code title}, {@code width}, {@code height}, {@code legend}, {@code groups} */
    Map<String, Object> scope() {
        BigDecimal largest = BigDecimal.ZERO;
        for (Group group : groups) {
            for (Bar bar : group.bars) {
                largest = largest.max(bar.value.abs());
            }
        }
        List<Map<String, Object>> drawn = new ArrayList<>();
        int y = TOP;
        for (Group group : groups) {
            Map<String, Object> g = new LinkedHashMap<>();
            int height = group.bars.size() * (BAR + GAP) - GAP;
            g.put("label", shortened(group.label));
            g.put("fullLabel", group.label);
            g.put("mark", group.mark);
            g.put("labelY", y + height / 2 + 4);
            g.put("labelX", LABEL_WIDTH - 6);
            List<Map<String, Object>> bars = new ArrayList<>();
            for (Bar bar : group.bars) {
                BigDecimal length = largest.signum() == 0 ? BigDecimal.ZERO
                    : bar.value.abs().multiply(BigDecimal.valueOf(AREA)).divide(largest, 1, RoundingMode.HALF_UP);
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("x", LABEL_WIDTH);
                b.put("y", y);
                b.put("width", length.toPlainString());
                b.put("height", BAR);
                b.put("style", bar.style + (bar.value.signum() < 0 ? " negative" : ""));
                b.put("text", bar.text);
                b.put("textX", length.add(BigDecimal.valueOf(LABEL_WIDTH + 4)).toPlainString());
                b.put("textY", y + BAR - 2);
                bars.add(b);
                y += BAR + GAP;
            }
            y += GROUP_GAP - GAP;
            g.put("bars", bars);
            drawn.add(g);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", title);
        chart.put("width", WIDTH);
        chart.put("height", y + TOP);
        chart.put("legend", legend);
        chart.put("groups", drawn);
        return chart;
    }

    private static String shortened(String label) {
        int[] codePoints = label.codePoints().toArray();
        if (codePoints.length <= LABEL_CHARACTERS) {
            return label;
        }
        return new String(codePoints, 0, LABEL_CHARACTERS - 1) + "…";
    }
}
