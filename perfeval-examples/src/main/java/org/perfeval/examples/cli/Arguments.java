package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command, parsed by hand: {@code --name value} or
 * {@code --name=value} for options that take a value, {@code --} to end the options. An unknown
 * option, a missing value or an option given twice is a {@link UsageException}.
 */
final class Arguments {
    private final Map<String, String> values;
    private final List<String> operands;

    private Arguments(Map<String, String> values, List<String> operands) {
        this.values = values;
        this.operands = operands;
    }

    /**
     * @param args the arguments after the command name
     * @param valued the options that take a value, such as {@code --format}
     * @return the parsed arguments
     * @throws UsageException if an option is unknown, lacks its value or is repeated
     */
    static Arguments parse(List<String> args, Set<String> valued) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!valued.contains(name)) {
                throw new UsageException("unknown option " + quote(name));
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            if (value.isEmpty()) {
                throw new UsageException("option " + name + " needs a value");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        return new Arguments(Collections.unmodifiableMap(values), List.copyOf(operands));
    }

    /**
     * @param args the arguments after the command name
     * @return whether {@code --help} or {@code -h} stands among the options (before any {@code --})
     */
    static boolean asksForHelp(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param option an option that takes a value
     * @return its value, if given
     */
    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** @return the operands (file names) in order */
    List<String> operands() {
        return operands;
    }

    static String quote(String text) {
        return "'" + text + "'";
    }
}
