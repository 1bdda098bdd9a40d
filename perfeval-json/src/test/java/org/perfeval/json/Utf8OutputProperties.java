package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perfeval.json.internal.Unicode;


/** Written piece by piece, text comes out as the whole text escaped and encoded at once. */
class Utf8OutputProperties {

    @Property(tries = 2000)
    void givesTheBytesOfTheEscapedTextInUtf8(@ForAll("text") String text, @ForAll("cuts") List<Integer> cuts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        int at = 0;
        for (int cut : cuts) {
            int end = Math.min(text.length(), at + cut);
            if (cut % 3 == 0) {
                out.write(text.toCharArray(), at, end - at);
            } else if (cut % 3 == 1) {
                out.write(text, at, end - at);
            } else {
                for (int i = at; i < end; i++) {
                    out.write(text.charAt(i));
                }
            }
            at = end;
        }
        out.write(text, at, text.length() - at);
        out.flush();
        assertArrayEquals(Unicode.escapeUnpairedSurrogates(text).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    @Example
    void aLongTextCrossesTheBuffer() throws IOException {
        String text = "政务服务😀\uD800a".repeat(3000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.write(text);
        out.flush();
        assertArrayEquals(Unicode.escapeUnpairedSurrogates(text).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    /** ASCII, Chinese, pairs, and surrogates alone or in the wrong order. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.chars().ascii(),
                Arbitraries.chars().range('\u0080', '\u07FF'),
                Arbitraries.chars().range('\u4E00', '\u9FFF'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of('\uD83D', '\uDE00'))
            .list().ofMaxSize(40)
            .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 9).list().ofMaxSize(8);
    }
}
