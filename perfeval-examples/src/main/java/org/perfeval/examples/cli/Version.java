package org.perfeval.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The project's version for {@code --version}: from {@code version.properties}, which the build fills
 * in, else from the jar's manifest ({@code Implementation-Version}).
 */
final class Version implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** @return such as {@code 0.1.0-SNAPSHOT}; never a placeholder the build left unfilled */
    static String of() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the tool's own " + RESOURCE + " cannot be read", e);
        }
        String version = properties.getProperty("version", "");
        if (version.isEmpty() || version.startsWith("${")) {
            version = Version.class.getPackage().getImplementationVersion();
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalStateException("the tool's version is not recorded: neither " + RESOURCE + " nor the manifest has it");
        }
        return version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {PerfevalCli.PROGRAM + " " + of()};
    }
}
