package org.perfeval.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.perfeval.json.internal.Bindings;


/**
 * The Jackson module of perfeval's JSON formats: registers the readers and writers of evaluations,
 * their parts (budget, projects, indicator nodes, amounts, targets, actuals, claims), rule sets and
 * results, so that an {@code ObjectMapper} of the embedding application reads and writes them.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new PerfevalModule()).build();
 * Evaluation evaluation = mapper.readValue(json, Evaluation.class);
 * }</pre>
 *
 * <p>The readers are strict whatever the mapper's configuration: a value must have the JSON type the
 * format names, {@code null} is never a value, unknown and repeated fields are errors, and every
 * decimal is bounded in precision and scale as soon as it is read. Limits on the document itself
 * (size, depth, string and number length, token count) belong to the parser factory: {@link PerfevalJson}
 * sets them all and turns every failure into a {@link JsonInputException}; a mapper of your own needs
 * its own {@code StreamReadConstraints}.
 *
 * <p>The module is also found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}. It is immutable and thread-safe.
 */
public final class PerfevalModule extends Module {
    private static final Version VERSION = readVersion();

    /** Creates the module. */
    public PerfevalModule() {}

    /** @return {@code "perfeval"} */
    @Override
    public String getModuleName() {
        return "perfeval";
    }

    /** @return the version of perfeval-json, such as {@code 0.1.0-SNAPSHOT} */
    @Override
    public Version version() {
        return VERSION;
    }

    /** Registers the binding's serializers and deserializers. */
    @Override
    public void setupModule(SetupContext context) {
        Bindings.register(context);
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = PerfevalModule.class.getResourceAsStream("perfeval-json.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
            properties.getProperty("artifactId"));
    }
}
