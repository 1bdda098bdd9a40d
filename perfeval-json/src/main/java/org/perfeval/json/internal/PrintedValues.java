package org.perfeval.json.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.perfeval.model.Actual;
import org.perfeval.model.Target;

/**
 * Printed targets and actuals already read, by their exact text: reports print the same few values
 * over and over ({@code ≥98%}, {@code 100%}, {@code 达成预期指标}), and reading one takes regular
 * expressions. The values are immutable, so one instance serves every document. Only short texts are
 * kept, at most {@value #MAX_ENTRIES} of them; a full cache starts over, so that it follows what is
 * being read and its memory stays bounded whatever the documents hold. Text that does not read is
 * never kept: it fails again, with the same error, every time.
 */
final class PrintedValues<T> implements Function<String, T> {
    static final PrintedValues<Target> TARGETS = new PrintedValues<>(Target::parse);
    static final PrintedValues<Actual> ACTUALS = new PrintedValues<>(Actual::parse);

    static final int MAX_ENTRIES = 4096;
    static final int MAX_TEXT = 32;

    private final ConcurrentHashMap<String, T> read = new ConcurrentHashMap<>();
    private final Function<String, T> parse;

    private PrintedValues(Function<String, T> parse) {
        this.parse = parse;
    }

    /**
     * @param text a printed value
     * @return what {@code parse} gives for it
     */
    @Override
    public T apply(String text) {
        if (text.length() > MAX_TEXT) {
            return parse.apply(text);
        }
        T value = read.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (read.size() >= MAX_ENTRIES) {
                read.clear();
            }
            read.put(text, value);
        }
        return value;
    }

    /** @return how many texts are kept */
    int size() {
        return read.size();
    }
}
