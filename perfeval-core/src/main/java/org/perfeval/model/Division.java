package org.perfeval.model;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;

/**
 * The administrative division (行政区划) a report is from: the six-digit code of GB/T 2260 and the
 * name as the report prints it, such as {@code 410105 郑州市金水区}.
 *
 * <p>The code's digits give the levels above it: the first two the province (省级), the next two the
 * city (地级), the last two the county (县级). {@code 410105} lies in the city {@code 410100} and the
 * province {@code 410000}. A city without counties (东莞市 {@code 441900}) is a division of its own
 * with the last two digits {@code 00}. Only the digits are checked, not that the code is in the
 * standard's current list: codes change over the years and a report keeps the code of its year.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class Division {

    Division() {}

    /**
     * @param code the six-digit GB/T 2260 code, such as {@code 410105}, not null
     * @param name the name as printed, such as {@code 郑州市金水区}, not blank
     * @return the division
     * @throws IllegalArgumentException if the code is not six digits with a non-zero province, or the name is blank
     */
    public static Division of(String code, String name) {
        return ImmutableDivision.of(code, name);
    }

    /** @return the six-digit code, such as {@code 410105} */
    @Value.Parameter
    public abstract String code();

    /** @return the name as printed, such as {@code 郑州市金水区} */
    @Value.Parameter
    public abstract String name();

    /** @return the province's code, such as {@code 410000} */
    public String provinceCode() {
        return code().substring(0, 2) + "0000";
    }

    /** @return whether the code names a province (its last four digits are {@code 0000}) */
    public boolean isProvince() {
        return code().endsWith("0000");
    }

    /** @return whether the code names a city (地级) or a city without counties: {@code 00} at the end, not a province */
    public boolean isCity() {
        return code().endsWith("00") && !isProvince();
    }

    /**
     * The codes from this division up to its province, each once: {@code 410105 → [410105, 410100,
     * 410000]}, {@code 441900 → [441900, 440000]}, {@code 410000 → [410000]}. National rules lie above
     * every province and are not a code of GB/T 2260.
     *
     * @return the codes, this division's first
     */
    public List<String> codesUpward() {
        List<String> codes = new ArrayList<>(3);
        codes.add(code());
        String city = code().substring(0, 4) + "00";
        if (!codes.contains(city)) {
            codes.add(city);
        }
        if (!codes.contains(provinceCode())) {
            codes.add(provinceCode());
        }
        return List.copyOf(codes);
    }

    /**
     * @param code a candidate code
     * @return whether it is six ASCII digits with a province other than {@code 00}
     */
    public static boolean isCode(String code) {
        if (code == null || code.length() != 6 || code.startsWith("00")) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return code() + " " + name();
    }

    @Value.Check
    void check() {
        if (!isCode(code())) {
            throw new IllegalArgumentException("division code must be six digits (GB/T 2260) with a province other than 00"
                + " but was \"" + code() + "\"");
        }
        if (name().isBlank()) {
            throw new IllegalArgumentException("division name must not be blank (code " + code() + ")");
        }
    }
}
