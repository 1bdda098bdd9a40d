package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.model.Amount;
import org.perfeval.model.Evaluation;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Target;

/** The module in a mapper of the embedding application's own, configured as it likes. */
class PerfevalModuleTest {
    private static final String HEAD = "{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021, "
        + "\"kind\": \"DEPARTMENT_OVERALL\"";

    /** A mapper as lenient as Jackson allows: the module's readers must stay strict in it. */
    private final ObjectMapper lenient = JsonMapper.builder()
        .addModule(new PerfevalModule())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .build();

    @Test
    void isFoundByTheServiceLoaderAndByFindAndRegisterModules() {
        assertTrue(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
            .anyMatch(m -> m instanceof PerfevalModule));
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(new PerfevalModule().getTypeId()));
    }

    @Test
    void reportsItsVersion() {
        String expected = System.getProperty("perfeval.version");
        assertTrue(expected != null && !expected.isBlank(), "the build passes perfeval.version");
        assertEquals(expected, new PerfevalModule().version().toString());
        assertEquals("org.perfeval", new PerfevalModule().version().getGroupId());
        assertEquals("perfeval-json", new PerfevalModule().version().getArtifactId());
        assertEquals("perfeval", new PerfevalModule().getModuleName());
    }

    @Test
    void readsAndWritesTheSameFormatAsTheFacade() throws Exception {
        Evaluation report = SeedReports.guancheng2022();
        String written = lenient.writeValueAsString(report);
        assertEquals(PerfevalJson.create().write(report), written);
        assertEquals(report, lenient.readValue(written, Evaluation.class));
    }

    @Test
    void bindsThePartsOfAnEvaluationToo() throws Exception {
        assertEquals(Amount.parse("918.886283 万元"), lenient.readValue("{\"amount\": 918.886283, \"unit\": \"万元\"}", Amount.class));
        assertEquals("{\"amount\":918.886283,\"unit\":\"万元\"}", lenient.writeValueAsString(Amount.parse("918.886283 万元")));
        assertEquals(Target.parse("≥98%"), lenient.readValue("\"≥98%\"", Target.class));
        IndicatorNode leaf = lenient.readValue("{\"name\": \"标兵奖\", \"target\": \"≤50\", \"unit\": \"人\", \"actual\": \"50\"}",
            IndicatorNode.class);
        assertTrue(leaf.isLeaf());
    }

    @Test
    void staysStrictInALenientMapper() {
        assertRefused(HEAD + ", \"unit\": \"另一单位\"}", "duplicate field \"unit\" in an evaluation");
        assertRefused(HEAD + ", \"colour\": \"红\"}", "unknown field \"colour\" in an evaluation");
        assertRefused(HEAD + ", \"title\": null}", "null is not a value of \"title\"");
        assertRefused("{\"schemaVersion\": \"1.0\", \"unit\": \"测试单位\", \"year\": 2021.0, \"kind\": \"PROJECT\"}",
            "expected an integer but found the number 2021.0");
        assertRefused(HEAD + ", \"indicators\": {\"name\": \"数量\", \"actual\": \"1\"}}", "(a JSON array) but found an object");
        assertRefused(HEAD + ", \"reportedTotal\": 1e1000000000}", "the number 1e1000000000 is out of bounds");
    }

    @Test
    void aBufferThatEndsTooSoonIsRefusedNotLoopedOn() throws Exception {
        TokenBuffer buffer = new TokenBuffer(lenient, false);
        buffer.writeStartObject();
        buffer.writeStringField("schemaVersion", "1.0");
        try (JsonParser parser = buffer.asParser()) {
            JsonMappingException e = assertThrows(JsonMappingException.class, () -> lenient.readValue(parser, Evaluation.class));
            assertTrue(e.getOriginalMessage().contains("the document ends inside an evaluation"), e.getOriginalMessage());
        }
    }

    private void assertRefused(String json, String problem) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> lenient.readValue(json, Evaluation.class));
        assertTrue(e.getOriginalMessage().contains(problem), e.getOriginalMessage());
    }

    @Test
    void theFacadeMapperIsHardened() {
        ObjectMapper mapper = PerfevalJson.mapper();
        assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
        assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        assertTrue(mapper.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
        assertTrue(!mapper.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT));
        assertTrue(!mapper.isEnabled(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS));
        assertTrue(!mapper.isEnabled(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS));
        assertTrue(mapper.getFactory().isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        assertTrue(mapper.getFactory().isEnabled(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN));
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)), "no default typing");
        var limits = mapper.getFactory().streamReadConstraints();
        assertEquals(PerfevalJson.MAX_NESTING_DEPTH, limits.getMaxNestingDepth());
        assertEquals(PerfevalJson.MAX_NUMBER_LENGTH, limits.getMaxNumberLength());
        assertEquals(PerfevalJson.MAX_STRING_LENGTH, limits.getMaxStringLength());
        assertEquals(PerfevalJson.MAX_NAME_LENGTH, limits.getMaxNameLength());
        assertEquals(PerfevalJson.MAX_TOKEN_COUNT, limits.getMaxTokenCount());
        assertEquals(PerfevalJson.MAX_DOCUMENT_BYTES, limits.getMaxDocumentLength());
    }
}
