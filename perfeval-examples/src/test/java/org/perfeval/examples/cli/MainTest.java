package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real entry point, in its own JVM: UTF-8 output whatever the platform's charset, the exit status. */
class MainTest {

    @Test
    void printsUtf8UnderALatin1DefaultAndExitsWithTheStatus() throws IOException, InterruptedException {
        Process help = java("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
            "help");
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(30, TimeUnit.SECONDS));
        assertEquals(PerfevalCli.OK, help.exitValue());
        assertTrue(out.contains("budget-performance self-evaluations (绩效自评)"), out);

        Process usage = java("grade");
        usage.getInputStream().readAllBytes();
        assertTrue(usage.waitFor(30, TimeUnit.SECONDS));
        assertEquals(PerfevalCli.USAGE, usage.exitValue());
    }

    private static Process java(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        int split = 0;
        while (split < args.length && args[split].startsWith("-D")) {
            command.add(args[split++]);
        }
        command.add(PerfevalCli.class.getName());
        command.addAll(List.of(args).subList(split, args.length));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // An English locale, whatever the machine's: the help checked is the English one.
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "en_US.ISO-8859-1");
        return builder.start();
    }
}
