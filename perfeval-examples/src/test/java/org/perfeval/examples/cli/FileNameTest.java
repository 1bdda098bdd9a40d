package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;

/**
 * A file name the system cannot encode: under {@code LANG=C} the JVM cannot name a Chinese file. The
 * tool says so on one line and names the fix, a UTF-8 locale.
 */
class FileNameTest {
    private static final String FIX = "the file name cannot be encoded in this system's charset for file names";

    @TempDir
    Path dir;

    @Test
    void aNameTheCharsetCannotHoldNamesTheFix() {
        // Even UTF-8 cannot encode an unpaired surrogate: the same refusal as a Chinese name under LANG=C.
        for (String command : new String[] {"score", "validate", "lint", "batch"}) {
            Cli cli = Cli.run(command, dir.resolve("report").toString() + "\uD800.json");
            assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
            ValidateCommandTest.assertOneLine(cli.err);
            assertTrue(cli.err.startsWith("perfeval " + command + ": "), cli.err);
            assertTrue(cli.err.contains(FIX), cli.err);
            assertTrue(cli.err.endsWith("; run under a UTF-8 locale, such as LANG=C.UTF-8\n"), cli.err);
        }
    }

    @Test
    void aChineseFileNameUnderLangCIsRefusedWithTheFix() throws IOException, InterruptedException {
        Path file = Cli.copy(SeedReport.JINSHUI_2021, dir).resolveSibling("金水区.json");
        java.nio.file.Files.move(dir.resolve(SeedReport.JINSHUI_2021.fileName()), file);
        String said = run(List.of("validate", file.toString()), "C");
        assertTrue(said.contains(FIX), said);
        assertTrue(said.endsWith("run under a UTF-8 locale, such as LANG=C.UTF-8\n"), said);
        assertEquals(said.length() - 1, said.indexOf('\n'), "one line: " + said);
        // Under a UTF-8 locale the same name reads.
        assertEquals("", run(List.of("validate", file.toString()), "C.UTF-8"));
    }

    /** @return what the tool printed on standard error, run in its own JVM under the locale */
    private static String run(List<String> args, String locale) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(), PerfevalCli.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", locale);
        builder.environment().put("LC_ALL", locale);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return err;
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
