package org.perfeval.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The first unpaired surrogate of a text is where the JDK's strict UTF-8 encoder stops. */
class UnicodeProperties {

    @Property(tries = 3000)
    void findsWhereTheJdkEncoderStops(@ForAll("nearlyUnicode") String text) {
        assertEquals(encoderStop(text), Unicode.unpairedSurrogate(text));
    }

    /** Text of ASCII, Chinese, an emoji's pair, and lone or swapped halves of pairs. */
    @Provide
    Arbitrary<String> nearlyUnicode() {
        return Arbitraries.of("a", "中", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD7FF", "\uE000")
            .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static int encoderStop(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        CoderResult result = encoder.encode(in, ByteBuffer.allocate(4 * text.length() + 4), true);
        return result.isError() ? in.position() : -1;
    }
}
