package org.perfeval.json.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a valid document again with {@link Edit}s applied. The document is read once as a plain
 * JSON tree (with this test's own lenient mapper, not the library's); its values are numbered in
 * document order, parents before children; each edit changes the value with its number, and the
 * text is written by hand so that an edit can put anything there, JSON or not.
 */
final class Mutator {
    private static final ObjectMapper TREES = JsonMapper.builder()
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private final List<JsonNode> values = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<String> names;

    /** @param document a valid JSON document, the seed of the mutations */
    Mutator(String document) {
        try {
            JsonNode root = TREES.readTree(document);
            number(root);
            Set<String> seen = new LinkedHashSet<>();
            values.forEach(v -> v.fieldNames().forEachRemaining(seen::add));
            seen.addAll(Payloads.EXTRA_NAMES);
            this.names = List.copyOf(seen);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a seed must be valid JSON", e);
        }
    }

    private int number(JsonNode node) {
        int index = values.size();
        values.add(node);
        sizes.add(0);
        int size = 1;
        for (JsonNode child : node) {
            size += number(child);
        }
        sizes.set(index, size);
        return size;
    }

    /** @return the document with the edits applied; of two edits of one value the first counts */
    String apply(List<Edit> edits) {
        Map<Integer, Edit> byValue = new HashMap<>();
        for (Edit edit : edits) {
            byValue.putIfAbsent(Math.floorMod(edit.target(), values.size()), edit);
        }
        return new Writer(byValue).document();
    }

    /** One writing of the document; numbers the values as it goes, in the order of {@link #number}. */
    private final class Writer {
        private final Map<Integer, Edit> edits;
        private final StringBuilder out = new StringBuilder();
        private int next;

        Writer(Map<Integer, Edit> edits) {
            this.edits = edits;
        }

        String document() {
            int index = next++;
            Edit edit = edits.get(index);
            if (edit == null) {
                value(values.get(index));
            } else if (edit.kind() == Edit.Kind.DUPLICATE) {
                out.append(plain(index)).append(' ').append(plain(index));
            } else if (edit.kind() == Edit.Kind.DUPLICATE_ALTERED) {
                out.append(plain(index)).append(' ').append(payload(edit.choice()));
            } else if (edit.kind() != Edit.Kind.DELETE) {
                edited(index, edit);
            }
            return out.toString();
        }

        String subtree(int index) {
            next = index + 1;
            value(values.get(index));
            return out.toString();
        }

