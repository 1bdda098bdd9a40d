package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast check of strict UTF-8 says what the JDK's reporting decoder says, for any bytes. */
class Utf8Properties {

    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll("nearlyUtf8") byte[] bytes) {
        assertEquals(jdkAccepts(bytes), Utf8.isStrict(bytes, 0));
    }

    @Example
    void refusesWhatTheDecoderRefuses() {
        for (int[] bad : List.of(new int[] {0xC0, 0x80}, new int[] {0xE0, 0x80, 0x80}, new int[] {0xED, 0xA0, 0x80},
                new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF5, 0x80, 0x80, 0x80}, new int[] {0xE6, 0x94},
                new int[] {0x80}, new int[] {0xFF})) {
            byte[] bytes = new byte[bad.length];
            for (int i = 0; i < bad.length; i++) {
                bytes[i] = (byte) bad[i];
            }
            assertEquals(false, jdkAccepts(bytes));
            assertEquals(false, Utf8.isStrict(bytes, 0));
        }
    }

    /** Runs of ASCII and pieces of multi-byte sequences, whole or broken, and arbitrary bytes. */
    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.strings().withCharRange('\u0080', '\uFFFF').ofMaxLength(3).map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(3),
            Arbitraries.of(new byte[] {(byte) 0xED}, new byte[] {(byte) 0xF0, (byte) 0x9F}, new byte[] {(byte) 0xE0},
                new byte[] {(byte) 0xF4}, new byte[] {(byte) 0x8F}, new byte[] {(byte) 0xA0}, new byte[] {(byte) 0xBF}));
        return piece.list().ofMaxSize(8).map(pieces -> {
            ByteBuffer all = ByteBuffer.allocate(pieces.stream().mapToInt(p -> p.length).sum());
            pieces.forEach(all::put);
            return all.array();
        });
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
