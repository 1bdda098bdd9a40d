package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Plugs the binding's readers and writers into Jackson. */
final class JsonAdapters {
    private JsonAdapters() {}

    /** A deserializer that runs one of the binding's readers, whatever the mapper's features. */
    static final class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Reading.ValueReader<T> reader;
        private final String description;

        Reader(Class<T> type, String description, Reading.ValueReader<T> reader) {
            super(type);
            this.reader = reader;
            this.description = description;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reader.read(p);
        }

        /** A JSON {@code null} is never a value of the format. */
        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            JsonParser p = ctxt.getParser();
            throw new InputProblem(p, "expected " + description + " but found null",
                p == null ? null : p.currentTokenLocation(), null);
        }
    }

    /** A serializer that runs one of the binding's writers. */
    static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Writing.ValueWriter<T> writer;

        Writer(Class<T> type, Writing.ValueWriter<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            writer.write(value, g);
        }
    }
}