        private void value(JsonNode node) {
            if (node.isObject()) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    first = member(field.getKey(), first);
                }
                out.append('}');
            } else if (node.isArray()) {
                out.append('[');
                boolean first = true;
                for (int i = 0; i < node.size(); i++) {
                    first = member(null, first);
                }
                out.append(']');
            } else {
                scalar(node);
            }
        }

        /** Writes the next value as a field (name given) or an array element; returns whether nothing was written yet. */
        private boolean member(String name, boolean first) {
            int index = next++;
            Edit edit = edits.get(index);
            if (edit == null) {
                separator(first);
                key(name);
                value(values.get(index));
                return false;
            }
            switch (edit.kind()) {
                case DELETE:
                    next = index + sizes.get(index);
                    return first;
                case DUPLICATE:
                case DUPLICATE_ALTERED:
                    separator(first);
                    key(name);
                    value(values.get(index));
                    out.append(',');
                    key(name);
                    out.append(edit.kind() == Edit.Kind.DUPLICATE ? plain(index) : payload(edit.choice()));
                    return false;
                case RENAME:
                    separator(first);
                    key(name == null ? null : rename(name, edit.choice()));
                    value(values.get(index));
                    return false;
                default:
                    separator(first);
                    key(name);
                    edited(index, edit);
                    return false;
            }
        }

        /** Writes the value at {@code index} changed by an edit that keeps its place. */
        private void edited(int index, Edit edit) {
            JsonNode node = values.get(index);
            next = index + sizes.get(index);
            switch (edit.kind()) {
                case RETYPE:
                    out.append(retyped(node));
                    break;
                case INJECT:
                    out.append(injected(node, edit.choice()));
                    break;
                case INSERT_FIELD:
                    if (node.isObject()) {
                        out.append(inserted(index, edit.choice()));
                    } else {
                        out.append(payload(edit.choice()));
                    }
                    break;
                case WRAP:
                case RENAME:
                    out.append(edit.choice() % 2 == 0 ? "[" + plain(index) + "]" : "{\"value\":" + plain(index) + "}");
                    break;
                case GRAFT:
                    out.append(plain(Math.floorMod(edit.choice(), values.size())));
                    break;
                case VARY:
                    out.append(varied(node, edit.choice()));
                    break;
                case MULTIPLY:
                    out.append(node.isArray() ? multiplied(index, edit.choice()) : varied(node, edit.choice()));
                    break;
                default:
                    out.append(payload(edit.choice()));
            }
        }

        private void separator(boolean first) {
            if (!first) {
                out.append(',');
            }
        }

        private void key(String name) {
            if (name != null) {
                out.append(quote(name)).append(':');
            }
        }

        private void scalar(JsonNode node) {
            out.append(node.isTextual() ? quote(node.textValue()) : node.toString());
        }
    }

    /** @return the value at {@code index} as the seed has it */
    private String plain(int index) {
        return new Writer(Map.of()).subtree(index);
    }

    private String inserted(int index, int choice) {
        String object = plain(index);
        String name = names.get(Math.floorMod(choice, names.size()));
        String field = quote(name) + ":" + payload(choice / names.size());
        return object.equals("{}") ? "{" + field + "}"
            : choice % 2 == 0 ? "{" + field + "," + object.substring(1) : object.substring(0, object.length() - 1) + "," + field + "}";
    }

    private String rename(String name, int choice) {
        List<String> near = Payloads.nearMisses(name);
        int pick = Math.floorMod(choice, near.size() + names.size());
        return pick < near.size() ? near.get(pick) : names.get(pick - near.size());
    }

    /** @return a payload of the catalogue, or beyond it a copy of one of the document's values */
    private String payload(int choice) {
        int pick = Math.floorMod(choice, Payloads.ALL.size() + values.size());
        return pick < Payloads.ALL.size() ? Payloads.ALL.get(pick) : plain(pick - Payloads.ALL.size());
    }

    private static String varied(JsonNode node, int choice) {
        List<String> same = node.isNumber() ? Payloads.VALID_NUMBERS
            : node.isTextual() ? Payloads.VALID_TEXT : Payloads.ALL;
        return same.get(Math.floorMod(choice, same.size()));
    }

    /** The array at {@code index} with its elements repeated; copies of an object get a name of their own. */
    private String multiplied(int index, int choice) {
        JsonNode array = values.get(index);
        int times = 2 + Math.floorMod(choice, 119);
        StringBuilder out = new StringBuilder("[");
        for (int copy = 0; copy < times; copy++) {
            int element = index + 1;
            for (int i = 0; i < array.size(); i++) {
                if (out.length() > 1) {
                    out.append(',');
                }
                String text = plain(element);
                JsonNode node = array.get(i);
                if (copy > 0 && node.isObject() && node.path("name").isTextual()) {
                    String name = quote(node.get("name").textValue());
                    String renamed = quote(node.get("name").textValue() + "-" + copy);
                    text = text.replaceFirst(java.util.regex.Pattern.quote("\"name\":" + name),
                        java.util.regex.Matcher.quoteReplacement("\"name\":" + renamed));
                }
                out.append(text);
                element += sizes.get(element);
            }
        }
        return out.append(']').toString();
    }

    private String retyped(JsonNode node) {
        if (node.isNumber()) {
            return quote(node.toString());
        }
        if (node.isTextual()) {
            String digits = node.textValue().replaceAll("[^0-9.\\-]", "");
            return digits.matches("-?\\d+(\\.\\d+)?") ? digits : "0";
        }
        if (node.isBoolean()) {
            return quote(node.toString());
        }
        return node.isNull() ? "\"null\"" : quote(node.toString());
    }

    private String injected(JsonNode node, int choice) {
        String injection = Payloads.INJECTIONS.get(Math.floorMod(choice, Payloads.INJECTIONS.size()));
        if (!node.isTextual()) {
            return "\"" + injection + "\"";
        }
        String text = node.textValue();
        int at = Math.floorMod(choice / Payloads.INJECTIONS.size(), text.length() + 1);
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--; // never between the halves of a pair: the seed's own text stays valid
        }
        return "\"" + escape(text.substring(0, at)) + injection + escape(text.substring(at)) + "\"";
    }

    private static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
